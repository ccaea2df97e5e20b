import { describe, expect, it } from 'vitest';
import { toDeliveryError } from './teams.notifier.js';

const httpError = (statusCode: number, retryAfter?: string) =>
  Object.assign(new Error(`HTTP ${statusCode}`), {
    statusCode,
    response: { headers: new Headers(retryAfter ? { 'retry-after': retryAfter } : {}) },
  });

describe('Teams delivery errors', () => {
  it('hands a 429 back with its Retry-After in milliseconds', () => {
    expect(toDeliveryError(httpError(429, '12'))).toMatchObject({
      code: 'notify.rate_limited',
      retryAfterMs: 12_000,
    });
    expect(toDeliveryError(httpError(429))).toMatchObject({
      code: 'notify.rate_limited',
      retryAfterMs: 30_000,
    });
  });

  it('gives up on a conversation the bot was removed from', () => {
    expect(toDeliveryError(httpError(403))).toMatchObject({ code: 'notify.undeliverable' });
  });

  it('leaves other failures transient', () => {
    const e = httpError(502);
    expect(toDeliveryError(e)).toBe(e);
  });
});
