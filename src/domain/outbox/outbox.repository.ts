import type { NewOutboxEntry, OutboxEntry, OutboxKey, OutboxKind, OutboxStatus } from './outbox.js';

export interface OutboxListFilter {
  status?: OutboxStatus | OutboxStatus[];
  memberId?: string;
  kind?: OutboxKind;
}

/** The outcome recorded after a send attempt; each is applied only while the claim is still ours. */
export type OutboxSettlement =
  | { status: 'sent'; at: Date }
  | { status: 'retry'; notBefore: Date; failures: number; error?: string }
  | { status: 'failed'; error: string }
  | { status: 'dropped'; reason: string };

/**
 * The delivery ledger of one tenant. Inserting a key is the claim: the unique index lets exactly one
 * inserter win. Every later change is a single-document update conditioned on the row's status and
 * `attempt` (and `claimedAt` for a stale claim), so a stale claimer cannot overwrite a newer one.
 */
export interface OutboxRepository {
  /**
   * Inserts the row — `claimed` (attempt 1) when `notBefore <= now`, else `pending` — or returns
   * `null` when the key exists already (someone else owns this delivery).
   */
  claimNew(entry: NewOutboxEntry, now: Date): Promise<OutboxEntry | null>;
  get(key: OutboxKey): Promise<OutboxEntry | null>;
  byId(id: string): Promise<OutboxEntry | null>;
  /** Rows a drain may take: pending/retry with `notBefore <= now`, and claims older than the lease. */
  ready(now: Date, leaseMs: number, limit: number): Promise<OutboxEntry[]>;
  /**
   * Takes over a row seen by `ready()`: first a unique claim ticket for exactly that state (the one
   * insert of several racing callers that succeeds), then one conditional update on status, attempt
   * (and claimedAt). `null` when another claimer got there first or the row changed meanwhile.
   */
  reclaim(seen: OutboxEntry, now: Date, leaseMs: number): Promise<OutboxEntry | null>;
  /** Forgets claim tickets older than `before` (no TTL indexes on FerretDB). */
  pruneTickets(before: Date): Promise<number>;
  /** Records the outcome of our claim; `false` when the row was re-claimed by someone else meanwhile. */
  settle(claim: OutboxEntry, outcome: OutboxSettlement, now: Date): Promise<boolean>;
  /** Gives the row back without counting a failure (conversation busy, quiet hours began). */
  release(claim: OutboxEntry, notBefore: Date, now: Date): Promise<boolean>;
  /** An admin's retry of a failed row: back to `retry`, due now, failures reset. */
  revive(id: string, now: Date): Promise<OutboxEntry | null>;
  /** Newest first. */
  list(filter?: OutboxListFilter, page?: { limit?: number; skip?: number }): Promise<OutboxEntry[]>;
  count(filter?: OutboxListFilter): Promise<number>;
}
