import { beforeAll, describe, expect, it } from 'vitest';
import { fallbackText } from '../../src/commands/view/fallback-text.js';
import type { Account } from '../../src/domain/accounts/account.js';
import { createDeal } from '../../src/domain/deals/create-deal.js';
import type { Deal } from '../../src/domain/deals/deal.js';
import { moveDealStage } from '../../src/domain/deals/move-deal-stage.js';
import { takeForecastSnapshot } from '../../src/domain/forecasts/take-snapshot.js';
import type { Member } from '../../src/domain/members/member.js';
import { runWeeklyDigest } from '../../src/jobs/digest.job.js';
import { runDealHygiene } from '../../src/jobs/hygiene.job.js';
import { type CareHarness, careHarness } from '../support/care.js';
import { cardOf } from '../support/commands.js';
import { useTestDatabase } from '../support/database.js';

const db = useTestDatabase();

let h: CareHarness;
let mia: Member;
let rita: Member;
let nick: Member;
let acme: Account;
const deals: Record<string, Deal> = {};

async function deal(
  owner: Member,
  title: string,
  at: string,
  input: Record<string, unknown> = {},
  stage?: string,
) {
  h.clock.set(at);
  const s = await h.kontakt.session(h.as(owner.platformUserId));
  const created = await createDeal(s.ctx, { accountId: acme.id, title, amount: 1_000_000, ...input });
  if (!created.ok) throw new Error(created.error.code);
  let d = created.value;
  if (stage) {
    const moved = await moveDealStage(s.ctx, d.id, stage, stage === 'lost' ? 'Budget cut' : undefined);
    if (!moved.ok) throw new Error(moved.error.code);
    d = moved.value;
  }
  deals[title] = d;
  return d;
}

beforeAll(async () => {
  h = await careHarness(db.conn, 'hygiene', '2026-11-20T10:00:00Z');
  await h.member('ada');
  mia = await h.member('mia', { role: 'manager' });
  rita = await h.member('rita', { managerId: mia.id });
  nick = await h.member('nick', { managerId: mia.id, timeZone: 'America/New_York' });
  acme = await h.account(rita, 'Acme GmbH', '2026-12-01T10:00:00Z');
  await h.account(rita, 'Forgotten AG', '2026-09-01T10:00:00Z'); // B, 30 days: over 60 days ago
  await h.account(rita, 'Slightly Late KG', '2026-11-01T10:00:00Z'); // overdue, not yet twice
  await deal(rita, 'Slipped deal', '2026-11-30T10:00:00Z', { expectedCloseDate: '2026-12-01' });
  await deal(rita, 'Stuck deal', '2026-11-25T10:00:00Z', {}, 'proposal'); // stale after 5 days
  await deal(rita, 'Fresh deal', '2026-12-06T10:00:00Z', { expectedCloseDate: '2026-12-31' });
  await deal(nick, 'NY deal', '2026-11-30T10:00:00Z', { expectedCloseDate: '2026-12-04' });
  await deal(rita, 'Old win', '2026-11-20T10:00:00Z', {}, 'won');
  await deal(rita, 'Won deal', '2026-12-03T10:00:00Z', {}, 'won');
  await deal(nick, 'Lost deal', '2026-12-04T10:00:00Z', {}, 'lost');
});

describe('deal hygiene', () => {
  it('nudges each owner once a day about slipped and stuck deals, with buttons to open them', async () => {
    h.clock.set('2026-12-07T08:00:00Z'); // Monday 09:00 Berlin, 03:00 New York
    expect(await runDealHygiene(h.deps, h.tenantId, h.clock.now())).toMatchObject({ sent: 1, quiet: 1 });
    const [dm] = h.dmsTo(rita);
    if (!dm) throw new Error('no DM');
    expect(dm.card.title).toBe('2 deals need attention');
    expect(fallbackText(dm.card)).toMatch(
      /Slipped deal · €10,000.00 — close date passed 6 days ago \(Dec 1, 2026\)\n.*Stuck deal · €10,000.00 — 12 days in Proposal \(limit 5\)/,
    );
    const list = dm.card.blocks.find((b) => b.type === 'list');
    if (list?.type !== 'list') throw new Error('no list');
    const open = list.items[0]?.buttons?.[0];
    expect(open?.action).toEqual({ id: 'deal.show', value: { id: deals['Slipped deal']?.id } });
    const shown = await h.kontakt.action(h.as('rita'), open?.action.id ?? '', open?.action.value ?? {});
    expect(cardOf(shown).title).toMatch(/Slipped deal/);

    expect(await runDealHygiene(h.deps, h.tenantId, h.clock.now())).toMatchObject({ sent: 0, duplicates: 1 });
    h.clock.set('2026-12-07T14:00:00Z'); // 09:00 in New York
    await runDealHygiene(h.deps, h.tenantId, h.clock.now());
    expect(h.dmsTo(nick).map((d) => d.text.split('\n')[0])).toEqual(['1 deal needs attention']);
    expect(h.dmsTo(rita)).toHaveLength(1);
  });
});

describe('weekly manager digest', () => {
  it('goes to the manager on Monday at the start of their day, about their team', async () => {
    h.clock.set('2026-11-30T08:00:00Z');
    const tenant = await h.repos.tenants.get(h.tenantId);
    if (!tenant) throw new Error('no tenant');
    await takeForecastSnapshot(h.repos, tenant, h.clock.now());

    h.clock.set('2026-12-07T07:45:00Z'); // 08:45: not yet
    expect(await runWeeklyDigest(h.deps, h.tenantId, h.clock.now())).toMatchObject({ sent: 0, quiet: 1 });
    h.clock.set('2026-12-07T08:00:00Z');
    expect(await runWeeklyDigest(h.deps, h.tenantId, h.clock.now())).toMatchObject({ sent: 1 });
    const digests = h.dmsTo(mia).filter((d) => d.card.title === 'Your team this week');
    expect(digests).toHaveLength(1);
    const text = digests[0]?.text ?? '';
    expect(text).toMatch(/Weekly digest for 2 people · Dec 7, 2026/);
    expect(text).toMatch(/1 account without contact for over twice its cadence\n• Forgotten AG · rita/);
    expect(text).not.toMatch(/Slightly Late KG/);
    expect(text).toMatch(
      /2 close dates slipped\n• Slipped deal · €10,000.00 — rita · close date passed 6 days ago/,
    );
    expect(text).toMatch(/• NY deal · €10,000.00 — nick · close date passed 3 days ago/);
    expect(text).toMatch(/1 deal stuck in its stage\n• Stuck deal/);
    expect(text).toMatch(/1 deal won in the last 7 days\n• Won deal · €10,000.00 — rita · Dec 3, 2026/);
    expect(text).not.toMatch(/Old win/);
    expect(text).toMatch(
      /1 deal lost in the last 7 days\n• Lost deal · €10,000.00 — nick · Dec 4, 2026 · Budget cut/,
    );
    expect(text).toMatch(/Weighted forecast 2026-Q4: .* since last week, was /);

    h.clock.set('2026-12-08T08:00:00Z'); // Tuesday: nothing
    expect(await runWeeklyDigest(h.deps, h.tenantId, h.clock.now())).toMatchObject({
      sent: 0,
      duplicates: 0,
    });
    h.clock.set('2026-12-07T12:00:00Z'); // Monday again: once
    expect(await runWeeklyDigest(h.deps, h.tenantId, h.clock.now())).toMatchObject({
      sent: 0,
      duplicates: 1,
    });
  });

  it('is sent in the manager’s language', async () => {
    await h.tenant.members.update(mia.id, { locale: 'de' });
    h.clock.set('2026-12-14T08:00:00Z');
    await runWeeklyDigest(h.deps, h.tenantId, h.clock.now());
    const last = h.dmsTo(mia).at(-1);
    expect(last?.card.title).toBe('Dein Team diese Woche');
    expect(last?.text).toMatch(/Wochenüberblick für 2 Personen/);
  });
});
