import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationRef } from '../../src/bot/teams/teams-conversation.js';
import { card } from '../../src/commands/view/card.js';
import { tenantId } from '../../src/shared/tenant.js';
import { useTestDatabase } from '../support/database.js';
import { cardText, lastCard } from './support/cards.js';
import { type Sender, startTeams, type TeamsHarness } from './support/teams-harness.js';

const db = useTestDatabase();
let h: TeamsHarness;
const ada: Sender = { tenant: 'tenant-e', user: '29:ada', name: 'Ada', locale: 'de-DE' };
const tenantE = tenantId('teams', 'tenant-e');
const reminder = card('Erinnerung', [{ type: 'text', text: 'Ruf **Acme GmbH** an' }]);

beforeAll(async () => {
  h = await startTeams(db.conn);
  await h.post(h.message(ada, 'hilfe'));
});
afterAll(async () => {
  await h?.close();
});

const notifier = () => {
  if (!h.mount) throw new Error('Teams is not mounted');
  return h.mount.notifier;
};

describe('Teams notifier (proactive messages)', () => {
  it('sends a card to a member’s personal chat from the stored conversation reference', async () => {
    const member = await h.repos.forTenant(tenantE).members.byPlatformUser('teams', '29:ada');
    if (!member) throw new Error('member not created');
    h.connector.clear();
    await notifier().direct(tenantE, member, reminder, 'Ruf Acme GmbH an');
    const [sent] = h.connector.sent();
    expect(sent?.method).toBe('POST');
    expect(sent?.conversationId).toBe('a:tenant-e-29:ada');
    expect(sent?.body.summary).toBe('Ruf Acme GmbH an');
    const shown = lastCard(h.connector);
    expect(shown.version).toBe('1.5');
    expect(cardText(shown)).toMatch(/Ruf \*\*Acme GmbH\*\* an/);
  });

  it('refuses a member without a personal chat with a coded error, sending nothing', async () => {
    const tenant = h.repos.forTenant(tenantE);
    const rita = await tenant.members.ensure(
      { platform: 'teams', platformUserId: '29:rita', displayName: 'Rita' },
      { timeZone: 'Europe/Berlin', locale: 'de' },
    );
    h.connector.clear();
    await expect(notifier().direct(tenantE, rita, reminder, 'x')).rejects.toMatchObject({
      code: 'notify.undeliverable',
      message: expect.stringMatching(/^teams.no_conversation/),
    });
    expect(h.connector.calls).toHaveLength(0);
  });

  it('never sends a reference into another tenant', async () => {
    const member = await h.repos.forTenant(tenantE).members.byPlatformUser('teams', '29:ada');
    if (!member) throw new Error('member not created');
    h.connector.clear();
    await expect(
      notifier().direct(tenantId('teams', 'tenant-x'), member, reminder, 'x'),
    ).rejects.toMatchObject({
      code: 'teams.tenant_mismatch',
    });
    expect(h.connector.calls).toHaveLength(0);
  });

  it('posts to a channel from its serialized reference', async () => {
    const channel = {
      ...h.message(
        { ...ada, kind: 'channel', conversation: '19:sales@thread.tacv2;messageid=1733300000000' },
        'deal alerts here',
      ),
    };
    const ref = conversationRef(channel, { keepUser: false });
    h.connector.clear();
    await notifier().channel(tenantE, { platform: 'teams', ref }, card('Deal won', []), 'Deal won');
    const [sent] = h.connector.sent();
    expect(sent?.conversationId).toBe('19:sales@thread.tacv2');
    expect(lastCard(h.connector).body[0].text).toBe('Deal won');
  });
});
