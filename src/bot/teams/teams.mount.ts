import { TeamsAdapter } from '@microsoft/teams-ai';
import express, { type Express, type RequestHandler } from 'express';
import type { Kontakt } from '../../commands/kontakt.js';
import type { Notifier } from '../../commands/notifier.js';
import type { Config } from '../../config.js';
import type { DeliveryRepository } from '../../domain/deliveries/delivery.repository.js';
import type { Clock } from '../../shared/clock.js';
import type { Translator } from '../../shared/i18n/translator.js';
import type { Logger } from '../../shared/logger.js';
import { startClaimPruning } from '../http/claim-pruning.js';
import { createTeamsApplication } from './teams.app.js';
import { createTeamsNotifier } from './teams.notifier.js';

/** Where the Azure Bot registration's messaging endpoint points. */
export const TEAMS_PATH = '/api/messages';
/** Bot Framework activities are small; this caps what an unauthenticated sender could make us parse. */
const BODY_LIMIT = '1mb';

export interface TeamsMountOptions {
  config: Pick<
    Config,
    | 'MICROSOFT_APP_ID'
    | 'MICROSOFT_APP_PASSWORD'
    | 'MICROSOFT_APP_TYPE'
    | 'MICROSOFT_APP_TENANT_ID'
    | 'TEAMS_ALLOW_UNAUTHENTICATED'
  >;
  kontakt: Kontakt;
  i18n: Translator;
  log: Logger;
  /** With a clock: dialog submissions are claimed, so a double-clicked Save runs once. */
  deliveries?: { repository: DeliveryRepository; clock: Clock };
}

export interface TeamsMount {
  notifier: Notifier;
  /** Refuses new requests (503) and waits for the turns in flight. */
  stop(): Promise<void>;
}

/**
 * Serves Teams at `POST /api/messages` on the shared HTTP app. With MICROSOFT_APP_ID every request must
 * carry a valid Bot Framework token (else 401, nothing runs); TEAMS_ALLOW_UNAUTHENTICATED=true without an
 * app id accepts anyone (development only). With neither, nothing is mounted and `undefined` is returned.
 */
export function mountTeams(http: Express, opts: TeamsMountOptions): TeamsMount | undefined {
  const { config, log } = opts;
  const appId = config.MICROSOFT_APP_ID ?? '';
  const open = config.TEAMS_ALLOW_UNAUTHENTICATED === 'true';
  if (!appId && !open) {
    log.info('Teams is off: set MICROSOFT_APP_ID (and MICROSOFT_APP_PASSWORD) to serve /api/messages');
    return undefined;
  }
  if (!appId) {
    log.warn(
      { code: 'teams.unauthenticated' },
      `!!! TEAMS_ALLOW_UNAUTHENTICATED=true: ${TEAMS_PATH} accepts requests from ANYONE without a Bot Framework token. ` +
        'Anyone who can reach this server can act as any Teams user of any tenant. Development only. !!!',
    );
  } else if (open) {
    log.warn(
      'TEAMS_ALLOW_UNAUTHENTICATED is ignored: MICROSOFT_APP_ID is set, so Bot Framework tokens are required',
    );
  }
  const adapter = new TeamsAdapter({
    MicrosoftAppId: appId,
    MicrosoftAppPassword: appId ? (config.MICROSOFT_APP_PASSWORD ?? '') : '',
    // An empty app id (authentication off) only works with MultiTenant.
    MicrosoftAppType: appId ? config.MICROSOFT_APP_TYPE : 'MultiTenant',
    MicrosoftAppTenantId: appId ? (config.MICROSOFT_APP_TENANT_ID ?? '') : '',
  });
  const deps = {
    kontakt: opts.kontakt,
    i18n: opts.i18n,
    log,
    ...(opts.deliveries ? { deliveries: opts.deliveries.repository } : {}),
  };
  const stopPruning = opts.deliveries
    ? startClaimPruning(opts.deliveries.repository, opts.deliveries.clock, log)
    : () => {};
  const app = createTeamsApplication(adapter, appId, deps);

  let stopping = false;
  const inFlight = new Set<Promise<void>>();
  // Before the body is parsed: refuse while stopping, and refuse a request without any bearer token (the
  // adapter then validates the token itself: issuer, audience, signature).
  const gate: RequestHandler = (req, res, next) => {
    if (stopping) res.status(503).end();
    else if (appId && !/^Bearer\s+\S+/i.test(req.headers.authorization ?? '')) {
      res.status(401).send('Unauthorized Access. Request is not authorized');
    } else next();
  };
  http.post(TEAMS_PATH, gate, express.json({ limit: BODY_LIMIT }), async (req, res) => {
    const turn = adapter.process(req, res, async (ctx) => {
      await app.run(ctx);
    });
    inFlight.add(turn);
    try {
      await turn;
    } finally {
      inFlight.delete(turn);
    }
  });
  log.info({ path: TEAMS_PATH, authenticated: Boolean(appId) }, 'Teams endpoint mounted');

  return {
    notifier: createTeamsNotifier({ adapter, appId, i18n: opts.i18n }),
    async stop() {
      stopping = true;
      stopPruning();
      await Promise.allSettled([...inFlight]);
    },
  };
}
