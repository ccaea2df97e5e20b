/**
 * The outbox: every nudge, reminder and digest Kontakt sends is a row here first. Its unique key
 * (tenant, member, kind, subject, due local day) is what makes a delivery happen once, even when two
 * schedulers run the same job or a process dies halfway (see docs/architecture.md, "Delivery").
 */

export const OUTBOX_KINDS = ['neglect', 'reminder', 'hygiene', 'digest'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/**
 * `pending`: waiting for `notBefore` (quiet hours); `claimed`: a process is sending it (or died doing
 * so: after the lease anyone may take it over); `retry`: a send failed, next try at `notBefore`;
 * `sent`, `failed` (gave up) and `dropped` (no longer wanted, e.g. the reminder was completed) are final.
 */
export const OUTBOX_STATUSES = ['pending', 'claimed', 'retry', 'sent', 'failed', 'dropped'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** What makes a delivery unique. `day` is the local date ('YYYY-MM-DD') the delivery is due on. */
export interface OutboxKey {
  memberId: string;
  kind: OutboxKind;
  /** What it is about: 'accounts' for the daily neglect DM, a reminder id and due time, 'team'. */
  subject: string;
  day: string;
}

export interface OutboxEntry extends OutboxKey {
  id: string;
  status: OutboxStatus;
  /** How many times the row was claimed; every conditional update checks it. */
  attempt: number;
  /** Failed sends that count towards giving up (rate limiting does not). */
  failures: number;
  /** The rendered message as JSON (a neutral card and its fallback text). */
  payload: string;
  /** What the message refers to, re-checked before a deferred send (e.g. `reminder:<id>@<due ms>`). */
  ref?: string;
  /** Not to be sent before this instant (quiet hours, back-off, Retry-After). */
  notBefore: Date;
  claimedAt?: Date;
  /** Random per claim: a claimer re-reads it to detect a lost race (FerretDB). */
  claimToken?: string;
  sentAt?: Date;
  lastError?: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewOutboxEntry extends OutboxKey {
  payload: string;
  ref?: string;
  /** Now for an immediate send (inserted `claimed`), later for a deferred one (inserted `pending`). */
  notBefore: Date;
}

/** Limits of delivery; every duration is measured on the injected clock. */
export interface DeliveryPolicy {
  /** A `claimed` row older than this is presumed abandoned by a dead process and re-claimed. */
  leaseMs: number;
  /** Transient failures before a row is given up as `failed`. */
  maxFailures: number;
  /** Claims of any kind (rate limits included) before giving up, so nothing retries forever. */
  maxAttempts: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Minimum spacing of messages to one conversation (Slack allows about one per second). */
  minIntervalMs: number;
  /** Waits up to this long in-process for a conversation's slot; longer waits become a `retry` row. */
  maxInlineWaitMs: number;
}

export const DEFAULT_POLICY: DeliveryPolicy = {
  leaseMs: 10 * 60_000,
  maxFailures: 5,
  maxAttempts: 20,
  backoffBaseMs: 60_000,
  backoffMaxMs: 60 * 60_000,
  minIntervalMs: 1_000,
  maxInlineWaitMs: 2_000,
};

/** Exponential back-off after the n-th failure (1-based): base, 2×base, 4×base … capped. */
export function backoffMs(failures: number, policy: DeliveryPolicy): number {
  const exp = Math.max(0, failures - 1);
  return Math.min(policy.backoffBaseMs * 2 ** exp, policy.backoffMaxMs);
}

export const isFinal = (status: OutboxStatus) =>
  status === 'sent' || status === 'failed' || status === 'dropped';
