import { type Activity, type ConversationReference, TurnContext } from 'botbuilder';
import type { Invocation } from '../../commands/invocation.js';
import type { Kontakt } from '../../commands/kontakt.js';
import { CodedError } from '../../shared/errors.js';

/** Teams' tenant of an activity. teams-ai's turn-state keys ignore it, so nothing here relies on them. */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return activity.conversation?.tenantId || channelData?.tenant?.id || undefined;
}

export const isPersonal = (activity: Partial<Activity>) =>
  activity.conversation?.conversationType === 'personal';

/**
 * The reference to continue this conversation later, as a JSON string (keys like `@odata.type` would
 * break FerretDB as document keys). Without the activity id, so it stays the same from message to message.
 */
export function conversationRef(activity: Partial<Activity>, opts: { keepUser: boolean }): string {
  const ref: Partial<ConversationReference> = TurnContext.getConversationReference(activity);
  const conversation = ref.conversation && {
    ...ref.conversation,
    // A channel thread's id ends in `;messageid=…`: the channel itself is the part before it.
    id: ref.conversation.id.replace(/;messageid=\d+$/, ''),
    ...(ref.conversation.tenantId ? {} : tenantOf(activity) ? { tenantId: tenantOf(activity) } : {}),
  };
  const { activityId: _id, user, conversation: _c, ...rest } = ref;
  return JSON.stringify({ ...rest, ...(opts.keepUser && user ? { user } : {}), conversation });
}

/** A stored reference, checked to belong to the expected tenant. */
export function parseConversationRef(json: string, tenantExternalId: string): Partial<ConversationReference> {
  let ref: Partial<ConversationReference>;
  try {
    ref = JSON.parse(json) as Partial<ConversationReference>;
  } catch (e) {
    throw new CodedError('teams.bad_conversation_ref', 'stored conversation reference is not JSON', {
      cause: e,
    });
  }
  if (!ref.serviceUrl || !ref.conversation?.id) {
    throw new CodedError(
      'teams.bad_conversation_ref',
      'conversation reference lacks serviceUrl or conversation',
    );
  }
  if (ref.conversation.tenantId && ref.conversation.tenantId !== tenantExternalId) {
    throw new CodedError('teams.tenant_mismatch', 'conversation reference belongs to another tenant');
  }
  return ref;
}

/** Stores the personal chat's reference on the member (for reminders and nudges) when it changed. */
export async function rememberPersonalChat(kontakt: Kontakt, inv: Invocation, activity: Partial<Activity>) {
  if (!isPersonal(activity)) return;
  const s = await kontakt.session(inv);
  const ref = conversationRef(activity, { keepUser: true });
  if (s.me.conversationRef !== ref) await s.ctx.repos.members.update(s.me.id, { conversationRef: ref });
}
