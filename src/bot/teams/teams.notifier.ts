import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { ConversationReference } from 'botbuilder';
import type { Notifier } from '../../commands/notifier.js';
import type { Card } from '../../commands/view/card.js';
import { rateLimited, undeliverable } from '../../domain/outbox/delivery-error.js';
import { CodedError } from '../../shared/errors.js';
import { type Locale, localeFrom, type Translator } from '../../shared/i18n/translator.js';
import type { TenantId } from '../../shared/tenant.js';
import { parseConversationRef } from './teams-conversation.js';
import { renderLabels } from './teams-labels.js';
import { cardMessage } from './teams-reply.js';

export interface TeamsNotifierDeps {
  adapter: TeamsAdapter;
  /** The bot's app id (empty while authentication is off). */
  appId: string;
  i18n: Translator;
}

const TEAMS_PREFIX = 'teams:';

function externalTenant(tenantId: TenantId): string {
  if (!tenantId.startsWith(TEAMS_PREFIX)) {
    throw new CodedError('teams.wrong_platform', `tenant ${tenantId} is not a Teams tenant`);
  }
  return tenantId.slice(TEAMS_PREFIX.length);
}

/**
 * Proactive Teams messages: continues a stored conversation reference (a member's personal chat or a
 * channel) and posts the card there. Failures throw, so the caller (a job) can retry.
 */
/** A 429 from the Bot Connector becomes `notify.rate_limited` (Retry-After in seconds, else 30 s). */
export function toDeliveryError(e: unknown): unknown {
  const x = e as { statusCode?: number; response?: { headers?: { get?(name: string): string | null } } };
  if (x?.statusCode === 429) {
    const raw = x.response?.headers?.get?.('retry-after');
    const seconds = raw ? Number(raw) : Number.NaN;
    return rateLimited((Number.isFinite(seconds) && seconds >= 0 ? seconds : 30) * 1000, e);
  }
  if (x?.statusCode === 403 || x?.statusCode === 404) return undeliverable(`teams: HTTP ${x.statusCode}`, e);
  return e;
}

export function createTeamsNotifier(deps: TeamsNotifierDeps): Notifier {
  const send = async (ref: Partial<ConversationReference>, locale: Locale, card: Card, text: string) => {
    const message = cardMessage(card, renderLabels(deps.i18n, locale), text);
    try {
      await deps.adapter.continueConversationAsync(deps.appId, ref, async (ctx) => {
        await ctx.sendActivity(message);
      });
    } catch (e) {
      throw toDeliveryError(e);
    }
  };
  return {
    platform: 'teams',
    async direct(tenantId, member, card, fallbackText) {
      const tenant = externalTenant(tenantId);
      if (!member.conversationRef) {
        // Nothing a retry can fix until the member opens a chat with the bot: the outbox gives up.
        throw undeliverable('teams.no_conversation: the member has no personal chat with the bot yet');
      }
      await send(parseConversationRef(member.conversationRef, tenant), member.locale, card, fallbackText);
    },
    async channel(tenantId, target, card, fallbackText) {
      const ref = parseConversationRef(target.ref, externalTenant(tenantId));
      await send(ref, localeFrom(ref.locale), card, fallbackText);
    },
  };
}
