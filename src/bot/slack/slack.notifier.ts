import { webApi } from '@slack/bolt';
import type { ChannelTarget, Notifier } from '../../commands/notifier.js';
import type { Card } from '../../commands/view/card.js';
import type { InstallationRepository } from '../../domain/installations/installation.repository.js';
import type { Member } from '../../domain/members/member.js';
import type { Clock } from '../../shared/clock.js';
import { CodedError } from '../../shared/errors.js';
import type { Locale, Translator } from '../../shared/i18n/translator.js';
import type { Logger } from '../../shared/logger.js';
import type { TenantId } from '../../shared/tenant.js';
import { renderCard } from './blockkit.renderer.js';
import { boltLogger } from './bolt-logger.js';
import { openDm, uploadImages } from './deliver.js';
import { installedBotToken } from './installation-store.js';
import { LIMITS, truncate } from './limits.js';
import { conversationThrottle, realSleep, type Sleep } from './throttle.js';

/** Slack's guidance: about one message per second per conversation. */
export const MESSAGE_INTERVAL_MS = 1000;

/** Retry policy for deliveries outside a request: a few attempts; 429s wait for Retry-After. */
const DEFAULT_RETRY: webApi.RetryOptions = { retries: 5, factor: 2, minTimeout: 1000, maxTimeout: 30_000 };

export interface SlackNotifierOptions {
  installations: InstallationRepository;
  /** Single-workspace token, used for tenants without an OAuth installation. */
  botToken?: string | undefined;
  /** Web API options (SLACK_API_URL); `retryConfig` may be replaced (tests keep it short). */
  clientOptions?: webApi.WebClientOptions;
  clock: Clock;
  log: Logger;
  /** Writes the note of a cut card in the member's language. */
  i18n?: Translator;
  sleep?: Sleep;
  intervalMs?: number;
}

/**
 * Direct messages and channel posts outside a request (reminders, nudges, alerts), with the token of the
 * tenant's installation or SLACK_BOT_TOKEN. 429 answers are retried after Retry-After.
 */
export function createSlackNotifier(opts: SlackNotifierOptions): Notifier {
  const wait = conversationThrottle(
    opts.clock,
    opts.sleep ?? realSleep,
    opts.intervalMs ?? MESSAGE_INTERVAL_MS,
  );
  const clients = new Map<string, webApi.WebClient>();
  const logger = boltLogger(opts.log);

  const clientFor = async (tenant: TenantId) => {
    const token = (await installedBotToken(opts.installations, tenant)) ?? opts.botToken;
    if (!token) throw new CodedError('slack.not_installed', `no Slack token for ${tenant}`);
    let client = clients.get(token);
    if (!client) {
      client = new webApi.WebClient(token, {
        retryConfig: DEFAULT_RETRY,
        ...opts.clientOptions,
        rejectRateLimitedCalls: false,
        logger,
      });
      clients.set(token, client);
    }
    return client;
  };

  const post = async (
    client: webApi.WebClient,
    tenant: TenantId,
    channel: string,
    card: Card,
    text: string,
    locale: Locale,
  ) => {
    const { i18n } = opts;
    const msg = renderCard(
      card,
      i18n ? { moreText: (count) => i18n.t(locale, 'core.and_more', { count }) } : {},
    );
    await wait(`${tenant}:${channel}`);
    await client.chat.postMessage({
      channel,
      text: truncate(text || msg.text, LIMITS.fallbackText),
      blocks: msg.blocks,
    });
    if (msg.images.length) {
      await wait(`${tenant}:${channel}`);
      await uploadImages(client, channel, msg.images, card.title);
    }
  };

  return {
    platform: 'slack',
    async direct(tenant: TenantId, member: Member, card: Card, fallbackText: string) {
      if (member.platform !== 'slack') {
        throw new CodedError('slack.wrong_platform', `member of platform ${member.platform}`);
      }
      const client = await clientFor(tenant);
      const channel = await openDm(client, member.platformUserId);
      await post(client, tenant, channel, card, fallbackText, member.locale);
    },
    async channel(tenant: TenantId, target: ChannelTarget, card: Card, fallbackText: string) {
      if (target.platform !== 'slack') {
        throw new CodedError('slack.wrong_platform', `channel of platform ${target.platform}`);
      }
      const client = await clientFor(tenant);
      await post(client, tenant, target.ref, card, fallbackText, 'en');
    },
  };
}
