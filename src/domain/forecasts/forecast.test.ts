import { describe, expect, it } from 'vitest';
import type { DealHistoryEntry } from '../deals/deal.js';
import { defaultPipeline } from '../tenants/tenant.js';
import { ratio, roundHalfUp, toNumber } from './exact.js';
import { computeForecast, type ForecastDeal, type QuotaEntry } from './forecast.js';
import { type HistoryDeal, learnStageRates, shrunkRate, stagesVisited } from './win-rates.js';

const pipeline = defaultPipeline('en');
const at = new Date('2026-06-01T10:00:00Z');
const created = (to: string): DealHistoryEntry => ({ at, byId: 'm', kind: 'created', to });
const moved = (from: string, to: string): DealHistoryEntry => ({ at, byId: 'm', kind: 'stage', from, to });

// Five deals closed in the last twelve months (hand-counted below).
const closed: HistoryDeal[] = [
  {
    stageId: 'won',
    status: 'won',
    history: [
      created('lead'),
      moved('lead', 'qualified'),
      moved('qualified', 'proposal'),
      moved('proposal', 'negotiation'),
      moved('negotiation', 'won'),
    ],
  },
  {
    stageId: 'won',
    status: 'won',
    history: [created('proposal'), moved('proposal', 'negotiation'), moved('negotiation', 'won')],
  },
  {
    stageId: 'lost',
    status: 'lost',
    history: [created('lead'), moved('lead', 'qualified'), moved('qualified', 'lost')],
  },
  { stageId: 'lost', status: 'lost', history: [created('lead'), moved('lead', 'lost')] },
  {
    stageId: 'lost',
    status: 'lost',
    history: [created('qualified'), moved('qualified', 'proposal'), moved('proposal', 'lost')],
  },
];

let n = 0;
const deal = (over: Partial<ForecastDeal>): ForecastDeal => {
  const stage = pipeline.find((s) => s.id === (over.stageId ?? 'lead'));
  return {
    id: `d${++n}`,
    title: `Deal ${n}`,
    accountId: 'acc',
    ownerId: 'A',
    amount: 0,
    currency: 'EUR',
    status: 'open',
    stageId: 'lead',
    probability: stage?.probability ?? 0,
    forecastCategory: stage?.category ?? 'pipeline',
    closeMonth: '2027-01',
    ...over,
  };
};
const won = (over: Partial<ForecastDeal>) =>
  deal({ stageId: 'won', status: 'won', probability: 100, forecastCategory: 'closed_won', ...over });

const A = [
  won({ amount: 1_000_000, closeMonth: '2027-01' }),
  deal({ stageId: 'negotiation', amount: 500_000, closeMonth: '2027-02' }),
  deal({ stageId: 'proposal', amount: 333_333, closeMonth: '2027-03' }),
  deal({ stageId: 'lead', amount: 100_005, closeMonth: '2027-03' }),
  deal({ stageId: 'lead', amount: 100_005, closeMonth: '2027-02' }),
  deal({ stageId: 'qualified', amount: 999_900, currency: 'USD', closeMonth: '2027-02' }),
];
const B = [
  won({ ownerId: 'B', amount: 200_000, closeMonth: '2027-03' }),
  // An overridden probability (55 instead of 70) counts for weighted; learned uses the stage's rate.
  deal({ ownerId: 'B', stageId: 'negotiation', probability: 55, amount: 123_457, closeMonth: '2027-01' }),
  deal({
    ownerId: 'B',
    stageId: 'lost',
    status: 'lost',
    forecastCategory: 'closed_lost',
    amount: 400_000,
    closeMonth: '2027-02',
  }),
  deal({ ownerId: 'B', stageId: 'proposal', amount: 80_000, closeMonth: '2027-04' }),
];
const quotas: QuotaEntry[] = [
  { memberId: 'A', month: '2027-01', amount: 500_000 },
  { memberId: 'A', month: '2027-02', amount: 500_000 },
  { memberId: 'A', month: '2027-03', amount: 500_001 },
  { memberId: 'B', month: '2027-01', amount: 300_000 },
  { memberId: 'B', month: '2027-02', amount: 300_000 },
  { memberId: 'B', month: '2027-03', amount: 300_000 },
  { memberId: 'B', month: '2027-04', amount: 999_999 },
];
const rates = learnStageRates(closed, pipeline);
const result = computeForecast(
  { months: ['2027-01', '2027-02', '2027-03'], currency: 'EUR', deals: [...A, ...B], rates, quotas },
  ['A', 'B'],
);
const figures = (id: string) => result.byOwner.find((o) => o.ownerId === id)?.figures;

describe('exact money arithmetic', () => {
  it('rounds halves up, once, from an exact fraction', () => {
    expect(roundHalfUp(ratio(1, 2))).toBe(1);
    expect(roundHalfUp(ratio(5, 2))).toBe(3);
    expect(roundHalfUp(ratio(7, 3))).toBe(2);
    expect(roundHalfUp(ratio(-1, 2))).toBe(0);
    expect(roundHalfUp(ratio(-3, 2))).toBe(-1);
    expect(roundHalfUp(ratio(9_007_199_254_740_991n * 70n, 100n))).toBe(6_305_039_478_318_694);
  });
});

describe('learned win rates', () => {
  it('collects every stage a deal was in from its history', () => {
    expect([...stagesVisited(closed[1] as HistoryDeal)].sort()).toEqual(['negotiation', 'proposal', 'won']);
  });

  it('counts n and w per open stage and shrinks toward the stage probability with 10 pseudo-deals', () => {
    // lead: n=3 (1st, 3rd, 4th), w=1 → (1 + 10·0.10)/(3+10) = 2/13
    // qualified: n=3 (1st, 3rd, 5th), w=1 → (1 + 10·0.20)/13 = 3/13
    // proposal: n=3 (1st, 2nd, 5th), w=2 → (2 + 10·0.40)/13 = 6/13
    // negotiation: n=2 (1st, 2nd), w=2 → (2 + 10·0.70)/12 = 3/4
    expect(rates.map((r) => [r.stageId, r.closed, r.won, `${r.rate.num}/${r.rate.den}`])).toEqual([
      ['lead', 3, 1, '2/13'],
      ['qualified', 3, 1, '3/13'],
      ['proposal', 3, 2, '6/13'],
      ['negotiation', 2, 2, '3/4'],
    ]);
    expect(toNumber(shrunkRate(0, 0, 40))).toBe(0.4);
    expect(
      learnStageRates([], pipeline).every((r) => r.closed === 0 && toNumber(r.rate) * 100 === r.probability),
    ).toBe(true);
  });
});

describe('forecast figures (hand-computed)', () => {
  it('rep A: categories, weighted and learned rounded once at the end', () => {
    expect(figures('A')).toEqual({
      closedWon: 1_000_000,
      commit: 1_500_000, // + negotiation 500,000
      bestCase: 1_833_333, // + proposal 333,333
      pipeline: 1_033_343, // 500,000 + 333,333 + 100,005 + 100,005 (the USD deal is not summed)
      // open: 350,000 + 133,333.2 + 10,000.5 + 10,000.5 = 503,334.2 → 503,334 (per deal it would be 503,335)
      weighted: 1_503_334,
      // open: 500,000·3/4 + 333,333·6/13 + 2·100,005·2/13 = 375,000 + 153,846 + 30,770.77 = 559,616.77 → 559,617
      learned: 1_559_617,
      quota: 1_500_001,
      remainingQuota: 500_001,
      attainment: 1_000_000 / 1_500_001,
      coverage: 1_033_343 / 500_001,
      wonCount: 1,
      openCount: 4,
    });
  });

  it('rep B: the overridden probability counts for weighted, lost and later deals do not count', () => {
    expect(figures('B')).toEqual({
      closedWon: 200_000,
      commit: 323_457,
      bestCase: 323_457,
      pipeline: 123_457,
      weighted: 267_901, // 123,457 · 0.55 = 67,901.35
      learned: 292_593, // 123,457 · 3/4 = 92,592.75
      quota: 900_000,
      remainingQuota: 700_000,
      attainment: 200_000 / 900_000,
      coverage: 123_457 / 700_000,
      wonCount: 1,
      openCount: 1,
    });
  });

  it('team: rounded from the exact team sum, not from the reps’ rounded figures', () => {
    expect(result.team).toMatchObject({
      closedWon: 1_200_000,
      commit: 1_823_457,
      bestCase: 2_156_790,
      pipeline: 1_156_800,
      weighted: 1_771_236, // 503,334.2 + 67,901.35 = 571,235.55 → 571,236 (reps' sum: 571,235)
      learned: 1_852_210,
      quota: 2_400_001,
      remainingQuota: 1_200_001,
    });
    expect(result.team.attainment).toBeCloseTo(0.5, 5);
    expect(result.team.coverage).toBeCloseTo(1_156_800 / 1_200_001, 10);
  });

  it('lists deals in other currencies instead of summing them', () => {
    expect(result.excluded.map((d) => [d.currency, d.amount])).toEqual([['USD', 999_900]]);
  });

  it('breaks the figures down per month for the chart', () => {
    expect(result.months).toEqual([
      {
        month: '2027-01',
        won: 1_000_000,
        commitOpen: 123_457,
        bestCaseOpen: 0,
        pipelineOpen: 0,
        quota: 800_000,
      },
      {
        month: '2027-02',
        won: 0,
        commitOpen: 500_000,
        bestCaseOpen: 0,
        pipelineOpen: 100_005,
        quota: 800_000,
      },
      {
        month: '2027-03',
        won: 200_000,
        commitOpen: 0,
        bestCaseOpen: 333_333,
        pipelineOpen: 100_005,
        quota: 800_001,
      },
    ]);
  });

  it('has no attainment without a quota and no coverage once the quota is met', () => {
    const r = computeForecast(
      { months: ['2027-01'], currency: 'EUR', deals: [won({ ownerId: 'C', amount: 5 })], rates, quotas: [] },
      ['C'],
    );
    expect(r.team.attainment).toBeNull();
    expect(r.team.coverage).toBeNull();
    const met = computeForecast(
      {
        months: ['2027-01'],
        currency: 'EUR',
        deals: [won({ ownerId: 'C', amount: 5 })],
        rates,
        quotas: [{ memberId: 'C', month: '2027-01', amount: 4 }],
      },
      ['C'],
    );
    expect(met.team).toMatchObject({ attainment: 1.25, remainingQuota: 0, coverage: null });
  });
});
