import type { Application } from '@microsoft/teams-ai';
import type {
  Activity,
  MessagingExtensionAttachment,
  MessagingExtensionResult,
  TaskModuleTaskInfo,
} from 'botbuilder';
import type { Card } from '../../commands/view/card.js';
import type { LookupSource } from '../../commands/view/form.js';
import { renderAdaptiveCard } from './adaptive-card.renderer.js';
import { attachmentOf, type RenderLabels } from './adaptive-card.types.js';
import { tenantOf } from './teams-conversation.js';
import { labelsFor, type TeamsDeps } from './teams-deps.js';
import { dialogFor, submitDialog, withSubmissionId } from './teams-dialogs.handler.js';
import { invocationOf } from './teams-invocation.js';
import { cardMessage, resultCard } from './teams-reply.js';
import { htmlToText } from './teams-text.js';
import { LOG_COMMAND, LOG_FORM, SEARCH_COMMAND } from './teams-verbs.js';

/** What the search extension finds, and the action that shows one record as a card. */
const SEARCHABLE: { source: LookupSource; action: string }[] = [
  { source: 'accounts', action: 'account.show' },
  { source: 'deals', action: 'deal.show' },
];
/** Each result is a full card; a handful keeps the invoke well inside Teams' 5-second budget. */
const SEARCH_RESULTS = 10;

interface MessagePayload {
  body?: { contentType?: string; content?: string };
  from?: { user?: { displayName?: string } };
  createdDateTime?: string;
  linkToMessage?: string;
}

/** The log form's prefill from the message the action was started on. */
export function messagePrefill(activity: Partial<Activity>): Record<string, string> {
  const payload = ((activity.value ?? {}) as { messagePayload?: MessagePayload }).messagePayload ?? {};
  const content = payload.body?.content ?? '';
  const channelData = activity.channelData as { channel?: { id?: string; name?: string } } | undefined;
  const channelId = channelData?.channel?.id ?? activity.conversation?.id.replace(/;messageid=\d+$/, '');
  const channelName = channelData?.channel?.name ?? activity.conversation?.name;
  const prefill: Record<string, string> = {
    summary: payload.body?.contentType === 'text' ? content.trim() : htmlToText(content),
  };
  if (payload.from?.user?.displayName) prefill.author = payload.from.user.displayName;
  if (payload.linkToMessage) prefill.permalink = payload.linkToMessage;
  if (payload.createdDateTime) prefill.occurredAt = payload.createdDateTime;
  if (channelId) prefill.channel = channelId;
  // The log form guesses the account from a channel named after it (#acme-gmbh).
  if (channelName) prefill.channelName = channelName;
  return prefill;
}

const searchAttachment = (
  c: Card,
  labels: RenderLabels,
  title: string,
  text?: string,
): MessagingExtensionAttachment => ({
  ...attachmentOf(renderAdaptiveCard(c, labels)),
  preview: {
    contentType: 'application/vnd.microsoft.card.thumbnail',
    content: { title, ...(text ? { text } : {}) },
  },
});

/** The message action `logToCrm` (dialog prefilled from the message) and the search extension `searchCrm`. */
export function registerExtensions(app: Application, deps: TeamsDeps) {
  app.messageExtensions.fetchTask(LOG_COMMAND, async (ctx) => {
    const inv = invocationOf(ctx, 'shortcut', deps.log);
    const opened = await deps.kontakt.openForm(inv, LOG_FORM, messagePrefill(ctx.activity));
    return dialogFor(withSubmissionId(opened), labelsFor(deps, ctx.activity)) ?? '';
  });

  app.messageExtensions.submitAction(
    LOG_COMMAND,
    async (ctx, _state, data): Promise<MessagingExtensionResult | TaskModuleTaskInfo | undefined> => {
      const outcome = await submitDialog(ctx, deps, data, 'shortcut');
      if (outcome.kind === 'dialog') return outcome.dialog;
      if (!outcome.card) return undefined;
      const labels = labelsFor(deps, ctx.activity);
      try {
        await ctx.sendActivity(cardMessage(outcome.card, labels));
        return undefined;
      } catch (e) {
        // The bot may not be a member of the chat the message came from: hand the card to the user instead.
        deps.log.warn(
          { code: 'teams.post_failed', tenant: tenantOf(ctx.activity), err: (e as Error).message },
          'posting the result failed',
        );
        return {
          type: 'result',
          attachmentLayout: 'list',
          attachments: [searchAttachment(outcome.card, labels, outcome.card.title)],
        };
      }
    },
  );

  app.messageExtensions.query(
    SEARCH_COMMAND,
    async (ctx, _state, query): Promise<MessagingExtensionResult> => {
      const inv = invocationOf(ctx, 'teams', deps.log);
      const labels = labelsFor(deps, ctx.activity);
      const text = String(query.parameters.query ?? '').trim();
      const found: { action: string; id: string; label: string; detail?: string }[] = [];
      for (const { source, action } of SEARCHABLE) {
        if (!deps.kontakt.registry.action(action)) continue;
        for (const o of await deps.kontakt.options(inv, source, text)) {
          found.push({ action, id: o.value, label: o.label, ...(o.detail ? { detail: o.detail } : {}) });
        }
      }
      const page = found.slice(
        query.skip,
        query.skip + Math.min(query.count || SEARCH_RESULTS, SEARCH_RESULTS),
      );
      const attachments: MessagingExtensionAttachment[] = [];
      for (const hit of page) {
        const shown = resultCard(await deps.kontakt.action(inv, hit.action, { id: hit.id }));
        if (shown) attachments.push(searchAttachment(shown, labels, hit.label, hit.detail));
      }
      return { type: 'result', attachmentLayout: 'list', attachments };
    },
  );
}
