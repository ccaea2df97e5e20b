import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../tenants/tenant.js';
import { type Account, cadenceOf, contactDueAt, daysOverdue, isNeglected } from './account.js';

const settings = { ...defaultSettings(), timeZone: 'Europe/Berlin' };
const account = (over: Partial<Account> = {}): Account => ({
  id: 'a1',
  name: 'Acme',
  ownerId: 'm1',
  tier: 'A',
  dormant: false,
  createdAt: new Date('2026-01-01T00:00:00Z'),
  ...over,
});

describe('account cadence', () => {
  it('uses the tier default unless overridden', () => {
    expect(cadenceOf(account({ tier: 'A' }), settings)).toBe(14);
    expect(cadenceOf(account({ tier: 'C' }), settings)).toBe(90);
    expect(cadenceOf(account({ tier: 'C', cadenceDays: 7 }), settings)).toBe(7);
  });

  it('counts calendar days in the tenant zone across the October DST change', () => {
    // 09:00 Berlin summer time (UTC+2); 14 days later Berlin is on UTC+1, still 09:00 local.
    const last = new Date('2026-10-20T07:00:00Z');
    const due = contactDueAt(account({ lastInteractionAt: last }), settings);
    expect(due.toISOString()).toBe('2026-11-03T08:00:00.000Z');
  });

  it('counts calendar days across the March DST change', () => {
    const last = new Date('2026-03-20T08:00:00Z'); // 09:00 CET
    const due = contactDueAt(account({ lastInteractionAt: last, tier: 'A' }), settings);
    expect(due.toISOString()).toBe('2026-04-03T07:00:00.000Z'); // 09:00 CEST
  });

  it('falls back to the creation date when never contacted', () => {
    const due = contactDueAt(account({ tier: 'B', createdAt: new Date('2026-01-01T12:00:00Z') }), settings);
    expect(due.toISOString()).toBe('2026-01-31T12:00:00.000Z');
  });

  it('reports whole local days overdue', () => {
    const a = account({ lastInteractionAt: new Date('2026-11-01T09:00:00Z') });
    expect(daysOverdue(a, settings, new Date('2026-11-14T09:00:00Z'))).toBe(0);
    expect(daysOverdue(a, settings, new Date('2026-11-15T09:00:00Z'))).toBe(0);
    expect(daysOverdue(a, settings, new Date('2026-11-20T09:00:00Z'))).toBe(5);
  });

  it('is not neglected while snoozed or dormant', () => {
    const now = new Date('2026-12-01T09:00:00Z');
    const old = { lastInteractionAt: new Date('2026-09-01T09:00:00Z') };
    expect(isNeglected(account(old), settings, now)).toBe(true);
    expect(isNeglected(account({ ...old, dormant: true }), settings, now)).toBe(false);
    expect(
      isNeglected(account({ ...old, snoozedUntil: new Date('2026-12-05T00:00:00Z') }), settings, now),
    ).toBe(false);
    expect(
      isNeglected(account({ ...old, snoozedUntil: new Date('2026-11-30T00:00:00Z') }), settings, now),
    ).toBe(true);
  });
});
