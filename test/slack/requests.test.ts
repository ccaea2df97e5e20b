import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { installationRepository } from '../../src/domain/installations/db/installation.mongo-repository.js';
import { tenantId } from '../../src/shared/tenant.js';
import { useTestDatabase } from '../support/database.js';
import { type SlackHarness, sign, slackHarness } from './support/slack-harness.js';

const db = useTestDatabase();
let h: SlackHarness;

beforeAll(async () => {
  h = await slackHarness(db.conn);
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.fake.reset());

const commandBody = (text: string) =>
  new URLSearchParams({
    command: '/crm',
    text,
    team_id: 'T1',
    user_id: 'UEVE',
    user_name: 'eve',
    channel_id: 'C1',
    trigger_id: 'trg-x',
    response_url: 'http://127.0.0.1:9/respond/x',
  }).toString();
const form = 'application/x-www-form-urlencoded';

describe('request verification', () => {
  it('rejects a bad signature, a missing one and a stale timestamp with 401, running nothing', async () => {
    const body = commandBody('account new Evil');
    const good = sign(body);
    const bad = await h.post(body, form, { ...good, 'x-slack-signature': `v0=${'0'.repeat(64)}` });
    const missing = await h.post(body, form, {});
    const stale = await h.post(body, form, sign(body, Math.floor(Date.now() / 1000) - 6 * 60));
    const otherSecret = await h.post(body, form, sign(body, undefined, 'not-the-secret'));
    expect([bad.status, missing.status, stale.status, otherSecret.status]).toEqual([401, 401, 401, 401]);
    expect(h.fake.calls).toEqual([]);
    expect(h.fake.responses).toEqual([]);
    expect(await db.conn.collection('accounts').countDocuments()).toBe(0);
    expect(await db.conn.collection('members').countDocuments()).toBe(0);
  });

  it('shares the port with /healthz', async () => {
    const res = await fetch(`${h.baseUrl}/healthz`);
    expect(res.status).toBe(200);
  });

  it('answers Slack’s URL verification challenge', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' });
    const res = await h.post(body, 'application/json');
    expect(await res.json()).toEqual({ challenge: 'abc123' });
  });
});

describe('event delivery', () => {
  it('handles an event once, even when Slack delivers it again with X-Slack-Retry-Num', async () => {
    const event = { type: 'app_home_opened', user: 'UNEW', channel: 'D1', tab: 'home' };
    const first = await h.event(event, 'EvDup1');
    const retry = await h.event(event, 'EvDup1', undefined, 1);
    const again = await h.event(event, 'EvDup1', undefined, 2);
    expect([first.status, retry.status, again.status]).toEqual([200, 200, 200]);
    expect(h.fake.callsOf('views.publish')).toHaveLength(1);
    expect(h.fake.callsOf('users.info')).toHaveLength(1);
    expect(await db.conn.collection('members').countDocuments({ platformUserId: 'UNEW' })).toBe(1);
    expect(
      await db.conn.collection('deliveries').countDocuments({ _id: 'slack:event:EvDup1' } as never),
    ).toBe(1);
  });

  it('retries an event whose first delivery failed', async () => {
    h.fake.override((c) => (c.method === 'views.publish' ? { status: 500, body: { ok: false } } : undefined));
    const event = { type: 'app_home_opened', user: 'UNEW', channel: 'D1', tab: 'home' };
    const failed = await h.event(event, 'EvFail1');
    expect(failed.status).toBe(500);
    h.fake.reset();
    await h.event(event, 'EvFail1', undefined, 1);
    expect(h.fake.callsOf('views.publish')).toHaveLength(1);
  });

  it('forgets the installation when the app is uninstalled or its bot token revoked', async () => {
    const installs = installationRepository(db.conn);
    await installs.save(
      tenantId('slack', 'T1'),
      JSON.stringify({ team: { id: 'T1' }, bot: { token: 'xoxb-1' } }),
    );
    await installs.save(
      tenantId('slack', 'T2'),
      JSON.stringify({ team: { id: 'T2' }, bot: { token: 'xoxb-2' } }),
    );
    await h.event({ type: 'app_uninstalled' }, 'EvUn1');
    expect(await installs.get(tenantId('slack', 'T1'))).toBeNull();
    expect(await installs.get(tenantId('slack', 'T2'))).not.toBeNull();

    await h.event({ type: 'tokens_revoked', tokens: { oauth: ['U5'] } }, 'EvRev1', { team: 'T2' });
    expect(await installs.get(tenantId('slack', 'T2'))).not.toBeNull();
    await h.event({ type: 'tokens_revoked', tokens: { bot: ['UBOT'] } }, 'EvRev2', { team: 'T2' });
    expect(await installs.get(tenantId('slack', 'T2'))).toBeNull();
  });
});
