import { describe, expect, it } from 'vitest';
import {
  classifyDeliveryError,
  DEFAULT_RETRY_AFTER_MS,
  rateLimited,
  undeliverable,
} from './delivery-error.js';
import { backoffMs, DEFAULT_POLICY } from './outbox.js';

describe('delivery errors', () => {
  it('reads the notifier contract: rate limited, undeliverable, transient', () => {
    expect(classifyDeliveryError(rateLimited(30_000))).toMatchObject({
      kind: 'rate_limited',
      retryAfterMs: 30_000,
    });
    expect(classifyDeliveryError({ code: 'notify.rate_limited', retryAfterMs: 1500 })).toMatchObject({
      retryAfterMs: 1500,
    });
    expect(classifyDeliveryError({ code: 'notify.rate_limited', retryAfter: 7 })).toMatchObject({
      retryAfterMs: 7000,
    });
    expect(classifyDeliveryError({ code: 'notify.rate_limited' })).toMatchObject({
      retryAfterMs: DEFAULT_RETRY_AFTER_MS,
    });
    expect(classifyDeliveryError(undeliverable('user gone')).kind).toBe('undeliverable');
    expect(classifyDeliveryError(new Error('socket hang up'))).toEqual({
      kind: 'transient',
      message: 'socket hang up',
    });
    expect(classifyDeliveryError('boom').kind).toBe('transient');
  });

  it('backs off exponentially up to a cap', () => {
    const p = { ...DEFAULT_POLICY, backoffBaseMs: 1000, backoffMaxMs: 5000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, p))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });
});
