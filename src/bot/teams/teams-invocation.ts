import { type Activity, TeamsInfo, type TurnContext } from 'botbuilder';
import type { Invocation } from '../../commands/invocation.js';
import { CodedError } from '../../shared/errors.js';
import { localeFrom } from '../../shared/i18n/translator.js';
import type { Logger } from '../../shared/logger.js';
import { conversationRef, isPersonal, tenantOf } from './teams-conversation.js';

type Profile = Awaited<ReturnType<Invocation['user']['profile']>>;

const validZone = (zone: unknown): zone is string => {
  if (typeof zone !== 'string' || !zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** The user's IANA time zone as the Teams client reports it (`clientInfo` entity or `localTimezone`). */
export function zoneOf(activity: Partial<Activity>): string | undefined {
  const info = (activity.entities ?? []).find((e) => e.type === 'clientInfo') as
    | { timezone?: unknown }
    | undefined;
  const zone = info?.timezone ?? activity.localTimezone;
  return validZone(zone) ? zone : undefined;
}

const looksLikeEmail = (v: unknown): v is string =>
  typeof v === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v);

/** Name and e-mail from Teams' roster (first sight only), language and zone from the client. */
async function profileOf(ctx: TurnContext, log: Logger): Promise<Profile> {
  const { activity } = ctx;
  const from = activity.from;
  let name = from?.name;
  let email: string | undefined;
  try {
    const member = await TeamsInfo.getMember(ctx, from.id);
    name = member.name || name;
    email = looksLikeEmail(member.email)
      ? member.email
      : looksLikeEmail(member.userPrincipalName)
        ? member.userPrincipalName
        : undefined;
  } catch (e) {
    // The roster is not reachable everywhere (e.g. a chat the bot is not part of): the activity's name will do.
    log.warn(
      { code: 'teams.roster_unavailable', tenant: tenantOf(activity), err: (e as Error).message },
      'getMember failed',
    );
  }
  const zone = zoneOf(activity);
  return {
    displayName: name || from.id,
    ...(email ? { email } : {}),
    ...(activity.locale ? { locale: localeFrom(activity.locale) } : {}),
    ...(zone ? { timeZone: zone } : {}),
  };
}

/** Everything the command layer needs to know about a Teams turn. */
export function invocationOf(ctx: TurnContext, source: Invocation['source'], log: Logger): Invocation {
  const { activity } = ctx;
  const tenant = tenantOf(activity);
  if (!tenant) throw new CodedError('teams.no_tenant', 'activity carries no tenant id');
  if (!activity.from?.id) throw new CodedError('teams.no_user', 'activity carries no user');
  const channelData = activity.channelData as { channel?: { name?: string } } | undefined;
  const name = channelData?.channel?.name ?? activity.conversation?.name;
  return {
    platform: 'teams',
    tenantExternalId: tenant,
    user: { platformUserId: activity.from.id, profile: () => profileOf(ctx, log) },
    // A channel's or group chat's id is its serialized reference: exactly what a ChannelTarget needs.
    ...(isPersonal(activity) || !activity.conversation
      ? {}
      : { channel: { id: conversationRef(activity, { keepUser: false }), ...(name ? { name } : {}) } }),
    source,
    ...(activity.id ? { requestId: activity.id } : {}),
  };
}
