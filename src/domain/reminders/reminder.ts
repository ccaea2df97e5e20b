import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';

export const REMINDER_STATUSES = ['open', 'done', 'cancelled'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/** Something a member wants to be reminded of, optionally about an account or a deal. */
export interface Reminder {
  id: string;
  memberId: string;
  what: string;
  dueAt: Date;
  accountId?: string;
  dealId?: string;
  status: ReminderStatus;
  createdAt: Date;
  doneAt?: Date;
  /** When the scheduler delivered it; cleared whenever `dueAt` moves, so it fires again. */
  notifiedAt?: Date;
}

export const WHAT_MAX = 500;
export const SNOOZE_DAYS = { min: 1, max: 365 } as const;

export const isValidSnoozeDays = (days: number): boolean =>
  Number.isInteger(days) && days >= SNOOZE_DAYS.min && days <= SNOOZE_DAYS.max;

/** Strictly after now: a reminder due this very millisecond could never be delivered ahead of time. */
export const isInFuture = (at: Date, now: Date): boolean => at.getTime() > now.getTime();

/**
 * Snoozing moves the reminder `days` calendar days in the member's zone from when it is due, or from
 * now when that has passed, so the local time of day survives a DST change.
 */
export function snoozedDueAt(dueAt: Date, days: number, now: Date, timeZone: string): Date {
  const from = Math.max(dueAt.getTime(), now.getTime());
  return new Date(addDays(new TZDate(from, timeZone), days).getTime());
}

export const isOverdue = (reminder: Pick<Reminder, 'status' | 'dueAt'>, now: Date): boolean =>
  reminder.status === 'open' && reminder.dueAt.getTime() <= now.getTime();
