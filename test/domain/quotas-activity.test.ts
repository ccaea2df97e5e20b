import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/domain/accounts/create-account.js';
import { removeAlertSubscription, subscribeAlerts } from '../../src/domain/alerts/subscribe-alerts.js';
import { createContact } from '../../src/domain/contacts/create-contact.js';
import { monthPeriod } from '../../src/domain/forecasts/period.js';
import type { Member } from '../../src/domain/members/member.js';
import { activityAttainment, prospectingFunnel } from '../../src/domain/quotas/activity-measures.js';
import { setActivityQuota, setRevenueQuota } from '../../src/domain/quotas/set-quota.js';
import { useTestDatabase } from '../support/database.js';
import { createTestTenant, type TestTenant } from '../support/domain.js';
import { seedDeal, seedInteraction } from '../support/forecast.js';

const db = useTestDatabase();
const NOW = '2026-12-04T10:00:00Z';
const range = { from: new Date('2026-11-01T00:00:00Z'), to: new Date(NOW) };
let a: TestTenant;
let b: TestTenant;
let mia: Member;
let rita: Member;
let olga: Member;
let acme: string;
let globex: string;
let hans: string;
let eva: string;

beforeAll(async () => {
  a = await createTestTenant(db.conn, { now: NOW });
  b = await createTestTenant(db.conn, { now: NOW });
  mia = await a.member('Mia Manager', 'manager');
  rita = await a.member('Rita Rep', 'rep', mia.id);
  olga = await a.member('Olga Other');
  const r = a.ctx(rita);
  const acc = await createAccount(r, { name: 'Acme GmbH' });
  const glx = await createAccount(r, { name: 'Globex' });
  if (!acc.ok || !glx.ok) throw new Error('setup');
  [acme, globex] = [acc.value.id, glx.value.id];
  const h = await createContact(r, { accountId: acme, name: 'Hans Müller' });
  const e = await createContact(r, { accountId: acme, name: 'Eva Klein' });
  if (!h.ok || !e.ok) throw new Error('setup');
  [hans, eva] = [h.value.id, e.value.id];
  await seedInteraction(r, '2026-11-03T09:00:00Z', { accountId: acme, contactIds: [hans] });
  await seedInteraction(r, '2026-11-20T09:00:00Z', {
    accountId: acme,
    contactIds: [hans, eva],
    type: 'meeting',
  });
  await seedInteraction(r, '2026-11-21T09:00:00Z', { accountId: globex });
  await seedInteraction(a.ctx(olga), '2026-11-22T09:00:00Z', { accountId: acme, contactIds: [eva] });
  await seedInteraction(r, '2026-10-01T09:00:00Z', { accountId: globex }); // before the range
  await seedDeal(r, '2026-11-05T09:00:00Z', { accountId: acme, title: 'Seats', amount: 300_000 }, [
    ['qualified', '2026-11-10T09:00:00Z'],
    ['proposal', '2026-11-12T09:00:00Z'],
    ['qualified', '2026-11-13T09:00:00Z'],
    ['won', '2026-11-30T09:00:00Z'],
  ]);
  await seedDeal(
    r,
    '2026-11-06T09:00:00Z',
    { accountId: globex, title: 'Support', amount: 50_000, currency: 'USD' },
    [['won', '2026-11-07T09:00:00Z']],
  );
  await seedDeal(r, '2026-09-06T09:00:00Z', { accountId: globex, title: 'Old', amount: 70_000 });
});

describe('activity measures from the database', () => {
  it('counts distinct accounts contacted per member and interactions per member', async () => {
    const contacted = await a.repos.activity.accountsContacted([rita.id, olga.id], range);
    expect(contacted).toEqual(
      [
        { memberId: rita.id, accountId: acme },
        { memberId: rita.id, accountId: globex },
        { memberId: olga.id, accountId: acme },
      ].sort((x, y) => x.memberId.localeCompare(y.memberId) || x.accountId.localeCompare(y.accountId)),
    );
    const byMember = await a.repos.activity.interactionsByMember(range, { memberIds: [rita.id] });
    expect(byMember).toEqual([{ memberId: rita.id, count: 3 }]);
    const onAcme = await a.repos.activity.interactionsByMember(range, { accountId: acme });
    expect(onAcme.map((m) => m.count).sort()).toEqual([1, 2]);
    expect(await b.repos.activity.accountsContacted([rita.id], range)).toEqual([]);
  });

  it('counts deals created and won from their history, in one currency', async () => {
    expect(await a.repos.activity.dealsCreated([rita.id], range)).toEqual([{ memberId: rita.id, count: 2 }]);
    expect(await a.repos.activity.dealsWon([rita.id], range, 'EUR')).toEqual([
      { memberId: rita.id, count: 1, amount: 300_000 },
    ]);
    expect(await a.repos.activity.dealsWon([rita.id], range, 'USD')).toEqual([
      { memberId: rita.id, count: 1, amount: 50_000 },
    ]);
  });

  it('lists stage moves by who made them', async () => {
    const moves = await a.repos.activity.stageMoves([rita.id], range);
    const key = (m: { from: string; to: string; count: number }) => `${m.from}>${m.to}:${m.count}`;
    expect(moves.map(key).sort()).toEqual(
      [
        'lead>qualified:1',
        'lead>won:1',
        'proposal>qualified:1',
        'qualified>proposal:1',
        'qualified>won:1',
      ].sort(),
    );
  });

  it('counts interactions per member and contact of an account', async () => {
    const matrix = await a.repos.activity.contactMatrix(acme, [hans, eva], range);
    const key = (m: { loggedById: string; contactId: string; count: number }) =>
      `${m.loggedById === rita.id ? 'rita' : 'olga'}-${m.contactId === hans ? 'hans' : 'eva'}:${m.count}`;
    expect(matrix.map(key).sort()).toEqual(['olga-eva:1', 'rita-eva:1', 'rita-hans:2']);
  });

  it('finds each contact’s last touch', async () => {
    const touches = await a.repos.activity.lastTouches(acme, [hans, eva]);
    expect(touches).toEqual([
      { contactId: hans, at: new Date('2026-11-20T09:00:00Z'), loggedById: rita.id },
      { contactId: eva, at: new Date('2026-11-22T09:00:00Z'), loggedById: olga.id },
    ]);
  });

  it('counts accounts created per owner, by the injected clock', async () => {
    const at = a.clock.now();
    const made = await createAccount(a.ctx(olga), { name: 'Initech' });
    if (!made.ok) throw new Error('setup');
    expect(made.value.createdAt).toEqual(at);
    const created = await a.repos.activity.accountsCreated([olga.id], {
      from: at,
      to: new Date(at.getTime() + 1),
    });
    expect(created).toEqual([{ memberId: olga.id, count: 1 }]);
    const before = await a.repos.activity.accountsCreated([olga.id], { from: new Date(0), to: at });
    expect(before).toEqual([]);
  });

  it('builds the funnel of the last six months and the pace in the period', async () => {
    const ctx = { now: new Date(NOW), timeZone: 'Europe/Berlin', fiscalYearStartMonth: 1 };
    const november = monthPeriod({ y: 2026, m: 11 }, ctx);
    const plan = await prospectingFunnel(a.repos, a.settings, [rita.id], november, 600_000, new Date(NOW));
    // 2 accounts contacted, 3 deals created (Sep, Nov, Nov), 1 won in EUR for 300,000
    expect(plan).toMatchObject({
      contacted: 2,
      created: 3,
      won: 1,
      wonAmount: 300_000,
      contactsNeeded: 4,
      dealsNeeded: 2,
    });
    expect(plan.pace).toMatchObject({ contactedSoFar: 2, weeksElapsed: 30 / 7, weeksLeft: 0 });
  });
});

describe('quotas', () => {
  it('lets an admin or the member’s manager set quotas, nobody else', async () => {
    const ctx = { now: new Date(NOW), timeZone: 'Europe/Berlin', fiscalYearStartMonth: 1 };
    const dec = monthPeriod({ y: 2026, m: 12 }, ctx);
    expect(await setRevenueQuota(a.ctx(rita), rita, dec, 1)).toMatchObject({
      ok: false,
      error: { code: 'member.manager_only' },
    });
    expect(await setRevenueQuota(a.ctx(mia), olga, dec, 1)).toMatchObject({
      ok: false,
      error: { code: 'member.forbidden' },
    });
    expect(await setRevenueQuota(a.ctx(mia), rita, dec, -5)).toMatchObject({
      ok: false,
      error: { code: 'quota.invalid_amount' },
    });
    expect((await setRevenueQuota(a.ctx(a.admin), olga, dec, 100)).ok).toBe(true);
    expect((await setRevenueQuota(a.ctx(a.admin), olga, dec, 250)).ok).toBe(true);
    expect((await a.repos.quotas.revenueFor([olga.id], ['2026-12'])).map((q) => q.amount)).toEqual([250]);
  });

  it('measures weekly activity quotas over the elapsed part of the period', async () => {
    expect((await setActivityQuota(a.ctx(mia), rita, 'interactions', 2)).ok).toBe(true);
    expect(await setActivityQuota(a.ctx(mia), rita, 'interactions', 1.5)).toMatchObject({
      ok: false,
      error: { code: 'quota.invalid_activity' },
    });
    const ctx = { now: new Date(NOW), timeZone: 'Europe/Berlin', fiscalYearStartMonth: 1 };
    const november = monthPeriod({ y: 2026, m: 11 }, ctx);
    const [att] = await activityAttainment(a.repos, a.settings, [rita.id], november, new Date(NOW));
    expect(att).toMatchObject({ kind: 'interactions', perWeek: 2, actual: 3, weeksElapsed: 30 / 7 });
    expect(att?.target).toBeCloseTo(60 / 7, 10);
    expect(att?.attainment).toBeCloseTo(3 / (60 / 7), 10);
    expect((await setActivityQuota(a.ctx(mia), rita, 'interactions', 0)).ok).toBe(true);
    expect(await a.repos.quotas.activityFor([rita.id])).toEqual([]);
  });
});

describe('alert subscriptions', () => {
  it('are one per channel, replaced on re-subscribe, per tenant, managers and admins only', async () => {
    const web = { platform: 'web' as const, ref: 'sales', label: 'sales' };
    expect(await subscribeAlerts(a.ctx(rita), web, [])).toMatchObject({
      ok: false,
      error: { code: 'member.manager_only' },
    });
    const first = await subscribeAlerts(a.ctx(mia), web, ['won']);
    const again = await subscribeAlerts(a.ctx(mia), web, []);
    if (!first.ok || !again.ok) throw new Error('subscribe failed');
    expect(again.value.id).toBe(first.value.id);
    expect(again.value.kinds).toEqual(['stage', 'won', 'lost']);
    expect(await a.repos.alerts.list()).toHaveLength(1);
    expect(await b.repos.alerts.list()).toEqual([]);
    expect(await b.repos.alerts.remove(first.value.id)).toBe(false);
    expect(await removeAlertSubscription(a.ctx(rita), first.value.id)).toMatchObject({ ok: false });
    expect((await removeAlertSubscription(a.ctx(mia), first.value.id)).ok).toBe(true);
    expect(await removeAlertSubscription(a.ctx(mia), first.value.id)).toMatchObject({
      ok: false,
      error: { code: 'alerts.not_found' },
    });
  });
});
