import type { Express } from 'express';
import type { Kontakt } from '../../commands/kontakt.js';
import type { Notifier } from '../../commands/notifier.js';
import type { Config } from '../../config.js';
import type { Connection } from '../../domain/db/connection.js';
import { deliveryModel } from '../../domain/deliveries/db/delivery.model.js';
import { deliveryRepository } from '../../domain/deliveries/db/delivery.mongo-repository.js';
import { installationModel } from '../../domain/installations/db/installation.model.js';
import { installationRepository } from '../../domain/installations/db/installation.mongo-repository.js';
import { sealedInstallations } from '../../domain/installations/sealed-installation.repository.js';
import type { Clock } from '../../shared/clock.js';
import { deriveKey } from '../../shared/crypto/seal.js';
import type { Translator } from '../../shared/i18n/translator.js';
import type { Logger } from '../../shared/logger.js';
import { startClaimPruning } from '../http/claim-pruning.js';
import { createSlackApp, type SlackApp, type SlackAppOptions } from './slack.app.js';
import { createSlackNotifier } from './slack.notifier.js';
import type { Sleep } from './throttle.js';

/** Claims of handled deliveries are kept a day (Slack retries within minutes), pruned hourly. */

export interface MountSlackOptions {
  config: Pick<
    Config,
    | 'SLACK_SIGNING_SECRET'
    | 'SLACK_BOT_TOKEN'
    | 'SLACK_APP_TOKEN'
    | 'SLACK_CLIENT_ID'
    | 'SLACK_CLIENT_SECRET'
    | 'SLACK_STATE_SECRET'
    | 'SLACK_API_URL'
    | 'PUBLIC_URL'
  >;
  kontakt: Kontakt;
  conn: Connection;
  log: Logger;
  clock: Clock;
  i18n?: Translator;
  /** Tests: answer HTTP only after the listeners ran. */
  processBeforeResponse?: boolean;
  /** Tests: a short retry policy, and bot ids so that nothing calls auth.test. */
  clientOptions?: SlackAppOptions['clientOptions'];
  botId?: string;
  botUserId?: string;
  /** Tests: the notifier's throttle sleeps through this. */
  sleep?: Sleep;
  /**
   * `false` in `npm run worker`: only the notifier is needed there, so no Socket Mode connection is
   * opened (Slack would otherwise hand the worker commands meant for the web processes).
   */
  receive?: boolean;
}

export interface MountedSlack {
  notifier: Notifier;
  slack: SlackApp;
  stop(): Promise<void>;
}

/** Puts Kontakt into Slack: the Bolt app on `http` (or Socket Mode) and the Slack notifier. */
export async function mountSlack(http: Express, opts: MountSlackOptions): Promise<MountedSlack> {
  await Promise.all([installationModel(opts.conn).init(), deliveryModel(opts.conn).init()]);
  // Workspace tokens are encrypted at rest with a key derived from SLACK_STATE_SECRET (OAuth installs).
  const stored = installationRepository(opts.conn);
  const stateSecret = opts.config.SLACK_STATE_SECRET;
  const installations = stateSecret
    ? sealedInstallations(stored, deriveKey(stateSecret, 'slack installations'))
    : stored;
  const deliveries = deliveryRepository(opts.conn, opts.clock);
  const c = opts.config;
  const slack = createSlackApp({
    http,
    settings: {
      signingSecret: c.SLACK_SIGNING_SECRET,
      botToken: c.SLACK_BOT_TOKEN,
      appToken: c.SLACK_APP_TOKEN,
      clientId: c.SLACK_CLIENT_ID,
      clientSecret: c.SLACK_CLIENT_SECRET,
      stateSecret: c.SLACK_STATE_SECRET,
      apiUrl: c.SLACK_API_URL,
      publicUrl: c.PUBLIC_URL,
      botId: opts.botId,
      botUserId: opts.botUserId,
    },
    deps: { kontakt: opts.kontakt, log: opts.log, deliveries, installations },
    ...(opts.processBeforeResponse !== undefined
      ? { processBeforeResponse: opts.processBeforeResponse }
      : {}),
    ...(opts.clientOptions ? { clientOptions: opts.clientOptions } : {}),
  });
  const notifier = createSlackNotifier({
    installations,
    botToken: c.SLACK_BOT_TOKEN,
    clientOptions: slack.clientOptions,
    clock: opts.clock,
    log: opts.log,
    ...(opts.i18n ? { i18n: opts.i18n } : {}),
    ...(opts.sleep ? { sleep: opts.sleep } : {}),
  });
  const stopPruning = startClaimPruning(deliveries, opts.clock, opts.log);
  const receive = opts.receive !== false;
  if (receive) {
    await slack.start();
    opts.log.info(
      { mode: slack.mode },
      `Slack adapter mounted (${slack.mode === 'socket' ? 'Socket Mode' : 'HTTP /slack/events'})`,
    );
  }
  return {
    notifier,
    slack,
    async stop() {
      stopPruning();
      if (receive) await slack.stop();
    },
  };
}
