import { describe, expect, it } from 'vitest';
import { isoWeekOf } from './snapshot.js';

describe('snapshot weeks', () => {
  it('names ISO weeks in the tenant zone, across the year boundary', () => {
    expect(isoWeekOf(new Date('2026-12-04T10:00:00Z'), 'Europe/Berlin')).toBe('2026-W49');
    // Friday 1 January 2027 belongs to week 53 of 2026.
    expect(isoWeekOf(new Date('2027-01-01T10:00:00Z'), 'Europe/Berlin')).toBe('2026-W53');
    // Sunday 23:30 UTC is already Monday in Berlin.
    expect(isoWeekOf(new Date('2026-12-06T23:30:00Z'), 'Europe/Berlin')).toBe('2026-W50');
    expect(isoWeekOf(new Date('2026-12-06T23:30:00Z'), 'America/New_York')).toBe('2026-W49');
  });
});
