import type { AddressInfo } from 'node:net';
import { SocketModeReceiver } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer, createHttpApp, listen } from '../../src/bot/http/server.js';
import { createSlackApp, type SlackAppOptions } from '../../src/bot/slack/slack.app.js';
import { deliveryRepository } from '../../src/domain/deliveries/db/delivery.mongo-repository.js';
import { installationRepository } from '../../src/domain/installations/db/installation.mongo-repository.js';
import { createLogger } from '../../src/shared/logger.js';
import { commandHarness } from '../support/commands.js';
import { useTestDatabase } from '../support/database.js';
import { FakeSlack } from './support/fake-slack.js';

const db = useTestDatabase();
const fake = new FakeSlack();
let deps: SlackAppOptions['deps'];

beforeAll(async () => {
  await fake.start();
  const { kontakt, clock } = await commandHarness(db.conn, 'modes');
  deps = {
    kontakt,
    log: createLogger('silent'),
    deliveries: deliveryRepository(db.conn, clock),
    installations: installationRepository(db.conn),
  };
});
afterAll(async () => {
  await fake.stop();
});

describe('receiver modes', () => {
  it('runs the same listeners in Socket Mode and mounts no HTTP endpoint', async () => {
    const http = createHttpApp({ engine: 'test', ping: async () => true });
    const slack = createSlackApp({
      http,
      deps,
      settings: {
        appToken: 'xapp-1',
        botToken: 'xoxb-sock',
        botId: 'B',
        botUserId: 'UB',
        apiUrl: `${fake.url}/api`,
      },
    });
    expect(slack.mode).toBe('socket');
    const server = await listen(http, 0, '127.0.0.1');
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(404);
    await closeServer(server);

    // What the SocketModeClient emits for an envelope; the receiver acks over the socket.
    const acks: unknown[] = [];
    const receiver = slack.receiver as SocketModeReceiver;
    expect(receiver).toBeInstanceOf(SocketModeReceiver);
    receiver.client.emit('slack_event', {
      ack: async (response: unknown) => {
        acks.push(response);
      },
      envelope_id: 'env-1',
      type: 'slash_commands',
      body: {
        command: '/crm',
        text: 'help',
        team_id: 'T1',
        user_id: 'USOCK',
        channel_id: 'C1',
        trigger_id: 'trg-sock',
        response_url: fake.responseUrl(),
      },
    });
    await fake.responsesReached(1);
    expect(acks).toEqual([undefined]);
    expect(fake.responses[0]?.body.text).toMatch(/Kontakt — your CRM in chat/);
    expect(fake.callsOf('users.info')[0]?.token).toBe('xoxb-sock');
  });

  it('refuses to start without a token or OAuth, and over HTTP without a signing secret', () => {
    const http = createHttpApp({ engine: 'test', ping: async () => true });
    expect(() => createSlackApp({ http, deps, settings: { signingSecret: 's' } })).toThrow(
      expect.objectContaining({ code: 'slack.not_configured' }),
    );
    expect(() => createSlackApp({ http, deps, settings: { botToken: 'xoxb-1' } })).toThrow(
      expect.objectContaining({ code: 'slack.no_signing_secret' }),
    );
  });
});

describe('the worker’s Slack', () => {
  it('opens no Socket Mode connection when it only needs the notifier', async () => {
    const { mountSlack } = await import('../../src/bot/slack/slack.mount.js');
    const { kontakt, clock } = await commandHarness(db.conn, 'worker');
    fake.reset();
    const mounted = await mountSlack(createHttpApp({ engine: 'test', ping: async () => true }), {
      config: {
        SLACK_SIGNING_SECRET: undefined,
        SLACK_BOT_TOKEN: 'xoxb-worker',
        SLACK_APP_TOKEN: 'xapp-worker',
        SLACK_CLIENT_ID: undefined,
        SLACK_CLIENT_SECRET: undefined,
        SLACK_STATE_SECRET: undefined,
        SLACK_API_URL: `${fake.url}/api/`,
        PUBLIC_URL: undefined,
      },
      kontakt,
      conn: db.conn,
      log: createLogger('silent'),
      clock,
      botId: 'B',
      botUserId: 'UB',
      receive: false,
    });
    expect(mounted.slack.mode).toBe('socket');
    expect(fake.callsOf('apps.connections.open')).toEqual([]);
    await mounted.notifier.channel(
      (await import('../../src/shared/tenant.js')).tenantId('slack', 'T1'),
      { platform: 'slack', ref: 'CWORK' },
      { title: 'Digest', blocks: [] },
      'Digest',
    );
    expect(fake.callsOf('chat.postMessage')).toHaveLength(1);
    await mounted.stop();
  });
});
