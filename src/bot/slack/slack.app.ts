import { App, type Authorize, ExpressReceiver, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Express } from 'express';
import { CodedError } from '../../shared/errors.js';
import { registerActions } from './action.handler.js';
import { firstAuthorize, tokenAuthorize } from './authorize.js';
import { boltLogger } from './bolt-logger.js';
import { registerCommand, registerShortcut } from './command.handler.js';
import { dedupeEvents, registerEvents } from './event.handler.js';
import type { HandlerDeps } from './handler-deps.js';
import { slackInstallationStore } from './installation-store.js';
import { BOT_SCOPES } from './registrations.js';
import { registerViews } from './view.handler.js';

export const EVENTS_PATH = '/slack/events';
export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

/**
 * Web API retries while answering a request: a few quick ones (Bolt's default retries for 30 minutes,
 * far beyond any trigger id or response_url); 429s still wait for Retry-After.
 */
const REQUEST_RETRY: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000 };

/** The SLACK_* settings, already validated by config.ts. */
export interface SlackSettings {
  signingSecret?: string | undefined;
  botToken?: string | undefined;
  /** Set: Socket Mode (no public URL); unset: HTTP on the shared express app. */
  appToken?: string | undefined;
  clientId?: string | undefined;
  clientSecret?: string | undefined;
  stateSecret?: string | undefined;
  /** Overrides https://slack.com/api/ (tests, proxies). */
  apiUrl?: string | undefined;
  /** Public base URL; with OAuth it makes the redirect URL explicit. */
  publicUrl?: string | undefined;
  /** The bot's ids, when known: spares the auth.test call. */
  botId?: string | undefined;
  botUserId?: string | undefined;
}

export interface SlackAppOptions {
  settings: SlackSettings;
  /** The shared express app that also serves /healthz: HTTP mode and OAuth routes mount here. */
  http: Express;
  deps: HandlerDeps;
  /** true: the HTTP answer waits for the listeners (tests). Production acks first (Slack's 3 s limit). */
  processBeforeResponse?: boolean;
  /** Web API client options (retry policy, fetch) for tests; SLACK_API_URL goes in settings. */
  clientOptions?: Omit<webApi.WebClientOptions, 'slackApiUrl' | 'logger'>;
}

export interface SlackApp {
  readonly app: App;
  readonly receiver: ExpressReceiver | SocketModeReceiver;
  readonly mode: 'http' | 'socket';
  readonly clientOptions: webApi.WebClientOptions;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The OAuth install and redirect routes on the shared express app (no events endpoint of its own). */
function oauthRoutes(
  opts: SlackAppOptions,
  clientOptions: webApi.WebClientOptions,
): Authorize<boolean> | undefined {
  const s = opts.settings;
  if (!s.clientId || !s.clientSecret || !s.stateSecret) return undefined;
  const redirectUri = s.publicUrl ? new URL(REDIRECT_PATH, s.publicUrl).toString() : undefined;
  const receiver = new ExpressReceiver({
    app: opts.http,
    // Only the install and redirect routes: events arrive at the events receiver (HTTP or socket).
    endpoints: {},
    signingSecret: '',
    signatureVerification: false,
    logger: boltLogger(opts.deps.log),
    clientId: s.clientId,
    clientSecret: s.clientSecret,
    stateSecret: s.stateSecret,
    installationStore: slackInstallationStore(opts.deps.installations),
    scopes: [...BOT_SCOPES],
    ...(redirectUri ? { redirectUri } : {}),
    installerOptions: { clientOptions, installPath: INSTALL_PATH, redirectUriPath: REDIRECT_PATH },
  });
  const installer = receiver.installer;
  return installer ? (source) => installer.authorize(source) : undefined;
}

/**
 * One Bolt app for `/crm`, buttons, modals, typeahead, the message shortcut and events. Over HTTP it
 * answers POST /slack/events on the shared express app (signed requests only); with SLACK_APP_TOKEN it
 * uses Socket Mode. Workspaces are authorized from OAuth installations and/or SLACK_BOT_TOKEN.
 */
export function createSlackApp(opts: SlackAppOptions): SlackApp {
  const s = opts.settings;
  const logger = boltLogger(opts.deps.log);
  const clientOptions: webApi.WebClientOptions = {
    retryConfig: REQUEST_RETRY,
    ...(s.apiUrl ? { slackApiUrl: s.apiUrl.endsWith('/') ? s.apiUrl : `${s.apiUrl}/` } : {}),
    ...opts.clientOptions,
  };
  const authorizers: Authorize<boolean>[] = [];
  const installed = oauthRoutes(opts, clientOptions);
  if (installed) authorizers.push(installed);
  if (s.botToken) {
    // One attempt: an unreachable auth.test must not hold up the request it runs for.
    const client = new webApi.WebClient(undefined, { ...clientOptions, retryConfig: { retries: 0 }, logger });
    authorizers.push(
      tokenAuthorize(client, s.botToken, { botId: s.botId, botUserId: s.botUserId }, opts.deps.log),
    );
  }
  if (!authorizers.length) {
    throw new CodedError('slack.not_configured', 'Slack needs SLACK_BOT_TOKEN or SLACK_CLIENT_ID/SECRET');
  }
  const mode = s.appToken ? 'socket' : 'http';
  let receiver: ExpressReceiver | SocketModeReceiver;
  if (s.appToken) {
    receiver = new SocketModeReceiver({ appToken: s.appToken, logger, installerOptions: { clientOptions } });
  } else {
    if (!s.signingSecret) throw new CodedError('slack.no_signing_secret', 'SLACK_SIGNING_SECRET is required');
    receiver = new ExpressReceiver({
      app: opts.http,
      signingSecret: s.signingSecret,
      endpoints: EVENTS_PATH,
      processBeforeResponse: opts.processBeforeResponse ?? false,
      logger,
    });
  }
  const app = new App({
    receiver,
    authorize: firstAuthorize(...authorizers),
    logger,
    clientOptions,
  });
  app.error(async (error) => {
    opts.deps.log.error({ err: error, code: (error as { code?: string }).code }, 'Slack listener failed');
    throw error;
  });
  app.use(dedupeEvents(opts.deps));
  registerCommand(app, opts.deps);
  registerShortcut(app, opts.deps);
  registerActions(app, opts.deps);
  registerViews(app, opts.deps);
  registerEvents(app, opts.deps);
  return {
    app,
    receiver,
    mode,
    clientOptions,
    async start() {
      if (mode === 'socket') await app.start();
    },
    async stop() {
      if (mode === 'socket') await app.stop();
    },
  };
}
