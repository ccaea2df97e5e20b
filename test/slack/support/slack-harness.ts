import { createHmac } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer, createHttpApp, listen } from '../../../src/bot/http/server.js';
import { type MountedSlack, mountSlack } from '../../../src/bot/slack/slack.mount.js';
import type { Kontakt } from '../../../src/commands/kontakt.js';
import type { Connection } from '../../../src/domain/db/connection.js';
import type { Repositories } from '../../../src/domain/repositories.js';
import { i18n } from '../../../src/i18n/catalog.js';
import type { ManualClock } from '../../../src/shared/clock.js';
import { createLogger } from '../../../src/shared/logger.js';
import { commandHarness } from '../../support/commands.js';
import { FakeSlack } from './fake-slack.js';

export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_TOKEN = 'xoxb-test';

export interface Workspace {
  team: string;
  enterprise?: string;
  /** Org-wide install: the tenant is the enterprise. */
  orgWide?: boolean;
}

export const T1: Workspace = { team: 'T1' };

export interface SlackHarness {
  fake: FakeSlack;
  kontakt: Kontakt;
  repos: Repositories;
  clock: ManualClock;
  slack: MountedSlack;
  baseUrl: string;
  /** POSTs a raw body to /slack/events, signed unless `headers` replace the signature. */
  post(body: string, type: string, headers?: Record<string, string>): Promise<Response>;
  command(text: string, user: string, ws?: Workspace, channel?: string): Promise<Response>;
  interact(payload: Record<string, unknown>): Promise<Response>;
  event(
    event: Record<string, unknown>,
    eventId: string,
    ws?: Workspace,
    retryNum?: number,
  ): Promise<Response>;
  close(): Promise<void>;
}

export function sign(body: string, ts = Math.floor(Date.now() / 1000), secret = SIGNING_SECRET) {
  const sig = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig };
}

let triggers = 0;
export const trigger = () => `trg-${++triggers}`;

/** Team and enterprise fields as interactivity payloads carry them. */
export const teamOf = (ws: Workspace = T1) => ({
  team: { id: ws.team, domain: ws.team.toLowerCase() },
  ...(ws.enterprise ? { enterprise: { id: ws.enterprise, name: ws.enterprise } } : {}),
  is_enterprise_install: Boolean(ws.orgWide),
});

/** The real Bolt app on Kontakt's express app, a real database, and a fake Slack. */
export async function slackHarness(
  conn: Connection,
  opts: { config?: Record<string, string | undefined> } = {},
): Promise<SlackHarness> {
  const fake = await new FakeSlack().start();
  const { kontakt, repos, clock } = await commandHarness(conn, 'unused');
  const http = createHttpApp({ engine: 'test', ping: async () => true });
  const slack = await mountSlack(http, {
    config: {
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: undefined,
      SLACK_CLIENT_ID: undefined,
      SLACK_CLIENT_SECRET: undefined,
      SLACK_STATE_SECRET: undefined,
      SLACK_API_URL: `${fake.url}/api/`,
      PUBLIC_URL: undefined,
      ...opts.config,
    },
    kontakt,
    conn,
    log: createLogger('silent'),
    clock,
    i18n,
    processBeforeResponse: true,
    clientOptions: { retryConfig: { retries: 0 } },
    botId: 'BBOT',
    botUserId: 'UBOT',
  });
  const server: Server = await listen(http, 0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const post = (body: string, type: string, headers?: Record<string, string>) =>
    fetch(`${baseUrl}/slack/events`, {
      method: 'POST',
      body,
      headers: { 'content-type': type, ...(headers ?? sign(body)) },
    });
  const form = 'application/x-www-form-urlencoded';

  return {
    fake,
    kontakt,
    repos,
    clock,
    slack,
    baseUrl,
    post,
    command(text, user, ws = T1, channel = 'C1') {
      const body = new URLSearchParams({
        command: '/crm',
        text,
        team_id: ws.team,
        team_domain: ws.team.toLowerCase(),
        ...(ws.enterprise ? { enterprise_id: ws.enterprise, enterprise_name: ws.enterprise } : {}),
        ...(ws.orgWide ? { is_enterprise_install: 'true' } : {}),
        user_id: user,
        user_name: user.toLowerCase(),
        channel_id: channel,
        channel_name: 'sales',
        trigger_id: trigger(),
        response_url: fake.responseUrl(),
        api_app_id: 'A1',
      }).toString();
      return post(body, form);
    },
    interact(payload) {
      return post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), form);
    },
    event(event, eventId, ws = T1, retryNum) {
      const body = JSON.stringify({
        token: 'verification',
        team_id: ws.team,
        ...(ws.enterprise ? { enterprise_id: ws.enterprise } : {}),
        api_app_id: 'A1',
        event,
        type: 'event_callback',
        event_id: eventId,
        event_time: 1_700_000_000,
        authorizations: [
          {
            team_id: ws.team,
            enterprise_id: ws.enterprise ?? null,
            user_id: 'UBOT',
            is_bot: true,
            is_enterprise_install: Boolean(ws.orgWide),
          },
        ],
      });
      const retry: Record<string, string> = retryNum
        ? { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout' }
        : {};
      return post(body, 'application/json', { ...sign(body), ...retry });
    },
    async close() {
      await slack.stop();
      await closeServer(server);
      await fake.stop();
    },
  };
}
