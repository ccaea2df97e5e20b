import type { Clock } from '../../shared/clock.js';

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Keys whose slot has passed are forgotten once the map grows beyond this. */
const PRUNE_AT = 1000;

/**
 * Spaces messages to one conversation at least `intervalMs` apart (Slack allows about one message per
 * second per channel). Each caller reserves the next free slot and sleeps until it; 429 answers with
 * Retry-After are handled by the Web API client on top of this.
 */
export function conversationThrottle(clock: Clock, sleep: Sleep, intervalMs: number) {
  const nextSlot = new Map<string, number>();
  return async function wait(key: string): Promise<void> {
    const now = clock.now().getTime();
    if (nextSlot.size > PRUNE_AT) {
      for (const [k, at] of nextSlot) if (at <= now) nextSlot.delete(k);
    }
    const slot = Math.max(now, nextSlot.get(key) ?? 0);
    nextSlot.set(key, slot + intervalMs);
    if (slot > now) await sleep(slot - now);
  };
}
