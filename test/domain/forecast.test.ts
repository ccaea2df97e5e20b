import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/domain/accounts/create-account.js';
import { toNumber } from '../../src/domain/forecasts/exact.js';
import { buildForecast, learnRates } from '../../src/domain/forecasts/forecast.service.js';
import { relativeQuarter } from '../../src/domain/forecasts/period.js';
import { memberOwner } from '../../src/domain/forecasts/snapshot.js';
import { takeForecastSnapshot } from '../../src/domain/forecasts/take-snapshot.js';
import type { Member } from '../../src/domain/members/member.js';
import { setRevenueQuota } from '../../src/domain/quotas/set-quota.js';
import type { Tenant } from '../../src/domain/tenants/tenant.js';
import { useTestDatabase } from '../support/database.js';
import { createTestTenant, type TestTenant } from '../support/domain.js';
import { seedDeal } from '../support/forecast.js';

const db = useTestDatabase();
const NOW = new Date('2026-12-04T10:00:00Z');
type Seeded = Awaited<ReturnType<typeof createTestTenant>>;
let a: Seeded;
let b: TestTenant;
let tenantA: Tenant;
let mia: Member;
let rita: Member;
let sam: Member;

const ctxQ4 = () => ({ now: NOW, timeZone: 'Europe/Berlin', fiscalYearStartMonth: 1 });

beforeAll(async () => {
  a = await createTestTenant(db.conn, { now: NOW.toISOString() });
  b = await createTestTenant(db.conn, { now: NOW.toISOString() });
  mia = await a.member('Mia Manager', 'manager');
  rita = await a.member('Rita Rep', 'rep', mia.id);
  sam = await a.member('Sam Seller', 'rep', mia.id);
  const acc = await createAccount(a.ctx(a.admin), { name: 'Acme GmbH' });
  const other = await createAccount(b.ctx(b.admin), { name: 'Acme GmbH' });
  if (!acc.ok || !other.ok) throw new Error('setup');
  const acme = { accountId: acc.value.id };
  const r = a.ctx(rita);
  const s = a.ctx(sam);
  // Closed in the last twelve months: the learning sample.
  await seedDeal(s, '2026-03-02T09:00:00Z', { ...acme, title: 'h1', amount: 100 }, [
    ['qualified', '2026-04-01T09:00:00Z'],
    ['proposal', '2026-05-01T09:00:00Z'],
    ['negotiation', '2026-06-01T09:00:00Z'],
    ['won', '2026-06-10T09:00:00Z'],
  ]);
  await seedDeal(s, '2026-05-02T09:00:00Z', { ...acme, title: 'h2', amount: 100, stage: 'proposal' }, [
    ['lost', '2026-07-01T09:00:00Z', 'budget'],
  ]);
  await seedDeal(r, '2026-10-01T09:00:00Z', { ...acme, title: 'w1', amount: 500_000 }, [
    ['won', '2026-11-20T09:00:00Z'],
  ]);
  // Closed more than twelve months ago: not learned from.
  await seedDeal(s, '2025-09-01T09:00:00Z', { ...acme, title: 'old', amount: 100 }, [
    ['won', '2025-10-01T09:00:00Z'],
  ]);
  // Open deals.
  const close = (day: string) => ({ expectedCloseDate: day });
  await seedDeal(r, '2026-11-01T09:00:00Z', {
    ...acme,
    title: 'o1',
    amount: 1_100_000,
    stage: 'negotiation',
    ...close('2026-12-20'),
  });
  await seedDeal(r, '2026-11-01T09:00:00Z', {
    ...acme,
    title: 'o2',
    amount: 200_000,
    ...close('2026-12-15'),
  });
  await seedDeal(r, '2026-11-01T09:00:00Z', {
    ...acme,
    title: 'o3 USD',
    amount: 300_000,
    currency: 'USD',
    stage: 'proposal',
    ...close('2026-12-10'),
  });
  await seedDeal(s, '2026-11-01T09:00:00Z', {
    ...acme,
    title: 'o4',
    amount: 120_000,
    stage: 'proposal',
    ...close('2026-12-31'),
  });
  await seedDeal(s, '2026-11-01T09:00:00Z', {
    ...acme,
    title: 'o5',
    amount: 99_999,
    stage: 'qualified',
    ...close('2027-01-05'),
  });
  // Another tenant's deals never count.
  await seedDeal(
    b.ctx(b.admin),
    '2026-10-01T09:00:00Z',
    { accountId: other.value.id, title: 'B', amount: 9_999_999 },
    [['won', '2026-11-01T09:00:00Z']],
  );
  const q = await setRevenueQuota(a.ctx(mia), rita, relativeQuarter(ctxQ4()), 3_000_000);
  if (!q.ok) throw new Error(q.error.code);
  tenantA = (await a.all.tenants.get(a.id)) as Tenant;
});

describe('learned win rates from stored stage history', () => {
  it('counts deals closed in the last twelve months per stage they were ever in', async () => {
    const learned = await learnRates(a.repos, a.settings, NOW);
    expect(learned.closed).toBe(3);
    // lead: h1, w1 (both won) → (2 + 1)/12; qualified: h1 → (1 + 2)/11
    // proposal: h1 won, h2 lost → (1 + 4)/12; negotiation: h1 → (1 + 7)/11
    expect(learned.rates.map((r) => [r.stageId, r.closed, r.won, `${r.rate.num}/${r.rate.den}`])).toEqual([
      ['lead', 2, 2, '1/4'],
      ['qualified', 1, 1, '3/11'],
      ['proposal', 2, 1, '5/12'],
      ['negotiation', 1, 1, '8/11'],
    ]);
    expect(toNumber(learned.rates[3]?.rate ?? { num: 0n, den: 1n })).toBeCloseTo(0.7273, 4);
  });
});

describe('forecast from the database', () => {
  it('computes every figure per rep and for the team (hand-computed)', async () => {
    const report = await buildForecast(a.repos, a.settings, relativeQuarter(ctxQ4()), [rita.id, sam.id], NOW);
    const ritaF = report.byOwner.find((o) => o.ownerId === rita.id)?.figures;
    expect(ritaF).toMatchObject({
      closedWon: 500_000,
      commit: 1_600_000,
      bestCase: 1_600_000,
      pipeline: 1_300_000,
      weighted: 1_290_000, // 500,000 + 1,100,000·0.7 + 200,000·0.1
      learned: 1_350_000, // 500,000 + 1,100,000·8/11 + 200,000·1/4
      quota: 3_000_000,
      remainingQuota: 2_500_000,
    });
    expect(ritaF?.attainment).toBeCloseTo(1 / 6, 10);
    expect(ritaF?.coverage).toBeCloseTo(0.52, 10);
    expect(report.byOwner.find((o) => o.ownerId === sam.id)?.figures).toMatchObject({
      closedWon: 0,
      commit: 0,
      bestCase: 120_000,
      pipeline: 120_000,
      weighted: 48_000,
      learned: 50_000, // 120,000 · 5/12
      quota: 0,
      attainment: null,
    });
    expect(report.team).toMatchObject({
      closedWon: 500_000,
      commit: 1_600_000,
      bestCase: 1_720_000,
      pipeline: 1_420_000,
      weighted: 1_338_000,
      learned: 1_400_000,
    });
    expect(report.excluded.map((d) => d.title)).toEqual(['o3 USD']);
    expect(
      report.months.map((m) => [m.month, m.won, m.commitOpen, m.bestCaseOpen, m.pipelineOpen, m.quota]),
    ).toEqual([
      ['2026-10', 0, 0, 0, 0, 1_000_000],
      ['2026-11', 500_000, 0, 0, 0, 1_000_000],
      ['2026-12', 0, 1_100_000, 120_000, 200_000, 1_000_000],
    ]);
  });

  it('stores the quota per month, a quarter split evenly', async () => {
    const stored = await a.repos.quotas.revenueFor([rita.id], ['2026-10', '2026-11', '2026-12']);
    expect(stored.map((q) => [q.month, q.amount, q.currency])).toEqual([
      ['2026-10', 1_000_000, 'EUR'],
      ['2026-11', 1_000_000, 'EUR'],
      ['2026-12', 1_000_000, 'EUR'],
    ]);
    expect(await b.repos.quotas.revenueFor([rita.id], ['2026-10'])).toEqual([]);
  });
});

describe('weekly snapshots', () => {
  it('writes each (week, period, owner) once, however often the job runs', async () => {
    const first = await takeForecastSnapshot(a.all, tenantA, NOW);
    // all + 4 members + Mia's team, for the current and the next quarter
    expect(first).toEqual({ written: 12, existing: 0 });
    const again = await takeForecastSnapshot(a.repos, tenantA, new Date('2026-12-05T10:00:00Z'));
    expect(again).toEqual({ written: 0, existing: 12 });
    const week = await a.repos.forecastSnapshots.listWeek('2026-W49');
    expect(week).toHaveLength(12);
    expect(await b.repos.forecastSnapshots.listWeek('2026-W49')).toEqual([]);
    const ritaQ4 = week.find((s) => s.owner === memberOwner(rita.id) && s.period === '2026-Q4');
    expect(ritaQ4?.figures).toEqual({
      closedWon: 500_000,
      commit: 1_600_000,
      bestCase: 1_600_000,
      pipeline: 1_300_000,
      weighted: 1_290_000,
      learned: 1_350_000,
      quota: 3_000_000,
    });
    const team = week.find((s) => s.owner === `team:${mia.id}` && s.period === '2026-Q4');
    expect(team?.figures.bestCase).toBe(1_720_000);
  });

  it('finds the newest snapshot at least a given age', async () => {
    await takeForecastSnapshot(a.repos, tenantA, new Date('2026-12-11T10:00:00Z'));
    const cutoff = new Date('2026-12-12T10:00:00Z');
    const latest = await a.repos.forecastSnapshots.latestAtOrBefore('2026-Q4', 'all', cutoff);
    expect(latest?.week).toBe('2026-W50');
    const older = await a.repos.forecastSnapshots.latestAtOrBefore(
      '2026-Q4',
      'all',
      new Date('2026-12-10T00:00:00Z'),
    );
    expect(older?.week).toBe('2026-W49');
    expect(
      await a.repos.forecastSnapshots.latestAtOrBefore('2026-Q4', 'all', new Date('2026-12-01T00:00:00Z')),
    ).toBeNull();
  });
});
