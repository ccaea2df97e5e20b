import type { Server } from 'node:http';
import type { Express } from 'express';
import { closeServer, createHttpApp, listen } from './bot/http/server.js';
import { createCommandLayer, type Kontakt } from './commands/index.js';
import { createNotifierHub, type NotifierHub } from './commands/notifier.js';
import type { Config } from './config.js';
import type { Connection } from './domain/db/connection.js';
import { pingConnection } from './domain/db/connection.js';
import { createRepositories, syncIndexes } from './domain/db/repositories.js';
import type { Repositories } from './domain/repositories.js';
import { i18n } from './i18n/catalog.js';
import { type Clock, systemClock } from './shared/clock.js';
import type { Logger } from './shared/logger.js';

export interface AppOptions {
  config: Config;
  conn: Connection;
  engine: string;
  log: Logger;
  clock?: Clock;
}

/** Everything Kontakt runs, wired once: repositories, the command layer, the HTTP surfaces. */
export interface KontaktApp {
  http: Express;
  repos: Repositories;
  kontakt: Kontakt;
  notify: NotifierHub;
  clock: Clock;
  listen(port: number, host: string): Promise<Server>;
  stop(): Promise<void>;
}

export async function createApp(opts: AppOptions): Promise<KontaktApp> {
  const clock = opts.clock ?? systemClock;
  await syncIndexes(opts.conn);
  const repos = createRepositories(opts.conn);
  const notify = createNotifierHub();
  const kontakt = createCommandLayer({ repos, clock, i18n, notify }, opts.log);
  const http = createHttpApp({ engine: opts.engine, ping: () => pingConnection(opts.conn) });
  const stops: (() => Promise<void>)[] = [];
  let server: Server | undefined;

  return {
    http,
    repos,
    kontakt,
    notify,
    clock,
    async listen(port, host) {
      server = await listen(http, port, host);
      return server;
    },
    async stop() {
      for (const stop of stops.reverse()) await stop();
      if (server) await closeServer(server);
    },
  };
}
