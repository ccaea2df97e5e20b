import { beforeAll, describe, expect, it } from 'vitest';
import { publishDealEvent } from '../../src/commands/handlers/alerts.js';
import type { ChannelTarget, Notifier } from '../../src/commands/notifier.js';
import type { Card } from '../../src/commands/view/card.js';
import { createAccount } from '../../src/domain/accounts/create-account.js';
import type { Deal } from '../../src/domain/deals/deal.js';
import { type CommandHarness, cardOf, commandHarness, textOf } from '../support/commands.js';
import { useTestDatabase } from '../support/database.js';
import { seedDeal, seedTeam } from '../support/forecast.js';

const db = useTestDatabase();
let h: CommandHarness;
let other: CommandHarness;
let rollout: Deal;
const sent: { tenantId: string; target: ChannelTarget; card: Card; text: string }[] = [];
const recorder: Notifier = {
  platform: 'web',
  direct: async () => {},
  channel: async (tenantId, target, card, text) => {
    sent.push({ tenantId, target, card, text });
  },
};
const inChannel = (who: string, id: string) => ({ ...h.as(who), channel: { id, name: id } });
const run = async (who: string, text: string) => h.kontakt.text(h.as(who), text);

beforeAll(async () => {
  h = await commandHarness(db.conn, 'acme-sales', '2026-12-04T10:00:00Z');
  other = await commandHarness(db.conn, 'globex-sales', '2026-12-04T10:00:00Z');
  h.notify.register(recorder);
  other.notify.register(recorder);
  const { ctx } = await seedTeam(h);
  const rita = await ctx('rita');
  const acc = await createAccount(rita, { name: 'Acme GmbH' });
  if (!acc.ok) throw new Error('setup');
  rollout = await seedDeal(rita, '2026-11-01T09:00:00Z', {
    accountId: acc.value.id,
    title: 'Rollout',
    amount: 1_100_000,
  });
  await other.kontakt.text(other.as('gina'), 'help');
  await other.kontakt.text(other.as('gina'), 'alerts #globex-deals all');
});

describe('/crm alerts', () => {
  it('lets managers subscribe a mentioned channel or the current one, to some or all kinds', async () => {
    expect(textOf(await run('mia', 'alerts <#C123|sales> won'))).toMatch(
      /#sales now receives deal alerts: wins\./,
    );
    const here = await h.kontakt.text(inChannel('mia', 'general'), 'alerts here');
    expect(textOf(here)).toMatch(/#general now receives deal alerts: stage changes, wins, losses\./);
    expect(textOf(await h.kontakt.text(inChannel('mia', 'lost-deals'), 'alerts hier verloren'))).toMatch(
      /losses/,
    );
    expect(textOf(await run('mia', 'alerts here'))).toMatch(/can’t tell which channel/);
    expect(textOf(await run('mia', 'alerts #sales bogus'))).toMatch(/alert kind “bogus”/);
  });

  it('refuses reps', async () => {
    expect(textOf(await h.kontakt.text(inChannel('rita', 'x'), 'alerts here'))).toMatch(
      /Only managers and admins/,
    );
  });

  it('lists subscriptions, with Remove buttons for managers only', async () => {
    const list = cardOf(await run('mia', 'alerts'));
    expect(textOf(await run('mia', 'alerts'))).toMatch(
      /#sales — wins\n• #general — stage changes, wins, losses/,
    );
    const rep = JSON.stringify(cardOf(await run('rita', 'alerts')));
    expect(rep).not.toContain('alerts.remove');
    const items = list.blocks.find((b) => b.type === 'list');
    if (items?.type !== 'list') throw new Error('no list');
    const lost = items.items.find((i) => i.title === '#lost-deals')?.buttons?.[0];
    if (!lost) throw new Error('no remove button');
    expect(textOf(await h.kontakt.action(h.as('rita'), lost.action.id, lost.action.value))).toMatch(
      /Only managers/,
    );
    const after = await h.kontakt.action(h.as('mia'), lost.action.id, lost.action.value);
    expect(after).toMatchObject({ kind: 'card', replace: true });
    expect(textOf(after)).not.toContain('#lost-deals');
  });

  it('posts stage moves, wins and losses only to channels subscribed to that kind, never another tenant’s', async () => {
    sent.length = 0;
    await run('rita', 'stage Rollout negotiation');
    expect(sent.map((s) => s.target.ref)).toEqual(['general']);
    expect(sent[0]?.card.title).toBe('Deal moved: Rollout');
    expect(sent[0]?.text).toMatch(/Rollout \(Acme GmbH\) moved from Lead to Negotiation/);
    sent.length = 0;
    await run('rita', 'stage Rollout won');
    expect(sent.map((s) => s.target.ref).sort()).toEqual(['C123', 'general']);
    expect(sent[0]?.card.title).toBe('Deal won: Rollout');
    expect(sent[0]?.text).toContain('€11,000.00');
    const globex = await other.kontakt.session(other.as('gina'));
    expect((await globex.ctx.repos.alerts.list()).map((x) => x.channel.ref)).toEqual(['globex-deals']);
    const tenants = new Set(sent.map((s) => s.tenantId));
    expect(tenants).toEqual(new Set(['web:acme-sales']));
  });

  it('reports unreachable channels instead of failing, and delivers the rest', async () => {
    const s = await h.kontakt.session(h.as('mia'));
    await s.ctx.repos.alerts.subscribe({ platform: 'slack', ref: 'C999' }, ['lost'], s.me.id);
    sent.length = 0;
    const lost = { ...rollout, status: 'lost' as const, stageId: 'lost' };
    const result = await publishDealEvent(s, {
      deal: lost,
      kind: 'lost',
      fromStageId: 'won',
      toStageId: 'lost',
      reason: 'budget cut',
    });
    expect(result).toEqual({ delivered: 1, failed: 1 });
    expect(sent.map((x) => x.target.ref)).toEqual(['general']);
    expect(sent[0]?.text).toMatch(/Reason: budget cut/);
  });

  it('turns a channel’s alerts off', async () => {
    expect(textOf(await run('mia', 'alerts <#C123|sales> off'))).toMatch(
      /#sales no longer receives deal alerts/,
    );
    expect(textOf(await run('mia', 'alerts <#C123|sales> off'))).toMatch(/no deal alert subscription/);
  });
});
