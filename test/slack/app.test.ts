import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type KontaktApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/shared/logger.js';
import { useTestDatabase } from '../support/database.js';
import { FakeSlack } from './support/fake-slack.js';
import { SIGNING_SECRET, sign } from './support/slack-harness.js';

const db = useTestDatabase();
const fake = new FakeSlack();
let app: KontaktApp;
let base = '';

beforeAll(async () => {
  await fake.start();
  const config = loadConfig({
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-app',
    SLACK_API_URL: `${fake.url}/api/`,
    KONTAKT_JOBS: 'off',
  });
  app = await createApp({ config, conn: db.conn, engine: db.engine, log: createLogger('silent') });
  const server = await app.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app?.stop();
  await fake.stop();
});

const help = (user: string) => {
  const body = new URLSearchParams({
    command: '/crm',
    text: 'help',
    team_id: 'T1',
    user_id: user,
    channel_id: 'C1',
    trigger_id: `trg-${user}`,
    response_url: fake.responseUrl(),
  }).toString();
  return fetch(`${base}/slack/events`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...sign(body) },
  });
};

describe('Kontakt with SLACK_* set (production wiring)', () => {
  it('mounts Slack on the port of /healthz, registers the notifier and calls nothing at start', async () => {
    expect(fake.calls).toEqual([]);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(app.notify.has('slack')).toBe(true);
  });

  it('acks at once, answers through response_url, and learns its bot id lazily and safely', async () => {
    let failures = 1;
    fake.override((c) =>
      c.method === 'auth.test' && failures-- > 0 ? { status: 500, body: { ok: false } } : undefined,
    );
    const first = await help('U1');
    expect(first.status).toBe(200);
    await fake.responsesReached(1);
    expect(fake.responses[0]?.body.text).toMatch(/Kontakt — your CRM in chat/);

    await help('U2');
    await help('U3');
    await fake.responsesReached(3);
    // failed once (request still answered), succeeded on the next request, then cached
    expect(fake.callsOf('auth.test')).toHaveLength(2);
  });
});
