/**
 * The contract between notifiers (Slack, Teams, web adapters) and the outbox. A notifier that fails
 * throws; the outbox reads the thrown value's `code`:
 *
 * - `notify.rate_limited` with `retryAfterMs` (or `retryAfter` in seconds): the platform answered 429.
 *   The next attempt is scheduled no earlier than that; it does not count as a failure.
 * - `notify.undeliverable`: retrying cannot help (user gone, bot removed, no conversation). Given up now.
 * - anything else: transient; retried with exponential back-off, given up after `maxFailures`.
 *
 * Adapters either throw `new DeliveryError(...)` or any object with the same `code`/`retryAfterMs`.
 */
export const RATE_LIMITED = 'notify.rate_limited';
export const UNDELIVERABLE = 'notify.undeliverable';

export class DeliveryError extends Error {
  constructor(
    readonly code: typeof RATE_LIMITED | typeof UNDELIVERABLE,
    message: string,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DeliveryError';
  }
}

/** A 429: try again after `retryAfterMs` milliseconds (Slack's and Bot Framework's Retry-After × 1000). */
export const rateLimited = (retryAfterMs: number, cause?: unknown) =>
  new DeliveryError(RATE_LIMITED, `rate limited for ${retryAfterMs} ms`, retryAfterMs, { cause });

/** A delivery that can never succeed as addressed. */
export const undeliverable = (reason: string, cause?: unknown) =>
  new DeliveryError(UNDELIVERABLE, reason, undefined, { cause });

export type DeliveryFailure =
  | { kind: 'rate_limited'; retryAfterMs: number; message: string }
  | { kind: 'undeliverable'; message: string }
  | { kind: 'transient'; message: string };

/** Without a usable Retry-After a 429 waits this long. */
export const DEFAULT_RETRY_AFTER_MS = 30_000;

const messageOf = (e: unknown): string => {
  const m = e instanceof Error ? e.message : typeof e === 'string' ? e : JSON.stringify(e);
  return (m ?? 'unknown error').slice(0, 500);
};

/** Sorts a thrown value into the three cases above. */
export function classifyDeliveryError(e: unknown): DeliveryFailure {
  const x = (typeof e === 'object' && e !== null ? e : {}) as {
    code?: unknown;
    retryAfterMs?: unknown;
    retryAfter?: unknown;
  };
  if (x.code === RATE_LIMITED) {
    const ms =
      typeof x.retryAfterMs === 'number'
        ? x.retryAfterMs
        : typeof x.retryAfter === 'number'
          ? x.retryAfter * 1000
          : Number.NaN;
    const retryAfterMs = Number.isFinite(ms) && ms >= 0 ? Math.ceil(ms) : DEFAULT_RETRY_AFTER_MS;
    return { kind: 'rate_limited', retryAfterMs, message: messageOf(e) };
  }
  if (x.code === UNDELIVERABLE) return { kind: 'undeliverable', message: messageOf(e) };
  return { kind: 'transient', message: messageOf(e) };
}
