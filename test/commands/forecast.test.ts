import { beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../src/commands/view/card.js';
import { createAccount } from '../../src/domain/accounts/create-account.js';
import type { DomainContext } from '../../src/domain/context.js';
import { moveDealStage } from '../../src/domain/deals/move-deal-stage.js';
import { chartData } from '../../src/domain/forecasts/chart.js';
import { buildForecast } from '../../src/domain/forecasts/forecast.service.js';
import { relativeQuarter } from '../../src/domain/forecasts/period.js';
import { monthLabel } from '../../src/domain/forecasts/period-title.js';
import { takeForecastSnapshot } from '../../src/domain/forecasts/take-snapshot.js';
import type { Member } from '../../src/domain/members/member.js';
import type { Tenant } from '../../src/domain/tenants/tenant.js';
import { formatMoney } from '../../src/shared/i18n/format.js';
import { type CommandHarness, cardOf, commandHarness, textOf } from '../support/commands.js';
import { useTestDatabase } from '../support/database.js';
import { at, pngSize, seedDeal, seedTeam, type TeamName } from '../support/forecast.js';

const db = useTestDatabase();
let h: CommandHarness;
let team: Record<TeamName, Member>;
let ctx: (name: TeamName) => Promise<DomainContext>;
let samDeal: string;
const eur = (minor: number) => formatMoney(minor, 'EUR', 'en');
const run = async (who: string, text: string, locale?: 'de') =>
  h.kontakt.text(h.as(who, locale ? { locale } : {}), text);

beforeAll(async () => {
  h = await commandHarness(db.conn, 'acme-sales', '2026-12-04T10:00:00Z');
  ({ members: team, ctx } = await seedTeam(h));
  const rita = await ctx('rita');
  const acc = await createAccount(rita, { name: 'Acme GmbH' });
  if (!acc.ok) throw new Error('setup');
  const acme = { accountId: acc.value.id };
  await seedDeal(rita, '2026-10-01T09:00:00Z', { ...acme, title: 'Seats', amount: 500_000 }, [
    ['won', '2026-11-20T09:00:00Z'],
  ]);
  await seedDeal(rita, '2026-11-01T09:00:00Z', {
    ...acme,
    title: 'Rollout',
    amount: 1_100_000,
    stage: 'negotiation',
    expectedCloseDate: '2026-12-20',
  });
  const sam = await seedDeal(await ctx('sam'), '2026-11-01T09:00:00Z', {
    ...acme,
    title: 'Pilot',
    amount: 120_000,
    stage: 'proposal',
    expectedCloseDate: '2026-12-31',
  });
  samDeal = sam.id;
  await seedDeal(await ctx('olga'), '2026-11-01T09:00:00Z', {
    ...acme,
    title: 'Side',
    amount: 700_000,
    expectedCloseDate: '2026-12-05',
  });
  await seedDeal(rita, '2026-11-01T09:00:00Z', {
    ...acme,
    title: 'Export',
    amount: 300_000,
    currency: 'USD',
    expectedCloseDate: '2026-12-10',
  });
});

const image = (blocks: Block[]) => {
  const b = blocks.find((x) => x.type === 'image');
  if (b?.type !== 'image') throw new Error('no chart');
  return b;
};

describe('/crm forecast: who sees what', () => {
  it('shows a rep their own numbers for this quarter with a chart', async () => {
    const res = await run('rita', '/crm forecast');
    const c = cardOf(res);
    expect(c.title).toBe('Forecast · Q4 2026');
    expect(c.subtitle).toBe('Rita Rep');
    const text = textOf(res);
    expect(text).toContain(`Closed won: ${eur(500_000)}`);
    expect(text).toContain(`Commit: ${eur(1_600_000)}`);
    expect(text).toContain(`Open pipeline: ${eur(1_100_000)}`);
    expect(text).toContain(`Weighted: ${eur(1_270_000)}`); // 500,000 + 1,100,000 × 0.7
    expect(text).toMatch(/1 deal in another currency than EUR/);
    expect(text).toMatch(/Export — \$3,000\.00 · Rita Rep · open/);
    expect(text).toMatch(/No snapshot from a week ago yet/);
    expect(text).not.toContain('Sam Seller');
    const { width, height } = pngSize(image(c.blocks).png);
    expect(width).toBeGreaterThan(500);
    expect(height).toBeGreaterThan(400);
  });

  it('refuses someone else’s numbers without the right, clearly', async () => {
    for (const ask of ['forecast @sam', 'forecast <@sam>', 'forecast @olga next quarter']) {
      const text = textOf(await run('rita', ask));
      expect(text, ask).toMatch(/You are not allowed to do that/);
      expect(text, ask).toMatch(/You can see your own numbers/);
    }
    expect(textOf(await run('rita', 'forecast --team'))).toMatch(/Only managers and admins can do that/);
    expect(textOf(await run('mia', 'forecast @olga'))).toMatch(/not allowed/);
    expect(textOf(await run('mia', 'forecast --all'))).toMatch(/Only admins can do that/);
    expect(textOf(await run('rita', 'forecast --everybody'))).toMatch(/--everybody/);
  });

  it('shows a manager their team (themself and their reports) and a report on request', async () => {
    const res = await run('mia', 'forecast');
    expect(cardOf(res).subtitle).toBe('Team of Mia Manager (3 people)');
    const text = textOf(res);
    expect(text).toMatch(/Rita Rep \| €5,000\.00 \| €16,000\.00/);
    expect(text).toMatch(/Sam Seller \| €0\.00 \| €0\.00 \| €1,200\.00/);
    expect(text).not.toContain('Olga');
    expect(text).toContain(`Best case: ${eur(1_720_000)}`);
    expect(cardOf(await run('mia', 'forecast @rita')).subtitle).toBe('Rita Rep');
  });

  it('shows an admin everyone', async () => {
    const res = await run('ada', 'forecast');
    expect(cardOf(res).subtitle).toBe('Everyone (5 people)');
    expect(textOf(res)).toContain(`Open pipeline: ${eur(1_920_000)}`);
    expect(cardOf(await run('ada', 'forecast @olga')).subtitle).toBe('Olga Other');
  });
});

describe('/crm forecast: periods in both languages', () => {
  it('reads English and German periods and titles them in the member’s language', async () => {
    expect(cardOf(await run('mia', 'forecast next quarter')).title).toBe('Forecast · Q1 2027');
    expect(cardOf(await run('gerd', 'prognose nächstes Quartal', 'de')).title).toBe('Prognose · Q1 2027');
    expect(cardOf(await run('gerd', 'prognose Dezember 2026', 'de')).title).toBe('Prognose · Dezember 2026');
    const de = textOf(await run('gerd', 'prognose dieses Quartal', 'de'));
    expect(de).toContain(`Gewonnen: ${formatMoney(0, 'EUR', 'de')}`);
    expect(de).toMatch(/aus 1 Deal, der seit 04\.12\.2025 abgeschlossen wurde/);
  });

  it('answers an unknown period with examples', async () => {
    expect(textOf(await run('rita', 'forecast someday'))).toMatch(
      /“someday” as a period\. Try: this quarter/,
    );
    expect(textOf(await run('gerd', 'prognose irgendwann', 'de'))).toMatch(
      /„irgendwann“ verstehe ich nicht als Zeitraum\. Versuch: dieses Quartal/,
    );
  });
});

describe('/crm forecast: chart and text agree', () => {
  it('builds the chart data from the figures the text shows', async () => {
    const c = await ctx('mia');
    const period = relativeQuarter({
      now: c.clock.now(),
      timeZone: c.settings.timeZone,
      fiscalYearStartMonth: 1,
    });
    const ids = [team.mia.id, team.rita.id, team.sam.id];
    const report = await buildForecast(c.repos, c.settings, period, ids, c.clock.now());
    const labels = {
      won: 'W',
      commit: 'C',
      bestCase: 'B',
      pipeline: 'P',
      quota: 'Q',
      month: 'M',
      amount: 'A',
    };
    const { bars } = chartData(report.months, {
      currency: 'EUR',
      locale: 'en',
      labels,
      monthLabel: (m) => monthLabel(m, 'en'),
    });
    const sum = (series: string[]) =>
      bars.filter((b) => series.includes(b.series)).reduce((a, b) => a + b.minor, 0);
    const text = textOf(await run('mia', 'forecast'));
    expect(text).toContain(`Closed won: ${eur(sum(['W']))}`);
    expect(text).toContain(`Commit: ${eur(sum(['W', 'C']))}`);
    expect(text).toContain(`Best case: ${eur(sum(['W', 'C', 'B']))}`);
    expect(text).toContain(`Open pipeline: ${eur(sum(['C', 'B', 'P']))}`);
  });
});

describe('/crm forecast: change since last week', () => {
  it('compares with the newest snapshot at least seven days old', async () => {
    const c = await ctx('ada');
    const tenant = (await h.repos.tenants.get(c.repos.tenantId)) as Tenant;
    expect(await takeForecastSnapshot(h.repos, tenant, h.clock.now())).toMatchObject({ existing: 0 });
    expect(await takeForecastSnapshot(h.repos, tenant, h.clock.now())).toMatchObject({ written: 0 });
    h.clock.set('2026-12-08T10:00:00Z');
    expect(textOf(await run('mia', 'forecast'))).toMatch(/No snapshot from a week ago yet/);
    h.clock.set('2026-12-11T10:00:00Z');
    const moved = await moveDealStage(at(await ctx('sam'), '2026-12-11T09:00:00Z'), samDeal, 'negotiation');
    expect(moved.ok).toBe(true);
    const text = textOf(await run('mia', 'forecast'));
    expect(text).toContain(`Commit: ${eur(1_720_000)} (+${eur(120_000)})`);
    expect(text).toContain(`Best case: ${eur(1_720_000)} (±0)`);
    expect(text).toContain('In brackets: change since the snapshot of Dec 4, 2026.');
    expect(text).toMatch(/Sam Seller \|.*\| \+€1,200\.00$/m);
  });
});
