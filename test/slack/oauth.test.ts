import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_SCOPES } from '../../src/bot/slack/registrations.js';
import { deriveKey, unseal } from '../../src/shared/crypto/seal.js';
import { useTestDatabase } from '../support/database.js';
import { type SlackHarness, slackHarness } from './support/slack-harness.js';

const db = useTestDatabase();
let h: SlackHarness;

beforeAll(async () => {
  h = await slackHarness(db.conn, {
    config: {
      SLACK_BOT_TOKEN: undefined,
      SLACK_CLIENT_ID: '111.222',
      SLACK_CLIENT_SECRET: 'client-secret',
      SLACK_STATE_SECRET: 'state-secret-of-the-test-app',
    },
  });
  h.fake.override((c) =>
    c.method === 'oauth.v2.access'
      ? {
          body: {
            ok: true,
            app_id: 'A1',
            authed_user: { id: 'UINSTALLER' },
            scope: BOT_SCOPES.join(','),
            token_type: 'bot',
            access_token: 'xoxb-installed-t5',
            bot_user_id: 'UB5',
            team: { id: 'T5', name: 'Team Five' },
            enterprise: null,
            is_enterprise_install: false,
          },
        }
      : undefined,
  );
});
afterAll(async () => {
  await h?.close();
});

describe('multi-workspace OAuth', () => {
  it('installs through /slack/install and /slack/oauth_redirect, then serves the workspace with its token', async () => {
    const install = await fetch(`${h.baseUrl}/slack/install`, { redirect: 'manual' });
    expect(install.status).toBe(200);
    const html = await install.text();
    const link = new URL(
      (html.match(/href="([^"]+oauth\/v2\/authorize[^"]+)"/)?.[1] ?? '').replaceAll('&amp;', '&'),
    );
    expect(link.searchParams.get('client_id')).toBe('111.222');
    expect(link.searchParams.get('scope')?.split(',').sort()).toEqual([...BOT_SCOPES].sort());
    const state = link.searchParams.get('state') ?? '';
    const cookie = (install.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(state).not.toBe('');

    const done = await fetch(
      `${h.baseUrl}/slack/oauth_redirect?code=c0de&state=${encodeURIComponent(state)}`,
      {
        headers: { cookie },
        redirect: 'manual',
      },
    );
    expect(done.status).toBe(200);
    expect(h.fake.callsOf('oauth.v2.access')[0]?.params).toMatchObject({
      code: 'c0de',
      client_id: '111.222',
    });

    // Stored encrypted: the token is not in the database in the clear, and only the app's key opens it.
    const stored = await db.conn.collection('installations').findOne({ _id: 'slack:T5' } as never);
    expect(String(stored?.payload)).toMatch(/^v1:/);
    expect(String(stored?.payload)).not.toContain('xoxb');
    const key = deriveKey('state-secret-of-the-test-app', 'slack installations');
    expect(JSON.parse(unseal(String(stored?.payload), key))).toMatchObject({
      team: { id: 'T5' },
      bot: { token: 'xoxb-installed-t5' },
    });

    h.fake.calls.length = 0;
    await h.command('help', 'UFIVE', { team: 'T5' });
    expect(h.fake.responses.at(-1)?.body.text).toMatch(/Kontakt — your CRM in chat/);
    expect(h.fake.callsOf('users.info')[0]?.token).toBe('xoxb-installed-t5');
  });

  it('runs nothing for a workspace that never installed Kontakt', async () => {
    h.fake.calls.length = 0;
    const before = h.fake.responses.length;
    const res = await h.command('account new Intruder', 'USIX', { team: 'T6' });
    expect(res.status).toBe(401);
    expect(h.fake.calls).toEqual([]);
    expect(h.fake.responses).toHaveLength(before);
    expect(await db.conn.collection('accounts').countDocuments()).toBe(0);
  });
});
