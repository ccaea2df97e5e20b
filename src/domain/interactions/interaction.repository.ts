import type { Interaction, InteractionRecord, InteractionType } from './interaction.js';

export interface InteractionPage {
  limit?: number;
  skip?: number;
}

/** Which interactions a list or count covers; `from` inclusive, `to` exclusive (on `occurredAt`). */
export interface InteractionFilter {
  accountId?: string;
  loggedByIds?: string[];
  from?: Date;
  to?: Date;
}

export interface LoggerContactCount {
  loggedById: string;
  contactId: string;
  count: number;
}

/** Interactions of one tenant. */
export interface InteractionRepository {
  /**
   * Stores the interaction. When its idempotency key was used before, nothing is written and the stored
   * interaction comes back with `created: false`.
   */
  create(record: InteractionRecord): Promise<{ interaction: Interaction; created: boolean }>;
  /**
   * Stores many at once (an import). Records whose idempotency key was used before – or earlier in the
   * same batch – are skipped, not written twice; the ones stored come back.
   */
  createMany(records: InteractionRecord[]): Promise<Interaction[]>;
  get(id: string): Promise<Interaction | null>;
  byIdempotencyKey(key: string): Promise<Interaction | null>;
  /** An account's interactions, newest first. */
  listForAccount(accountId: string, page?: InteractionPage): Promise<Interaction[]>;
  /** Interactions logged by some members in a period, newest first. */
  listByLogger(
    loggedByIds: string[],
    range?: { from?: Date; to?: Date },
    page?: InteractionPage,
  ): Promise<Interaction[]>;
  count(filter?: InteractionFilter): Promise<number>;
  /** How often each member logged each contact (an interaction with two contacts counts for both). */
  countByLoggerAndContact(filter?: InteractionFilter): Promise<LoggerContactCount[]>;
  countByType(filter?: InteractionFilter): Promise<{ type: InteractionType; count: number }[]>;
  /** Per 'YYYY-MM' of the tenant zone, oldest month first. */
  countByMonth(filter?: InteractionFilter): Promise<{ month: string; count: number }[]>;
  delete(id: string): Promise<boolean>;
}
