import { performance } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { cadenceOf, daysOverdue, isNeglected } from '../../src/domain/accounts/account.js';
import type { Connection } from '../../src/domain/db/connection.js';
import { createRepositories, syncIndexes } from '../../src/domain/db/repositories.js';
import type { TenantRepos } from '../../src/domain/repositories.js';
import type { TenantSettings } from '../../src/domain/tenants/tenant.js';
import { type SeedResult, seedDemo } from '../../src/seed/seed-demo.js';
import { tenantId } from '../../src/shared/tenant.js';
import { useTestDatabase } from '../support/database.js';

const TENANT = tenantId('web', 'demo');
const NOW = new Date('2026-06-10T09:00:00Z');
const DAY = 86_400_000;

const first = useTestDatabase();
const second = useTestDatabase();
let repos: TenantRepos;
let settings: TenantSettings;
let result: SeedResult;
let other: SeedResult;

async function seed(conn: Connection, now = NOW) {
  await syncIndexes(conn);
  const started = performance.now();
  const res = await seedDemo({ repos: createRepositories(conn), tenantId: TENANT, now });
  console.log(
    `[seed] ${JSON.stringify(res.created)} in ${((performance.now() - started) / 1000).toFixed(1)}s`,
  );
  return res;
}

/** What must come out the same from the same `now`, with database ids replaced by names. */
async function snapshot(conn: Connection) {
  const r = createRepositories(conn).forTenant(TENANT);
  const members = new Map((await r.members.list()).map((m) => [m.id, m.platformUserId]));
  const accounts = await r.accounts.list({ includeDormant: true });
  const name = new Map(accounts.map((a) => [a.id, a.name]));
  const db = conn.db;
  if (!db) throw new Error('no database');
  const interactions = await db.collection('interactions').find({}).toArray();
  return {
    accounts: accounts.map((a) => [
      a.name,
      a.tier,
      members.get(a.ownerId),
      a.lastInteractionAt?.toISOString(),
    ]),
    deals: (await r.deals.list())
      .map((d) => [name.get(d.accountId), d.title, d.amount, d.stageId, d.status, d.history.length].join('|'))
      .sort(),
    interactions: interactions
      .map((i) => [i.idempotencyKey, name.get(i.accountId), i.occurredAt.toISOString(), i.type].join('|'))
      .sort(),
  };
}

beforeAll(async () => {
  [result, other] = await Promise.all([seed(first.conn), seed(second.conn)]);
  repos = createRepositories(first.conn).forTenant(TENANT);
  settings = await repos.settings.get();
}, 240_000);

describe('the demo data', () => {
  it('holds 60 accounts, their people, 120 deals, quotes and about 1,500 interactions', () => {
    const { total } = result;
    expect(total).toMatchObject({ members: 5, accounts: 60, deals: 120, won: 30, lost: 25, open: 65 });
    expect(total.contacts).toBeGreaterThanOrEqual(100);
    expect(total.contacts).toBeLessThanOrEqual(200);
    expect(total.interactions).toBeGreaterThan(1400);
    expect(total.interactions).toBeLessThan(1600);
    expect(total.quotes).toBeGreaterThanOrEqual(30);
    expect(total.reminders).toBeGreaterThanOrEqual(12);
    expect(result.created).toMatchObject({ accounts: 60, deals: 120, interactions: total.interactions });
  });

  it('spreads open deals over every open stage, every interaction type and every month', async () => {
    const byStage = await repos.deals.sumByStage({ status: 'open' });
    expect(byStage.map((s) => s.key).sort()).toEqual(['lead', 'negotiation', 'proposal', 'qualified']);
    expect(byStage.every((s) => s.currency === 'EUR' && s.amount > 0)).toBe(true);
    const types = await repos.interactions.countByType();
    expect(types.map((t) => t.type).sort()).toEqual([
      'call',
      'campaign',
      'chat',
      'email',
      'meeting',
      'note',
      'other',
    ]);
    expect((await repos.interactions.countByMonth()).length).toBeGreaterThanOrEqual(12);
  });

  it('comes out the same from the same moment', async () => {
    expect(await snapshot(second.conn)).toEqual(await snapshot(first.conn));
    expect(other.total).toEqual(result.total);
  });

  it('adds nothing when run again, even days later', async () => {
    const again = await seed(first.conn, new Date(NOW.getTime() + 3 * DAY));
    expect(again.created).toEqual({
      accounts: 0,
      contacts: 0,
      deals: 0,
      quotes: 0,
      interactions: 0,
      reminders: 0,
    });
    expect(again.total).toEqual(result.total);
  }, 120_000);

  it('leaves some accounts overdue for contact – a few over twice their cadence – and most recently touched', async () => {
    const accounts = await repos.accounts.list({ includeDormant: true });
    const neglected = accounts.filter((a) => isNeglected(a, settings, NOW));
    const severe = neglected.filter((a) => daysOverdue(a, settings, NOW) > cadenceOf(a, settings));
    expect(neglected.length).toBeGreaterThanOrEqual(8);
    expect(neglected.length).toBeLessThanOrEqual(14);
    expect(severe.length).toBeGreaterThanOrEqual(3);
    const recent = accounts.filter((a) => (a.lastInteractionAt?.getTime() ?? 0) > NOW.getTime() - 7 * DAY);
    expect(recent.length).toBeGreaterThanOrEqual(20);
    // One account is dormant and one snoozed: overdue, yet no nudge.
    expect(accounts.filter((a) => a.dormant)).toHaveLength(1);
    expect(accounts.filter((a) => a.snoozedUntil && a.snoozedUntil > NOW)).toHaveLength(1);
  });

  it('gives the deals a stage history over the last 12 months, with reasons for the lost ones', async () => {
    const deals = await repos.deals.list();
    const at = deals.flatMap((d) => d.history.map((h) => h.at.getTime()));
    expect(Math.min(...at)).toBeGreaterThan(NOW.getTime() - 367 * DAY);
    expect(Math.min(...at)).toBeLessThan(NOW.getTime() - 330 * DAY);
    expect(Math.max(...at)).toBeLessThan(NOW.getTime());
    const closedMonths = new Set(deals.filter((d) => d.status === 'won').map((d) => d.closeMonth));
    expect(closedMonths.size).toBeGreaterThanOrEqual(8);
    for (const d of deals.filter((x) => x.status === 'lost')) {
      expect(d.lostReason).toBeTruthy();
      expect(d.history.at(-1)).toMatchObject({ kind: 'stage', to: 'lost', reason: d.lostReason });
    }
    const accepted = deals.filter((d) =>
      d.history.some((h) => /^quote Q-\w+ accepted$/.test(h.reason ?? '')),
    );
    expect(accepted.length).toBeGreaterThan(5);
    expect(
      deals.some((d) => d.status === 'open' && (d.expectedCloseDate?.getTime() ?? 0) < NOW.getTime()),
    ).toBe(true);
    expect(deals.some((d) => d.history.some((h) => h.kind === 'close_date'))).toBe(true);
  });

  it('has quotes in draft, sent and accepted', async () => {
    const db = first.conn.db;
    const statuses = await db?.collection('quotes').distinct('status', { tenantId: TENANT });
    expect(statuses).toEqual(expect.arrayContaining(['draft', 'sent', 'accepted', 'rejected']));
  });

  it('makes the playground personas three reps of one manager, plus an admin', async () => {
    const members = new Map((await repos.members.list()).map((m) => [m.platformUserId, m]));
    const maria = members.get('web-maria');
    expect(maria?.role).toBe('manager');
    expect(members.get('web-alex')?.role).toBe('admin');
    for (const rep of ['web-sam', 'web-rita', 'web-jonas']) {
      expect(members.get(rep)).toMatchObject({ role: 'rep', managerId: maria?.id });
    }
    expect((await repos.members.team(maria?.id ?? '')).map((m) => m.platformUserId).sort()).toEqual([
      'web-jonas',
      'web-rita',
      'web-sam',
    ]);
  });

  it('gives every rep open reminders, some due today or tomorrow', async () => {
    for (const id of ['web-sam', 'web-rita', 'web-jonas']) {
      const rep = await repos.members.byPlatformUser('web', id);
      const open = await repos.reminders.list({ memberId: rep?.id ?? '', status: 'open' });
      expect(open.length).toBeGreaterThanOrEqual(3);
      expect(open.some((r) => r.dueAt > NOW && r.dueAt.getTime() < NOW.getTime() + 2 * DAY)).toBe(true);
    }
  });
});
