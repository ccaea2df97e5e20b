import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/domain/accounts/create-account.js';
import type { DomainContext } from '../../src/domain/context.js';
import { createDeal } from '../../src/domain/deals/create-deal.js';
import type { Deal } from '../../src/domain/deals/deal.js';
import { findDeal } from '../../src/domain/deals/find-deal.js';
import { listDeals } from '../../src/domain/deals/list-deals.js';
import { moveDealStage } from '../../src/domain/deals/move-deal-stage.js';
import { updateDeal } from '../../src/domain/deals/update-deal.js';
import type { Member } from '../../src/domain/members/member.js';
import { manualClock } from '../../src/shared/clock.js';
import { useTestDatabase } from '../support/database.js';
import { createTestTenant, type TestTenant } from '../support/domain.js';

const db = useTestDatabase();
let a: TestTenant;
let b: TestTenant;
let acme: string;
let globex: string;
let rep: Member;

const count = () => db.conn.collection('deals').countDocuments({});
const ctxAt = (t: TestTenant, actor: Member, at: string): DomainContext => ({
  ...t.ctx(actor),
  clock: manualClock(at),
});
async function deal(ctx: DomainContext, input: Record<string, unknown>): Promise<Deal> {
  const res = await createDeal(ctx, { accountId: acme, ...input });
  if (!res.ok) throw new Error(`setup: ${res.error.code}`);
  return res.value;
}

beforeAll(async () => {
  a = await createTestTenant(db.conn);
  b = await createTestTenant(db.conn);
  rep = await a.member('Rita Rep');
  const acc = await createAccount(a.ctx(a.admin), { name: 'Acme GmbH' });
  const acc2 = await createAccount(a.ctx(a.admin), { name: 'Globex' });
  if (!acc.ok || !acc2.ok) throw new Error('setup');
  acme = acc.value.id;
  globex = acc2.value.id;
});

describe('creating deals', () => {
  it('starts in the first open stage, owned by the actor, in the tenant currency', async () => {
    const d = await deal(a.ctx(rep), {
      title: 'Fräsmaschine',
      amount: 12345,
      expectedCloseDate: '2027-01-15',
    });
    expect(d).toMatchObject({
      accountId: acme,
      title: 'Fräsmaschine',
      titleKey: 'frasmaschine',
      ownerId: rep.id,
      amount: 12345,
      currency: 'EUR',
      stageId: 'lead',
      probability: 10,
      probabilityOverridden: false,
      forecastCategory: 'pipeline',
      status: 'open',
      weightedAmount: 1235, // 1234.5 rounds up
      closeMonth: '2027-01',
      closeQuarter: '2027-Q1',
      version: 0,
    });
    expect(d.expectedCloseDate?.toISOString()).toBe('2027-01-14T23:00:00.000Z'); // local midnight, Berlin
    expect(d.stageEnteredAt.toISOString()).toBe('2026-12-04T10:00:00.000Z');
    expect(d.history).toEqual([
      { at: new Date('2026-12-04T10:00:00Z'), byId: rep.id, kind: 'created', to: 'lead' },
    ]);
    expect(await a.repos.deals.get(d.id)).toEqual(d);
  });

  it('takes a stage by name, a probability override and another currency', async () => {
    const d = await deal(a.ctx(rep), {
      title: 'Service',
      amount: 999,
      stage: 'PROPOSAL',
      probability: 55,
      currency: 'usd',
    });
    expect(d).toMatchObject({
      stageId: 'proposal',
      probability: 55,
      probabilityOverridden: true,
      currency: 'USD',
    });
    expect(d.weightedAmount).toBe(549); // 549.45
  });

  it('answers bad input with the right code and writes nothing', async () => {
    const before = await count();
    const foreign = await createAccount(b.ctx(b.admin), { name: 'Foreign' });
    if (!foreign.ok) throw new Error('setup');
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '' }, 'deal.title_required'],
      [{ title: 'x'.repeat(201) }, 'deal.title_too_long'],
      [{ title: 'X', amount: -1 }, 'deal.invalid_amount'],
      [{ title: 'X', amount: 12.5 }, 'deal.invalid_amount'],
      [{ title: 'X', amount: '100' }, 'deal.invalid_amount'],
      [{ title: 'X', probability: 101 }, 'deal.invalid_probability'],
      [{ title: 'X', currency: 'EURO' }, 'deal.invalid_currency'],
      [{ title: 'X', expectedCloseDate: 'next week' }, 'deal.invalid_close_date'],
      [{ title: 'X', expectedCloseDate: '2026-02-30' }, 'deal.invalid_close_date'],
      [{ title: 'X', stage: 'Demo' }, 'deal.invalid_stage'],
      [{ title: 'X', stage: 'lost' }, 'deal.lost_reason_required'],
      [{ title: 'X', accountId: '0123456789abcdef01234567' }, 'account.not_found'],
      [{ title: 'X', accountId: foreign.value.id }, 'account.not_found'],
      [{ title: 'X', accountId: '' }, 'account.name_required'],
      [{ title: 'X', ownerId: '0123456789abcdef01234567' }, 'member.not_found'],
    ];
    for (const [input, code] of cases) {
      const res = await createDeal(a.ctx(rep), { accountId: acme, ...input });
      expect(res.ok ? 'ok' : res.error.code, JSON.stringify(input)).toBe(code);
    }
    const stage = await createDeal(a.ctx(rep), { accountId: acme, title: 'X', stage: 'Demo' });
    expect(stage).toMatchObject({
      ok: false,
      error: { params: { valid: 'Lead, Qualified, Proposal, Negotiation, Won, Lost' } },
    });
    expect(await count()).toBe(before);
  });
});

describe('moving deals through the pipeline', () => {
  it('moves by name, requires a reason for lost, and reopens', async () => {
    const d = await deal(a.ctx(rep), { title: 'Moves', amount: 10000, expectedCloseDate: '2027-02-10' });
    const later = ctxAt(a, rep, '2026-12-10T09:00:00Z');
    const qualified = await moveDealStage(later, d.id, 'qualified');
    expect(qualified.ok && qualified.value).toMatchObject({
      stageId: 'qualified',
      probability: 20,
      weightedAmount: 2000,
    });

    const noReason = await moveDealStage(later, d.id, 'Lost');
    expect(noReason).toMatchObject({ ok: false, error: { code: 'deal.lost_reason_required' } });
    const bad = await moveDealStage(later, d.id, 'Somewhere');
    expect(bad).toMatchObject({ ok: false, error: { code: 'deal.invalid_stage' } });
    expect((await a.repos.deals.get(d.id))?.stageId).toBe('qualified');

    const lost = await moveDealStage(ctxAt(a, rep, '2026-12-31T23:30:00Z'), d.id, 'lost', 'Budget frozen');
    expect(lost.ok && lost.value).toMatchObject({
      status: 'lost',
      probability: 0,
      lostReason: 'Budget frozen',
      forecastCategory: 'closed_lost',
      weightedAmount: 0,
      closeMonth: '2027-01', // closedAt in the tenant zone, not the expected date
    });
    const reopened = await moveDealStage(later, d.id, 'negotiation', 'They called back');
    if (!reopened.ok) throw new Error(reopened.error.code);
    expect(reopened.value).toMatchObject({ status: 'open', probability: 70, closeMonth: '2027-02' });
    expect(reopened.value.closedAt).toBeUndefined();
    expect(reopened.value.lostReason).toBeUndefined();
    expect(reopened.value.history.map((h) => [h.kind, h.from, h.to, h.reason])).toEqual([
      ['created', undefined, 'lead', undefined],
      ['stage', 'lead', 'qualified', undefined],
      ['stage', 'qualified', 'lost', 'Budget frozen'],
      ['stage', 'lost', 'negotiation', 'They called back'],
    ]);
  });

  it('wins at probability 100, closed now', async () => {
    const d = await deal(a.ctx(rep), { title: 'Winner', amount: 5000, probability: 35 });
    const won = await moveDealStage(ctxAt(a, rep, '2026-12-20T12:00:00Z'), d.id, 'Won');
    expect(won.ok && won.value).toMatchObject({
      status: 'won',
      probability: 100,
      probabilityOverridden: false,
      weightedAmount: 5000,
      closeMonth: '2026-12',
      closeQuarter: '2026-Q4',
    });
    expect(won.ok && won.value.closedAt?.toISOString()).toBe('2026-12-20T12:00:00.000Z');
    const again = await moveDealStage(a.ctx(rep), d.id, 'won');
    expect(again.ok && again.value.version).toBe(1); // same stage: nothing written
  });
});

describe('updating deals', () => {
  it('records amount, probability and close-date changes, and clears with null', async () => {
    const d = await deal(a.ctx(rep), { title: 'Updates', amount: 1000, stage: 'proposal', nextStep: 'Demo' });
    const res = await updateDeal(a.ctx(rep), d.id, {
      amount: 2000,
      probability: 45,
      expectedCloseDate: '2027-04-01',
      nextStep: null,
    });
    if (!res.ok) throw new Error(res.error.code);
    expect(res.value).toMatchObject({
      amount: 2000,
      probability: 45,
      probabilityOverridden: true,
      weightedAmount: 900,
      closeMonth: '2027-04',
      closeQuarter: '2027-Q2',
      version: 1,
    });
    expect(res.value.nextStep).toBeUndefined();
    expect(res.value.history.slice(1).map((h) => [h.kind, h.from, h.to])).toEqual([
      ['amount', 1000, 2000],
      ['probability', 40, 45],
      ['close_date', undefined, '2027-04-01'],
    ]);
    const back = await updateDeal(a.ctx(rep), d.id, { probability: null, expectedCloseDate: null });
    expect(back.ok && back.value).toMatchObject({
      probability: 40,
      probabilityOverridden: false,
      weightedAmount: 800,
    });
    expect(back.ok && back.value.closeMonth).toBeUndefined();
  });

  it('rejects bad patches and probability changes of closed deals', async () => {
    const d = await deal(a.ctx(rep), { title: 'Patch', amount: 1000 });
    const cases: [unknown, string][] = [
      [{}, 'input.nothing_to_change'],
      [{ amount: -5 }, 'deal.invalid_amount'],
      [{ probability: 150 }, 'deal.invalid_probability'],
      [{ expectedCloseDate: 'soon' }, 'deal.invalid_close_date'],
      [{ title: '  ' }, 'deal.title_required'],
      [{ ownerId: '0123456789abcdef01234567' }, 'member.not_found'],
    ];
    for (const [input, code] of cases) {
      const res = await updateDeal(a.ctx(rep), d.id, input);
      expect(res.ok ? 'ok' : res.error.code, JSON.stringify(input)).toBe(code);
    }
    await moveDealStage(a.ctx(rep), d.id, 'won');
    expect(await updateDeal(a.ctx(rep), d.id, { probability: 50 })).toMatchObject({
      ok: false,
      error: { code: 'deal.closed' },
    });
    const stored = await a.repos.deals.get(d.id);
    expect(stored).toMatchObject({ amount: 1000, version: 1 });
  });

  it('lets the owner, their manager and admins change a deal, nobody else', async () => {
    const boss = await a.member('Max Manager', 'manager');
    const owner = await a.member('Olaf Owner', 'rep', boss.id);
    const otherBoss = await a.member('Mia Manager', 'manager');
    const d = await deal(a.ctx(owner), { title: 'Guarded', amount: 100 });
    for (const actor of [rep, otherBoss]) {
      expect(await updateDeal(a.ctx(actor), d.id, { amount: 1 })).toMatchObject({
        ok: false,
        error: { code: 'member.forbidden' },
      });
      expect(await moveDealStage(a.ctx(actor), d.id, 'won')).toMatchObject({
        ok: false,
        error: { code: 'member.forbidden' },
      });
    }
    expect((await a.repos.deals.get(d.id))?.version).toBe(0);
    expect((await updateDeal(a.ctx(boss), d.id, { amount: 200 })).ok).toBe(true);
    expect((await updateDeal(a.ctx(a.admin), d.id, { ownerId: rep.id })).ok).toBe(true);
    expect((await updateDeal(a.ctx(rep), d.id, { amount: 300 })).ok).toBe(true);
  });

  it('refuses a write based on a stale version with deal.conflict', async () => {
    const d = await deal(a.ctx(rep), { title: 'Contested', amount: 100 });
    expect((await updateDeal(a.ctx(rep), d.id, { amount: 200 })).ok).toBe(true);
    const stale = await updateDeal(a.ctx(a.admin), d.id, { amount: 999 }, { expectedVersion: 0 });
    expect(stale).toMatchObject({
      ok: false,
      error: { code: 'deal.conflict', params: { title: 'Contested' } },
    });
    const saved = await a.repos.deals.save(d.id, 0, { ...d, amount: 5 }, []);
    expect(saved).toMatchObject({ ok: false, error: { code: 'deal.conflict' } });
    expect(await a.repos.deals.get(d.id)).toMatchObject({ amount: 200, version: 1 });
  });
});

describe('finding and listing deals', () => {
  it('finds by id or forgiving title, and offers candidates named by account', async () => {
    const d = await deal(a.ctx(rep), { title: 'Wartungsvertrag Süd' });
    await createDeal(a.ctx(rep), { accountId: globex, title: 'Wartungsvertrag Nord' });
    expect((await findDeal(a.ctx(rep), d.id)).ok).toBe(true);
    const byTitle = await findDeal(a.ctx(rep), 'wartungsvertrag sud');
    expect(byTitle.ok && byTitle.value.id).toBe(d.id);
    const amb = await findDeal(a.ctx(rep), 'Wartungsvertrag');
    expect(amb.ok ? null : amb.error).toMatchObject({
      code: 'deal.ambiguous',
      candidates: [
        { label: 'Wartungsvertrag Nord', detail: 'Globex' },
        { label: 'Wartungsvertrag Süd', detail: 'Acme GmbH' },
      ],
    });
    const scoped = await findDeal(a.ctx(rep), 'Wartungsvertrag', { accountId: globex });
    expect(scoped.ok && scoped.value.title).toBe('Wartungsvertrag Nord');
    expect(await findDeal(a.ctx(rep), d.id, { accountId: globex })).toMatchObject({
      ok: false,
      error: { code: 'deal.not_found' },
    });
    expect(await findDeal(a.ctx(rep), 'Nichts')).toMatchObject({
      ok: false,
      error: { code: 'deal.not_found', params: { name: 'Nichts' } },
    });
  });

  it('lists open deals for the pipeline with days in stage', async () => {
    const t = await createTestTenant(db.conn);
    const acc = await createAccount(t.ctx(t.admin), { name: 'Pipe' });
    if (!acc.ok) throw new Error('setup');
    const seller = await t.member('Sam Seller');
    const mk = (title: string, extra: Record<string, unknown>, who = seller) =>
      createDeal(t.ctx(who), { accountId: acc.value.id, title, ...extra });
    await mk('A', { stage: 'proposal', expectedCloseDate: '2027-01-10', amount: 1000 });
    await mk('B', { stage: 'lead', expectedCloseDate: '2026-12-20', amount: 3000 });
    await mk('C', { stage: 'won', amount: 7000 });
    await mk('D', { stage: 'proposal', amount: 500 }, t.admin);
    const view = ctxAt(t, seller, '2026-12-11T10:00:00Z');
    const mine = await listDeals(view, { ownerIds: [seller.id] });
    expect(mine.ok && mine.value.map((d) => [d.title, d.daysInStage, d.stale])).toEqual([
      ['B', 7, false],
      ['A', 7, true],
    ]);
    const proposal = await listDeals(view, { stage: 'Proposal' });
    expect(proposal.ok && proposal.value.map((d) => d.title).sort()).toEqual(['A', 'D']);
    expect(await listDeals(view, { stage: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'deal.invalid_stage' },
    });

    expect(
      (await t.repos.deals.list({ closeMonthFrom: '2027-01', closeMonthTo: '2027-03' })).map((d) => d.title),
    ).toEqual(['A']);
    expect(
      (await t.repos.deals.list({ closeQuarter: '2026-Q4', status: ['open', 'won'] }))
        .map((d) => d.title)
        .sort(),
    ).toEqual(['B', 'C']);
    expect(await t.repos.deals.count({ status: 'open', ownerIds: [t.admin.id] })).toBe(1);

    expect(await t.repos.deals.sumByStage({ status: 'open' })).toEqual([
      { key: 'lead', currency: 'EUR', count: 1, amount: 3000, weightedAmount: 300 },
      { key: 'proposal', currency: 'EUR', count: 2, amount: 1500, weightedAmount: 600 },
    ]);
    const byOwner = await t.repos.deals.sumByOwner();
    expect(byOwner.find((s) => s.key === seller.id)).toEqual({
      key: seller.id,
      currency: 'EUR',
      count: 3,
      amount: 11000,
      weightedAmount: 7700,
    });
  });
});

describe('tenant isolation', () => {
  it('keeps tenant B away from A’s deals even with A’s ids', async () => {
    const d = await deal(a.ctx(rep), { title: 'Secret Deal', amount: 4242 });
    const repos = b.repos.deals;
    expect(await repos.get(d.id)).toBeNull();
    expect(await repos.getMany([d.id])).toEqual([]);
    expect((await repos.lookup('Secret Deal')).kind).toBe('none');
    expect(await repos.list()).toEqual([]);
    expect(await repos.count()).toBe(0);
    expect(await repos.sumByStage()).toEqual([]);
    expect(await repos.sumByOwner()).toEqual([]);
    expect(await repos.save(d.id, 0, { ...d, amount: 1 }, [])).toMatchObject({
      ok: false,
      error: { code: 'deal.not_found' },
    });
    expect(await repos.delete(d.id)).toBe(false);
    for (const res of [
      await findDeal(b.ctx(b.admin), d.id),
      await moveDealStage(b.ctx(b.admin), d.id, 'won'),
      await updateDeal(b.ctx(b.admin), d.id, { amount: 1 }),
    ]) {
      expect(res).toMatchObject({ ok: false, error: { code: 'deal.not_found' } });
    }
    expect(await a.repos.deals.get(d.id)).toMatchObject({ amount: 4242, stageId: 'lead', version: 0 });
    expect(await a.repos.deals.delete(d.id)).toBe(true);
  });
});
