import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/domain/accounts/create-account.js';
import type { DomainContext } from '../../src/domain/context.js';
import type { Member } from '../../src/domain/members/member.js';
import { formatMoney } from '../../src/shared/i18n/format.js';
import { type CommandHarness, cardOf, commandHarness, textOf } from '../support/commands.js';
import { useTestDatabase } from '../support/database.js';
import { seedDeal, seedInteraction, seedTeam, type TeamName } from '../support/forecast.js';

const db = useTestDatabase();
let h: CommandHarness;
let team: Record<TeamName, Member>;
let ctx: (name: TeamName) => Promise<DomainContext>;
const run = async (who: string, text: string) => h.kontakt.text(h.as(who), text);
const quotaOf = async (member: Member, months: string[]) =>
  (await (await ctx('ada')).repos.quotas.revenueFor([member.id], months)).map((q) => q.amount);

beforeAll(async () => {
  h = await commandHarness(db.conn, 'quota-co', '2026-12-04T10:00:00Z');
  ({ members: team, ctx } = await seedTeam(h));
  await h.kontakt.text(h.as('gerd', { name: 'Gerd Groß', locale: 'de' }), 'hilfe');
  const repos = (await ctx('ada')).repos;
  const gerd = await repos.members.byPlatformUser('web', 'gerd');
  if (gerd) await repos.members.update(gerd.id, { managerId: team.mia.id });
  const rita = await ctx('rita');
  const ids: string[] = [];
  for (const name of ['Acme GmbH', 'Globex', 'Initech']) {
    const acc = await createAccount(rita, { name });
    if (!acc.ok) throw new Error('setup');
    ids.push(acc.value.id);
  }
  const [acme, globex, initech] = ids as [string, string, string];
  await seedInteraction(rita, '2026-09-10T09:00:00Z', { accountId: initech });
  await seedInteraction(rita, '2026-11-03T09:00:00Z', { accountId: acme });
  await seedInteraction(rita, '2026-11-04T09:00:00Z', { accountId: globex, type: 'email' });
  await seedDeal(rita, '2026-10-01T09:00:00Z', { accountId: acme, title: 'Seats', amount: 500_000 }, [
    ['won', '2026-11-20T09:00:00Z'],
  ]);
  await seedDeal(rita, '2026-11-01T09:00:00Z', { accountId: globex, title: 'Rollout', amount: 1_100_000 });
});

describe('/crm quota set', () => {
  it('lets a manager set a report’s quota for a quarter, stored per month', async () => {
    const text = textOf(await run('mia', 'quota set @rita Q1 2027 90000'));
    expect(text).toContain('Quota of Rita Rep for Q1 2027: €90,000.00, stored per month:');
    expect(text).toContain('2027-01 | €30,000.00');
    expect(await quotaOf(team.rita, ['2027-01', '2027-02', '2027-03'])).toEqual([
      3_000_000, 3_000_000, 3_000_000,
    ]);
  });

  it('splits evenly with the remainder in the last month, and replaces an earlier quota', async () => {
    const text = textOf(await run('mia', 'quota set @rita this quarter 100.00'));
    expect(text).toContain('2026-12 | €33.34');
    await run('mia', 'quota set @rita this quarter 30000');
    expect(await quotaOf(team.rita, ['2026-10', '2026-11', '2026-12'])).toEqual([
      1_000_000, 1_000_000, 1_000_000,
    ]);
  });

  it('refuses reps, managers of other people, and bad input', async () => {
    expect(textOf(await run('rita', 'quota set @rita Q1 2027 1000'))).toMatch(
      /Only managers and admins can do that/,
    );
    expect(textOf(await run('mia', 'quota set @olga Q1 2027 5'))).toMatch(/You are not allowed to do that/);
    expect(textOf(await run('mia', 'quota set @rita Q1 2027 lots'))).toMatch(
      /name the member, the period and the amount/,
    );
    expect(textOf(await run('mia', 'quota set @rita someday 100'))).toMatch(/“someday” as a period/);
    expect(textOf(await run('mia', 'quota set @rita weekly many calls'))).toMatch(/whole number per week/);
    expect(await quotaOf(team.olga, ['2027-01'])).toEqual([]);
    expect(textOf(await run('ada', 'quota set @olga Q1 2027 5'))).toMatch(/Quota of Olga Other/);
  });

  it('reads German periods and amounts', async () => {
    const text = textOf(await run('mia', 'ziel setzen @gerd nächstes Quartal 60.000'));
    expect(text).toContain('€60,000.00');
    const shown = textOf(await h.kontakt.text(h.as('gerd'), 'ziel nächstes Quartal'));
    expect(shown).toContain(`Ziel: ${formatMoney(6_000_000, 'EUR', 'de')}`);
    expect(shown).toContain('Noch offen');
  });
});

describe('/crm quota', () => {
  it('shows quota, won, attainment and the prospecting funnel with the pace (hand-computed)', async () => {
    await run('mia', 'quota set @rita weekly 5 interactions');
    const res = await run('rita', 'quota');
    expect(cardOf(res).title).toBe('Quota · Q4 2026');
    const text = textOf(res);
    expect(text).toContain('Quota: €30,000.00');
    expect(text).toContain('Closed won: €5,000.00');
    expect(text).toContain('Attainment: 17%');
    expect(text).toContain('Still to win: €25,000.00');
    expect(text).toContain(
      '3 accounts contacted → 2 deals created → 1 deal won (€5,000.00; average won deal €5,000.00).',
    );
    expect(text).toContain('To win one customer you need about 3 contacted accounts and 2 deals.');
    // ⌈2,500,000 × 3 ÷ 500,000⌉ = 15 contacts; ⌈2,500,000 ÷ 500,000⌉ = 5 deals
    expect(text).toContain('that takes about 15 more new contacts (5 deals) in this period.');
    // 2 accounts in 64 days (9.1 weeks) of Q4; 15 in the remaining 28 days = 3.75 a week
    expect(text).toContain('Pace so far: 0.2 contacted accounts a week (2 in 9.1 weeks).');
    expect(text).toContain('Needed from now on: 3.8 a week for the remaining 4 weeks.');
    // 5 a week × 64/7 weeks = 45.7; 2 logged
    expect(text).toMatch(/Rita Rep: interactions — 2 of 45\.7 so far \(5 a week × 9\.1 weeks\) · 4%/);
  });

  it('shows a manager the team and refuses a rep someone else’s quota', async () => {
    const text = textOf(await run('mia', 'quota --team next quarter'));
    expect(text).toMatch(/Rita Rep \| €90,000\.00 \| €0\.00 \| 0% \| €90,000\.00/);
    expect(text).toMatch(/Gerd Groß \| €60,000\.00/);
    expect(textOf(await run('rita', 'quota @sam'))).toMatch(/not allowed/);
  });
});
