/**
 * Spacing of messages per conversation (Slack allows about one message a second to one channel) and
 * the pauses a 429 imposes. Process-local on purpose: a second instance keeps its own spacing, and the
 * platform's Retry-After, which is what really binds, is also persisted on the outbox row.
 */
export interface ConversationThrottle {
  /** Milliseconds until the conversation may receive the next message (0: now). */
  waitFor(key: string, now: Date): number;
  /** A message went out at `at`; the next one waits the minimum interval. */
  sent(key: string, at: Date): void;
  /** The platform said "not before `until`" (429 Retry-After). */
  blockUntil(key: string, until: Date, now: Date): void;
}

const MAX_KEYS = 10_000;

export function createThrottle(minIntervalMs: number): ConversationThrottle {
  const next = new Map<string, number>();
  // `now` is the caller's clock; entries already in the past are forgotten when the map grows large.
  const put = (key: string, at: number, now: number) => {
    if (next.size >= MAX_KEYS) for (const [k, t] of next) if (t < now) next.delete(k);
    next.set(key, Math.max(next.get(key) ?? 0, at));
  };
  return {
    waitFor: (key, now) => Math.max(0, (next.get(key) ?? 0) - now.getTime()),
    sent: (key, at) => put(key, at.getTime() + minIntervalMs, at.getTime()),
    blockUntil: (key, until, now) => put(key, until.getTime(), now.getTime()),
  };
}
