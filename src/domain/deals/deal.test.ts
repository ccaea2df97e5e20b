import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../tenants/tenant.js';
import {
  applyDealPatch,
  type DealFields,
  daysInStage,
  deriveDeal,
  isStale,
  MAX_AMOUNT,
  weightedAmountOf,
} from './deal.js';
import { enterStage, firstOpenStage, planStageMove, resolveStage } from './deal-stage.js';
import { dayOf, monthOf, quarterOf, toInstant } from './period.js';

const pipeline = defaultPipeline('de');
const stage = (id: string) => {
  const s = pipeline.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};
const now = new Date('2026-12-04T10:00:00Z');
const fields = (over: Partial<DealFields> = {}): DealFields => ({
  accountId: 'a1',
  title: 'Fräsen Q1',
  ownerId: 'm1',
  amount: 1_000_00,
  currency: 'EUR',
  stageId: 'proposal',
  probability: 40,
  probabilityOverridden: false,
  forecastCategory: 'best_case',
  status: 'open',
  stageEnteredAt: now,
  ...over,
});

describe('weighted amount', () => {
  it('rounds half up in exact integer arithmetic', () => {
    expect(weightedAmountOf(12345, 40)).toBe(4938); // 4938.0
    expect(weightedAmountOf(999, 50)).toBe(500); // 499.5
    expect(weightedAmountOf(1, 49)).toBe(0); // 0.49
    expect(weightedAmountOf(1, 50)).toBe(1); // 0.5
    expect(weightedAmountOf(333, 33)).toBe(110); // 109.89
    expect(weightedAmountOf(0, 70)).toBe(0);
    expect(weightedAmountOf(12345, 100)).toBe(12345);
    // 9007199254740991 × 70 / 100 = 6305039478318693.7: a float product would already be inexact.
    expect(weightedAmountOf(MAX_AMOUNT, 70)).toBe(6305039478318694);
  });
});

describe('deriveDeal', () => {
  it('derives weighted amount, close month, quarter and title key in the tenant zone', () => {
    const f = fields({ amount: 999, probability: 50, expectedCloseDate: new Date('2026-12-31T23:30:00Z') });
    expect(deriveDeal(f, 'Europe/Berlin')).toEqual({
      weightedAmount: 500,
      closeMonth: '2027-01',
      closeQuarter: '2027-Q1',
      titleKey: 'frasen q1',
    });
    expect(deriveDeal(f, 'America/New_York')).toMatchObject({
      closeMonth: '2026-12',
      closeQuarter: '2026-Q4',
    });
  });

  it('uses the actual close date once closed, and has no period without a date', () => {
    const closed = fields({
      status: 'won',
      expectedCloseDate: new Date('2027-03-15T12:00:00Z'),
      closedAt: new Date('2026-06-30T22:30:00Z'), // 1 July 00:30 in Berlin
    });
    expect(deriveDeal(closed, 'Europe/Berlin')).toMatchObject({
      closeMonth: '2026-07',
      closeQuarter: '2026-Q3',
    });
    const open = deriveDeal(fields(), 'Europe/Berlin');
    expect(open.closeMonth).toBeUndefined();
    expect(open.closeQuarter).toBeUndefined();
  });

  it('applies a patch where null clears an optional field', () => {
    const f = fields({ nextStep: 'Call', lostReason: 'x' });
    const next = applyDealPatch(f, { nextStep: null, amount: 5, lostReason: undefined });
    expect(next.nextStep).toBeUndefined();
    expect('nextStep' in next).toBe(false);
    expect(next).toMatchObject({ amount: 5, lostReason: 'x' });
  });
});

describe('periods', () => {
  it('formats month, quarter and day in the zone', () => {
    const at = new Date('2026-09-30T22:00:00Z');
    expect(monthOf(at, 'Europe/Berlin')).toBe('2026-10');
    expect(quarterOf(at, 'Europe/Berlin')).toBe('2026-Q4');
    expect(quarterOf(at, 'UTC')).toBe('2026-Q3');
    expect(dayOf(at, 'Europe/Berlin')).toBe('2026-10-01');
  });

  it('reads a bare day as local midnight and rejects days that do not exist', () => {
    expect(toInstant('2027-01-01', 'America/New_York')?.toISOString()).toBe('2027-01-01T05:00:00.000Z');
    expect(toInstant('2026-06-01', 'Europe/Berlin')?.toISOString()).toBe('2026-05-31T22:00:00.000Z');
    expect(toInstant('2026-06-01T08:00:00Z', 'Europe/Berlin')?.toISOString()).toBe(
      '2026-06-01T08:00:00.000Z',
    );
    expect(toInstant('2026-02-30', 'Europe/Berlin')).toBeNull();
    expect(toInstant('2026-13-01', 'Europe/Berlin')).toBeNull();
    expect(toInstant('next friday', 'Europe/Berlin')).toBeNull();
    expect(toInstant(new Date('nope'), 'Europe/Berlin')).toBeNull();
  });
});

describe('stages', () => {
  it('resolves ids and names regardless of case and accents', () => {
    expect(resolveStage(pipeline, 'negotiation')).toMatchObject({ ok: true, value: { id: 'negotiation' } });
    expect(resolveStage(pipeline, 'VERHANDLUNG')).toMatchObject({ ok: true, value: { id: 'negotiation' } });
    expect(resolveStage(pipeline, ' qualifiziert ')).toMatchObject({ ok: true, value: { id: 'qualified' } });
    expect(resolveStage(pipeline, 'Gewönnen')).toMatchObject({ ok: true, value: { id: 'won' } });
    expect(resolveStage(pipeline, 'Lead')).toMatchObject({ ok: true, value: { id: 'lead' } });
    expect(resolveStage(pipeline, 'Demo')).toEqual({
      ok: false,
      error: {
        code: 'deal.invalid_stage',
        params: { stage: 'Demo', valid: 'Lead, Qualifiziert, Angebot, Verhandlung, Gewonnen, Verloren' },
        field: 'stage',
      },
    });
    expect(firstOpenStage(pipeline).id).toBe('lead');
  });

  it('closes as won with probability 100 and as lost only with a reason', () => {
    expect(enterStage(stage('won'), now)).toEqual({
      ok: true,
      value: {
        stageId: 'won',
        forecastCategory: 'closed_won',
        stageEnteredAt: now,
        status: 'won',
        probability: 100,
        probabilityOverridden: false,
        closedAt: now,
        lostReason: null,
      },
    });
    expect(enterStage(stage('lost'), now, '  ')).toMatchObject({
      ok: false,
      error: { code: 'deal.lost_reason_required', params: { stage: 'Verloren' } },
    });
    expect(enterStage(stage('lost'), now, ' Budget cut ')).toMatchObject({
      ok: true,
      value: { status: 'lost', probability: 0, closedAt: now, lostReason: 'Budget cut' },
    });
  });

  it('reopens with the stage default probability and records the move', () => {
    const move = planStageMove({ stageId: 'lost' }, stage('negotiation'), { at: now, byId: 'm2' });
    expect(move).toEqual({
      ok: true,
      value: {
        patch: {
          stageId: 'negotiation',
          forecastCategory: 'commit',
          stageEnteredAt: now,
          status: 'open',
          probability: 70,
          probabilityOverridden: false,
          closedAt: null,
          lostReason: null,
        },
        history: [{ at: now, byId: 'm2', kind: 'stage', from: 'lost', to: 'negotiation' }],
      },
    });
    expect(planStageMove({ stageId: 'lead' }, stage('lead'), { at: now, byId: 'm2' })).toEqual({
      ok: true,
      value: { patch: {}, history: [] },
    });
  });
});

describe('days in stage', () => {
  it('counts local calendar days, so a deal entered late at night is a day older next morning', () => {
    const entered = { stageEnteredAt: new Date('2026-03-28T22:30:00Z') }; // 23:30 on 28 March in Berlin
    expect(daysInStage(entered, new Date('2026-03-29T06:00:00Z'), 'Europe/Berlin')).toBe(1);
    expect(daysInStage(entered, new Date('2026-03-29T22:30:00Z'), 'Europe/Berlin')).toBe(2);
    expect(daysInStage(entered, new Date('2026-03-29T06:00:00Z'), 'UTC')).toBe(1);
    expect(daysInStage(entered, new Date('2026-03-20T06:00:00Z'), 'UTC')).toBe(0);
  });

  it('is stale only when open and past the stage limit', () => {
    const deal = { status: 'open' as const, stageEnteredAt: new Date('2026-11-28T10:00:00Z') };
    expect(isStale(deal, stage('proposal'), now, 'Europe/Berlin')).toBe(true); // 6 days > 5
    expect(isStale(deal, stage('qualified'), now, 'Europe/Berlin')).toBe(false); // 6 days ≤ 7
    expect(isStale({ ...deal, status: 'won' }, stage('proposal'), now, 'Europe/Berlin')).toBe(false);
    expect(isStale(deal, stage('won'), now, 'Europe/Berlin')).toBe(false);
  });
});
