import type { Server } from 'node:http';
import type { Express } from 'express';
import { imagePublisher, mountImages } from './bot/http/images.js';
import { closeServer, createHttpApp, listen } from './bot/http/server.js';
import { mountSlack } from './bot/slack/slack.mount.js';
import { mountTeams } from './bot/teams/teams.mount.js';
import { mountPlayground, type PlaygroundSeed } from './bot/web/playground.js';
import { createCommandLayer, type Kontakt } from './commands/index.js';
import { createNotifierHub, type NotifierHub } from './commands/notifier.js';
import { type Config, playgroundEnabled, slackEnabled, teamsEnabled } from './config.js';
import type { Connection } from './domain/db/connection.js';
import { pingConnection } from './domain/db/connection.js';
import { createRepositories, syncIndexes } from './domain/db/repositories.js';
import { deliveryRepository } from './domain/deliveries/db/delivery.mongo-repository.js';
import { imageRepository } from './domain/images/db/image.mongo-repository.js';
import { createInboxStore } from './domain/inbox/db/inbox.mongo-repository.js';
import type { Repositories } from './domain/repositories.js';
import { i18n } from './i18n/catalog.js';
import { createJobRunner } from './jobs/care-tick.job.js';
import { createJobDeps } from './jobs/job-deps.js';
import { createScheduler, type Scheduler } from './jobs/scheduler.js';
import { type Clock, systemClock } from './shared/clock.js';
import type { Logger } from './shared/logger.js';

export interface AppOptions {
  config: Config;
  conn: Connection;
  engine: string;
  log: Logger;
  clock?: Clock;
  /** Sample data behind the playground's "Load demo data" button; no button without it. */
  playgroundSeed?: PlaygroundSeed;
  /** `false` for `npm run worker`: Slack's notifier only, without a Socket Mode connection. */
  receive?: boolean;
}

/** Everything Kontakt runs, wired once: repositories, the command layer, the HTTP surfaces. */
export interface KontaktApp {
  http: Express;
  repos: Repositories;
  kontakt: Kontakt;
  notify: NotifierHub;
  clock: Clock;
  listen(port: number, host: string): Promise<Server>;
  /**
   * Starts the Agenda scheduler (reminders, nudges, digests, snapshots) on the app's connection, once;
   * `stop()` stops it first. Call it after the adapters mounted, so their notifiers are registered.
   */
  startJobs(): Promise<Scheduler>;
  stop(): Promise<void>;
}

export async function createApp(opts: AppOptions): Promise<KontaktApp> {
  const clock = opts.clock ?? systemClock;
  await syncIndexes(opts.conn);
  const repos = createRepositories(opts.conn);
  const notify = createNotifierHub();
  const jobDeps = createJobDeps({ repos, notify, clock, log: opts.log, i18n });
  const images = imageRepository(opts.conn);
  const publicUrl = opts.config.PUBLIC_URL;
  const kontakt = createCommandLayer(
    {
      repos,
      clock,
      i18n,
      notify,
      ...(publicUrl ? { images: imagePublisher(images, publicUrl, clock) } : {}),
    },
    opts.log,
    { jobs: createJobRunner(jobDeps) },
  );
  const http = createHttpApp({ engine: opts.engine, ping: () => pingConnection(opts.conn) });
  mountImages(http, images);
  const stops: (() => Promise<void>)[] = [];
  let server: Server | undefined;
  let scheduler: Scheduler | undefined;
  const receive = opts.receive !== false;
  // The worker keeps the playground's notifier too: DMs to demo members are stored for their next visit.
  const playground = playgroundEnabled(opts.config)
    ? await mountPlayground(http, {
        kontakt,
        repos,
        inbox: createInboxStore(opts.conn),
        log: opts.log,
        clock,
        ...(opts.playgroundSeed ? { seed: opts.playgroundSeed } : {}),
      })
    : undefined;
  if (playground) {
    notify.register(playground.notifier);
    stops.push(playground.stop);
  }
  const teams = teamsEnabled(opts.config)
    ? mountTeams(http, {
        config: opts.config,
        kontakt,
        i18n,
        log: opts.log,
        deliveries: { repository: deliveryRepository(opts.conn, clock), clock },
      })
    : undefined;
  if (teams) {
    notify.register(teams.notifier);
    stops.push(teams.stop);
  }
  const slack = slackEnabled(opts.config)
    ? await mountSlack(http, {
        config: opts.config,
        kontakt,
        conn: opts.conn,
        log: opts.log,
        clock,
        i18n,
        receive,
      })
    : undefined;
  if (slack) {
    notify.register(slack.notifier);
    stops.push(slack.stop);
  }

  return {
    http,
    repos,
    kontakt,
    notify,
    clock,
    async listen(port, host) {
      server = await listen(http, port, host);
      if (playground) {
        const address = server.address();
        const bound = typeof address === 'object' && address ? address.port : port;
        const shown = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
        opts.log.info(`Playground: open http://${shown}:${bound}/ in your browser`);
      }
      return server;
    },
    async startJobs() {
      if (!scheduler) {
        const started = createScheduler({
          conn: opts.conn,
          repos,
          notify,
          clock,
          log: opts.log,
          i18n,
          deps: jobDeps,
        });
        await started.start();
        scheduler = started;
        stops.push(() => started.stop());
      }
      return scheduler;
    },
    async stop() {
      for (const stop of stops.reverse()) await stop();
      if (server) await closeServer(server);
    },
  };
}
