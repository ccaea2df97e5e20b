import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantId } from '../../src/shared/tenant.js';
import { useTestDatabase } from '../support/database.js';
import { actions, cardText, lastCard } from './support/cards.js';
import { BOT, type Sender, startTeams, type TeamsHarness } from './support/teams-harness.js';

const db = useTestDatabase();
let h: TeamsHarness;

const ada: Sender = { tenant: 'tenant-a', user: '29:ada', name: 'Ada Lovelace' };
const gerd: Sender = { tenant: 'tenant-a', user: '29:gerd', name: 'Gerd Müller', locale: 'de-DE' };

beforeAll(async () => {
  h = await startTeams(db.conn);
  h.connector.roster.set('29:ada', { id: '29:ada', name: 'Ada Lovelace', email: 'ada@acme.example' });
  h.connector.roster.set('29:gerd', {
    id: '29:gerd',
    name: 'Gerd Müller',
    userPrincipalName: 'gerd@acme.example',
  });
});
afterAll(async () => {
  await h?.close();
});

describe('Teams text commands', () => {
  it('answers help in English with an Adaptive Card 1.5 reply in the conversation', async () => {
    h.connector.clear();
    const res = await h.post(h.message(ada, 'help'));
    expect(res.status).toBe(200);
    const [reply] = h.connector.sent();
    expect(reply?.method).toBe('POST');
    expect(reply?.path).toMatch(/^\/v3\/conversations\/a:tenant-a-29:ada\/activities\//);
    expect(reply?.body.recipient).toMatchObject({ id: '29:ada' });
    expect(reply?.body.summary).toMatch(/Kontakt — your CRM in chat/);
    const card = lastCard(h.connector);
    expect(card.version).toBe('1.5');
    expect(card.$schema).toMatch(/adaptivecards/);
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', size: 'Large', weight: 'Bolder' });
    expect(cardText(card)).toMatch(/\/crm account/);
  });

  it('answers help in German for a de-DE client and creates the member from the roster', async () => {
    h.connector.clear();
    await h.post(h.message(gerd, '/crm hilfe'));
    expect(cardText(lastCard(h.connector))).toMatch(/dein CRM im Chat/);
    expect(h.connector.calls.some((c) => c.method === 'GET' && c.path.endsWith('/members/29:gerd'))).toBe(
      true,
    );
    const tenant = h.repos.forTenant(tenantId('teams', 'tenant-a'));
    const member = await tenant.members.byPlatformUser('teams', '29:gerd');
    expect(member).toMatchObject({
      displayName: 'Gerd Müller',
      email: 'gerd@acme.example',
      locale: 'de',
      timeZone: 'Europe/Berlin',
    });
  });

  it('creates an account with `account new "Acme GmbH" --tier A` and replies with its card', async () => {
    h.connector.clear();
    await h.post(h.message(ada, 'account new "Acme GmbH" --tier A'));
    const card = lastCard(h.connector);
    expect(card.version).toBe('1.5');
    expect(card.body[0].text).toBe('Acme GmbH');
    expect(cardText(card)).toMatch(/Tier: A/);
    // The card's buttons: dialogs open directly (task/fetch), the rest are Action.Execute.
    const dialogs = actions(card, 'Action.Submit');
    expect(dialogs[0]?.data).toMatchObject({ msteams: { type: 'task/fetch' }, formId: 'log.interaction' });
    expect(await db.conn.collection('accounts').countDocuments({ name: 'Acme GmbH' })).toBe(1);
  });

  it('accepts `crm …` and a leading `/crm`, and the bot’s @mention in a channel', async () => {
    const channel: Sender = {
      ...ada,
      kind: 'channel',
      conversation: '19:sales@thread.tacv2;messageid=1700000000000',
      channelName: 'Sales',
    };
    h.connector.clear();
    const text = `<at>${BOT.name}</at> crm account new Initech --tier C`;
    const mention = { type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT };
    const res = await h.post(h.message(channel, text, { entities: [mention] }));
    expect(res.status).toBe(200);
    expect(lastCard(h.connector).body[0].text).toBe('Initech');
    expect(h.connector.sent()[0]?.conversationId).toBe('19:sales@thread.tacv2;messageid=1700000000000');

    // Without a mention entity, the <at> tag is still dropped.
    h.connector.clear();
    await h.post(h.message(channel, `<at>${BOT.name}</at>&nbsp;/crm account Initech`));
    expect(lastCard(h.connector).body[0].text).toBe('Initech');
  });

  it('stores the personal chat’s conversation reference as a JSON string', async () => {
    const tenant = h.repos.forTenant(tenantId('teams', 'tenant-a'));
    const member = await tenant.members.byPlatformUser('teams', '29:ada');
    const ref = JSON.parse(member?.conversationRef ?? 'null');
    expect(ref).toMatchObject({
      channelId: 'msteams',
      serviceUrl: h.connector.url,
      conversation: { id: 'a:tenant-a-29:ada', tenantId: 'tenant-a' },
      user: { id: '29:ada' },
      bot: { id: BOT.id },
    });
    expect(ref.activityId).toBeUndefined();
  });

  it('welcomes on install and remembers the installing user’s chat', async () => {
    const rita: Sender = { tenant: 'tenant-a', user: '29:rita', name: 'Rita' };
    h.connector.clear();
    const res = await h.post({
      ...h.message(rita, ''),
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: BOT.id }],
    });
    expect(res.status).toBe(200);
    expect(cardText(lastCard(h.connector))).toMatch(/Kontakt — your CRM in chat/);
    const member = await h.repos
      .forTenant(tenantId('teams', 'tenant-a'))
      .members.byPlatformUser('teams', '29:rita');
    expect(JSON.parse(member?.conversationRef ?? '{}').conversation.id).toBe('a:tenant-a-29:rita');
  });

  it('shows the home view (Slack’s App Home) for `home` and `übersicht`', async () => {
    h.connector.clear();
    await h.post(h.message(ada, 'home'));
    const card = lastCard(h.connector);
    expect(card.body[0].text).toBe('Hello Ada Lovelace');
    h.connector.clear();
    await h.post(h.message(gerd, '/crm übersicht'));
    expect(lastCard(h.connector).body[0].text).toBe('Hallo Gerd Müller');
  });

  it('runs nothing for an activity without a tenant, and says something went wrong', async () => {
    const before = await db.conn.collection('tenants').countDocuments();
    const orphan = h.message({ ...ada, user: '29:nobody' }, 'account new Orphan');
    h.connector.clear();
    const res = await h.post({
      ...orphan,
      conversation: { id: 'a:x', conversationType: 'personal' },
      channelData: {},
    });
    expect(res.status).toBe(200);
    expect(h.connector.sent()[0]?.body.text).toMatch(/Something went wrong on our side/);
    expect(await db.conn.collection('tenants').countDocuments()).toBe(before);
    expect(await db.conn.collection('accounts').countDocuments({ name: 'Orphan' })).toBe(0);
  });

  it('keeps tenants apart: another tenant sees none of tenant A’s accounts', async () => {
    const bob: Sender = { tenant: 'tenant-b', user: '29:bob', name: 'Bob' };
    h.connector.clear();
    await h.post(h.message(bob, 'account Acme'));
    const card = lastCard(h.connector);
    expect(card.body[0].text).not.toBe('Acme GmbH');
    expect(cardText(card)).toMatch(/Acme/);
    await h.post(h.message(bob, 'account new "Acme GmbH" --tier B'));
    expect(lastCard(h.connector).body[0].text).toBe('Acme GmbH');
    const tenants = await db.conn.collection('accounts').distinct('tenantId', { name: 'Acme GmbH' });
    expect(tenants.sort()).toEqual(['teams:tenant-a', 'teams:tenant-b']);
    // Tenant A still has its own, with tier A.
    h.connector.clear();
    await h.post(h.message(ada, 'account Acme GmbH'));
    expect(cardText(lastCard(h.connector))).toMatch(/Tier: A/);
  });
});
