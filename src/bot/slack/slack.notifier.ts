import { webApi } from '@slack/bolt';
import type { ChannelTarget, Notifier } from '../../commands/notifier.js';
import type { Card } from '../../commands/view/card.js';
import type { InstallationRepository } from '../../domain/installations/installation.repository.js';
import type { Member } from '../../domain/members/member.js';
import { rateLimited, undeliverable } from '../../domain/outbox/delivery-error.js';
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

/** Retry policy for transient failures outside a request; 429s go back to the outbox (see below). */
const DEFAULT_RETRY: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 10_000 };

/** Slack errors that no retry can fix: the outbox gives up on them at once. */
const PERMANENT = new Set([
  'user_not_found',
  'user_disabled',
  'account_inactive',
  'channel_not_found',
  'is_archived',
  'not_in_channel',
  'cannot_dm_bot',
  'invalid_auth',
  'token_revoked',
]);

/**
 * Maps Slack's failures onto the outbox's contract: a 429 becomes `notify.rate_limited` with its
 * Retry-After, permanent errors `notify.undeliverable`; the rest stays transient.
 */
export function toDeliveryError(e: unknown): unknown {
  const x = e as { code?: string; retryAfter?: number; data?: { error?: string } };
  if (x?.code === webApi.ErrorCode.RateLimitedError) return rateLimited((x.retryAfter ?? 30) * 1000, e);
  const error = x?.data?.error;
  if (x?.code === webApi.ErrorCode.PlatformError && error && PERMANENT.has(error)) {
    return undeliverable(`slack: ${error}`, e);
  }
  return e;
}

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
 * tenant's installation or SLACK_BOT_TOKEN. A 429 is thrown as `notify.rate_limited` with its Retry-After.
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
        // A long Retry-After must not hold a job worker: the outbox reschedules the message instead.
        rejectRateLimitedCalls: true,
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
      try {
        const channel = await openDm(client, member.platformUserId);
        await post(client, tenant, channel, card, fallbackText, member.locale);
      } catch (e) {
        throw toDeliveryError(e);
      }
    },
    async channel(tenant: TenantId, target: ChannelTarget, card: Card, fallbackText: string) {
      if (target.platform !== 'slack') {
        throw new CodedError('slack.wrong_platform', `channel of platform ${target.platform}`);
      }
      const client = await clientFor(tenant);
      try {
        await post(client, tenant, target.ref, card, fallbackText, 'en');
      } catch (e) {
        throw toDeliveryError(e);
      }
    },
  };
}
