import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { closeServer, listen } from '../../../src/bot/http/server.js';
import {
  mountTeams,
  TEAMS_PATH,
  type TeamsMount,
  type TeamsMountOptions,
} from '../../../src/bot/teams/teams.mount.js';
import { createCommandLayer, type Kontakt } from '../../../src/commands/index.js';
import type { ImagePublisher } from '../../../src/commands/invocation.js';
import { createNotifierHub } from '../../../src/commands/notifier.js';
import type { Connection } from '../../../src/domain/db/connection.js';
import { createRepositories, syncIndexes } from '../../../src/domain/db/repositories.js';
import { deliveryRepository } from '../../../src/domain/deliveries/db/delivery.mongo-repository.js';
import type { Repositories } from '../../../src/domain/repositories.js';
import { i18n } from '../../../src/i18n/catalog.js';
import { manualClock } from '../../../src/shared/clock.js';
import { createLogger } from '../../../src/shared/logger.js';
import { type FakeConnector, startFakeConnector } from './fake-connector.js';

export const BOT = { id: '28:kontakt-bot', name: 'Kontakt' };

/** Who sends an activity, from where. */
export interface Sender {
  tenant: string;
  user: string;
  name?: string;
  conversation?: string;
  kind?: 'personal' | 'groupChat' | 'channel';
  locale?: string;
  timezone?: string;
  /** Channel name (channel conversations) for channelData. */
  channelName?: string;
}

export interface Reply {
  status: number;
  body: unknown;
}

export interface TeamsHarness {
  connector: FakeConnector;
  repos: Repositories;
  kontakt: Kontakt;
  mount: TeamsMount | undefined;
  url: string;
  post(activity: Record<string, unknown>, headers?: Record<string, string>): Promise<Reply>;
  message(from: Sender, text: string, extra?: Record<string, unknown>): Record<string, unknown>;
  invoke(
    from: Sender,
    name: string,
    value: unknown,
    extra?: Record<string, unknown>,
  ): Record<string, unknown>;
  close(): Promise<void>;
}

type MountConfig = TeamsMountOptions['config'];
const OPEN: MountConfig = { MICROSOFT_APP_TYPE: 'MultiTenant', TEAMS_ALLOW_UNAUTHENTICATED: 'true' };

/** The real teams-ai app on the real command layer and database, with a fake Bot Connector behind it. */
export async function startTeams(
  conn: Connection,
  config: MountConfig = OPEN,
  extra: { images?: ImagePublisher } = {},
): Promise<TeamsHarness> {
  await syncIndexes(conn);
  const repos = createRepositories(conn);
  const kontakt = createCommandLayer({
    repos,
    clock: manualClock('2026-12-04T10:00:00Z'),
    i18n,
    notify: createNotifierHub(),
    ...extra,
  });
  const connector = await startFakeConnector();
  const http = express();
  const clock = manualClock('2026-12-04T10:00:00Z');
  const mount = mountTeams(http, {
    config,
    kontakt,
    i18n,
    log: createLogger('silent'),
    deliveries: { repository: deliveryRepository(conn, clock), clock },
  });
  const server = await listen(http, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${TEAMS_PATH}`;

  const base = (from: Sender) => {
    const kind = from.kind ?? 'personal';
    const conversation = from.conversation ?? `a:${from.tenant}-${from.user}`;
    return {
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: connector.url,
      timestamp: new Date().toISOString(),
      from: { id: from.user, name: from.name ?? from.user, aadObjectId: randomUUID() },
      recipient: BOT,
      conversation: {
        id: conversation,
        conversationType: kind,
        tenantId: from.tenant,
        ...(kind === 'personal' ? {} : { isGroup: true }),
      },
      channelData: {
        tenant: { id: from.tenant },
        ...(kind === 'channel'
          ? {
              team: { id: '19:team@thread.tacv2' },
              channel: { id: conversation, name: from.channelName ?? 'General' },
            }
          : {}),
      },
      locale: from.locale ?? 'en-US',
      entities: [
        { type: 'clientInfo', locale: from.locale ?? 'en-US', timezone: from.timezone ?? 'Europe/Berlin' },
      ],
    };
  };

  return {
    connector,
    repos,
    kontakt,
    mount,
    url,
    async post(activity, headers = {}) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // plain-text bodies (401 messages) stay text
      }
      return { status: res.status, body };
    },
    message: (from, text, extra = {}) => ({ ...base(from), type: 'message', text, ...extra }),
    invoke: (from, name, value, extra = {}) => ({ ...base(from), type: 'invoke', name, value, ...extra }),
    async close() {
      await mount?.stop();
      await closeServer(server);
      await connector.close();
    },
  };
}
