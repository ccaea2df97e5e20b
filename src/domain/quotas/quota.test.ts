import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../tenants/tenant.js';
import { isAdvance } from './activity-report.js';
import { cadenceCheck } from './contact-report.js';
import { planFunnel } from './funnel.js';
import { splitEvenly } from './quota.js';

describe('splitting a quota over months', () => {
  it('gives every month the same share and the remainder to the last month', () => {
    expect(splitEvenly(10_000, 3)).toEqual([3_333, 3_333, 3_334]);
    expect(splitEvenly(9_000_000, 3)).toEqual([3_000_000, 3_000_000, 3_000_000]);
    expect(splitEvenly(2, 3)).toEqual([0, 0, 2]);
    const year = splitEvenly(100_000_001, 12);
    expect(year.slice(0, 11).every((v) => v === 8_333_333)).toBe(true);
    expect(year[11]).toBe(8_333_338);
    expect(year.reduce((a, b) => a + b, 0)).toBe(100_000_001);
  });
});

describe('prospecting funnel', () => {
  it('derives what one win takes and what the quota gap takes (hand-computed)', () => {
    const plan = planFunnel({ contacted: 40, created: 10, won: 4, wonAmount: 12_000_000 }, 6_000_000, {
      contactedSoFar: 6,
      weeksElapsed: 4,
      weeksLeft: 9,
    });
    expect(plan).toMatchObject({
      contactsPerWin: 10, // 40 ÷ 4
      dealsPerWin: 2.5, // 10 ÷ 4
      averageWon: 3_000_000, // 12,000,000 ÷ 4
      contactsNeeded: 20, // ⌈6,000,000 × 40 ÷ 12,000,000⌉
      dealsNeeded: 2, // ⌈6,000,000 ÷ 3,000,000⌉
    });
    expect(plan.pace.perWeek).toBe(1.5);
    expect(plan.pace.neededPerWeek).toBeCloseTo(20 / 9, 10);
  });

  it('rounds needs up and averages half up', () => {
    const plan = planFunnel({ contacted: 7, created: 3, won: 3, wonAmount: 1_000_001 }, 1, {
      contactedSoFar: 0,
      weeksElapsed: 0,
      weeksLeft: 0,
    });
    expect(plan).toMatchObject({ averageWon: 333_334, contactsNeeded: 1, dealsNeeded: 1 });
    expect(plan.pace).toMatchObject({ perWeek: null, neededPerWeek: null });
  });

  it('has no plan without a won deal, and nothing to do without a gap', () => {
    const none = planFunnel({ contacted: 12, created: 2, won: 0, wonAmount: 0 }, 500, {
      contactedSoFar: 1,
      weeksElapsed: 1,
      weeksLeft: 1,
    });
    expect(none).toMatchObject({
      contactsPerWin: null,
      dealsPerWin: null,
      contactsNeeded: null,
      averageWon: null,
    });
    const done = planFunnel({ contacted: 12, created: 2, won: 1, wonAmount: 100 }, 0, {
      contactedSoFar: 1,
      weeksElapsed: 1,
      weeksLeft: 1,
    });
    expect(done).toMatchObject({ contactsNeeded: 0, dealsNeeded: 0 });
  });
});

describe('activity measures', () => {
  it('counts moves to a later stage as advances, losses not', () => {
    const p = defaultPipeline('en');
    expect(isAdvance(p, 'lead', 'proposal')).toBe(true);
    expect(isAdvance(p, 'negotiation', 'won')).toBe(true);
    expect(isAdvance(p, 'negotiation', 'lost')).toBe(false);
    expect(isAdvance(p, 'proposal', 'qualified')).toBe(false);
    expect(isAdvance(p, 'gone', 'won')).toBe(false);
  });

  it('compares contact frequency with the cadence', () => {
    expect(cadenceCheck(14, 28, 2)).toEqual({
      cadenceDays: 14,
      days: 28,
      interactions: 2,
      everyDays: 14,
      expected: 2,
      onTrack: true,
    });
    expect(cadenceCheck(14, 30, 2)).toMatchObject({ everyDays: 15, onTrack: false });
    expect(cadenceCheck(30, 10, 0)).toMatchObject({ everyDays: null, onTrack: false });
  });
});
