import type { Context, webApi } from '@slack/bolt';
import type { Invocation } from '../../commands/invocation.js';
import { localeFrom } from '../../shared/i18n/translator.js';
import type { Logger } from '../../shared/logger.js';
import { type TenantId, tenantId } from '../../shared/tenant.js';

/** What Bolt resolved about the workspace a request came from. */
export type TenantContext = Pick<Context, 'teamId' | 'enterpriseId' | 'isEnterpriseInstall'>;

/** The tenant's external id: the enterprise for org-wide installs, else the team. */
export function tenantKey(ctx: TenantContext): string {
  const key = ctx.isEnterpriseInstall && ctx.enterpriseId ? ctx.enterpriseId : ctx.teamId;
  if (!key) throw new Error('Slack request without team or enterprise id');
  return key;
}

export const slackTenantId = (ctx: TenantContext): TenantId => tenantId('slack', tenantKey(ctx));

type Profile = Awaited<ReturnType<Invocation['user']['profile']>>;

/**
 * Loads the member's profile with users.info (name, e-mail, time zone, locale). The session calls it only
 * for a member seen for the first time. Without users:read the member still gets a name.
 */
export function profileLoader(
  client: webApi.WebClient,
  userId: string,
  fallbackName: string | undefined,
  log: Logger,
): () => Promise<Profile> {
  return async () => {
    try {
      const res = await client.users.info({ user: userId, include_locale: true });
      const u = res.user;
      const displayName = u?.profile?.display_name || u?.real_name || u?.name || fallbackName || userId;
      return {
        displayName,
        ...(u?.profile?.email ? { email: u.profile.email } : {}),
        ...(u?.tz ? { timeZone: u.tz } : {}),
        ...(u?.locale ? { locale: localeFrom(u.locale) } : {}),
      };
    } catch (e) {
      log.warn({ err: e, code: (e as { code?: string }).code }, 'users.info failed; member named by id');
      return { displayName: fallbackName || userId };
    }
  };
}

export interface InvocationInput {
  context: TenantContext;
  client: webApi.WebClient;
  log: Logger;
  userId: string;
  userName?: string | undefined;
  tenantName?: string | undefined;
  channel?: { id: string; name?: string | undefined } | undefined;
  source: Invocation['source'];
  requestId?: string | undefined;
}

/** Everything the command layer needs to know about one Slack request. */
export function slackInvocation(input: InvocationInput): Invocation {
  const { channel } = input;
  return {
    platform: 'slack',
    tenantExternalId: tenantKey(input.context),
    ...(input.tenantName ? { tenantName: input.tenantName } : {}),
    user: {
      platformUserId: input.userId,
      profile: profileLoader(input.client, input.userId, input.userName, input.log),
    },
    profileOf: (userId) => profileLoader(input.client, userId, undefined, input.log)(),
    ...(channel?.id ? { channel: { id: channel.id, ...(channel.name ? { name: channel.name } : {}) } } : {}),
    source: input.source,
    ...(input.requestId ? { requestId: input.requestId } : {}),
  };
}
