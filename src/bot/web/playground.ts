import { readFileSync } from 'node:fs';
import type { Express } from 'express';
import type { Kontakt } from '../../commands/kontakt.js';
import type { InboxStore } from '../../domain/inbox/inbox.repository.js';
import type { Member } from '../../domain/members/member.js';
import type { Repositories } from '../../domain/repositories.js';
import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import type { TenantId } from '../../shared/tenant.js';
import { createEventHub } from './event-hub.js';
import { createStreams } from './events.stream.js';
import { ensurePersonas, playgroundTenantId } from './personas.js';
import { playgroundRouter } from './playground.routes.js';
import { createWebNotifier, type WebNotifier } from './web.notifier.js';

/** Fills the playground's tenant with sample data (accounts, contacts, deals …) for its members. */
export type PlaygroundSeed = (target: { tenantId: TenantId; members: Member[] }) => Promise<void>;

export interface PlaygroundOptions {
  kontakt: Kontakt;
  repos: Repositories;
  /** Where delivered messages are kept, so direct messages survive a restart. */
  inbox: InboxStore;
  log: Logger;
  clock: Clock;
  seed?: PlaygroundSeed;
}

export interface Playground {
  /** Delivers jobs' direct messages and channel posts to the page, live. */
  notifier: WebNotifier;
  stop(): Promise<void>;
}

const asset = (file: string, type: string) => ({
  type,
  body: readFileSync(new URL(`./assets/${file}`, import.meta.url), 'utf8'),
});

/**
 * The local playground: a web chat at `/` over the same command layer as Slack and Teams, for tenant
 * `web:demo` and its fixed demo members. Mount it only when the playground is enabled.
 */
export async function mountPlayground(http: Express, opts: PlaygroundOptions): Promise<Playground> {
  await opts.inbox.init();
  await ensurePersonas(opts.repos);
  const hub = createEventHub();
  const notifier = createWebNotifier({ hub, inbox: opts.inbox, clock: opts.clock });
  const streams = createStreams(hub, notifier);
  const seed = opts.seed;
  http.use(
    playgroundRouter({
      kontakt: opts.kontakt,
      notifier,
      streams,
      clock: opts.clock,
      log: opts.log,
      assets: {
        'playground.js': asset('playground.js', 'text/javascript; charset=utf-8'),
        'playground.css': asset('playground.css', 'text/css; charset=utf-8'),
      },
      ...(seed
        ? {
            seed: async () => {
              const members = await ensurePersonas(opts.repos);
              await seed({ tenantId: playgroundTenantId, members: Object.values(members) });
              // The seed may have replaced members; roles and managers are the playground's to set.
              await ensurePersonas(opts.repos);
            },
          }
        : {}),
    }),
  );
  opts.log.info({ tenant: playgroundTenantId }, 'playground mounted at /');
  return {
    notifier,
    async stop() {
      streams.stop();
    },
  };
}
