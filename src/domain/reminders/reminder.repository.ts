import type { Reminder, ReminderStatus } from './reminder.js';

export interface NewReminderRecord {
  memberId: string;
  what: string;
  dueAt: Date;
  accountId?: string | undefined;
  dealId?: string | undefined;
}

export interface ReminderChanges {
  what?: string;
  /** Moving the due time clears `notifiedAt`. */
  dueAt?: Date;
  status?: ReminderStatus;
  doneAt?: Date;
}

export interface ReminderListFilter {
  memberId?: string;
  status?: ReminderStatus;
  accountId?: string;
  dealId?: string;
}

/** Reminders of one tenant. */
export interface ReminderRepository {
  create(record: NewReminderRecord): Promise<Reminder>;
  get(id: string): Promise<Reminder | null>;
  /** Soonest due first. */
  list(filter?: ReminderListFilter, page?: { limit?: number; skip?: number }): Promise<Reminder[]>;
  count(filter?: ReminderListFilter): Promise<number>;
  /** Applies the changes only while the reminder is open; `null` when it is missing or closed. */
  updateOpen(id: string, changes: ReminderChanges): Promise<Reminder | null>;
  /** For the scheduler: open, not yet delivered reminders with `dueAt <= now`, soonest first. */
  due(now: Date, limit: number): Promise<Reminder[]>;
  /**
   * Records delivery in one single-document update guarded by "open and not yet notified", so of two
   * schedulers racing for the same reminder at most one gets `true`.
   */
  markNotified(id: string, at: Date): Promise<boolean>;
  delete(id: string): Promise<boolean>;
}
