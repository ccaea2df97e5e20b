import type { App, BlockAction, BlockElementAction } from '@slack/bolt';
import type { CommandResult } from '../../commands/result.js';
import { decodeActionId, decodePickerBlockId, decodeValue, isPickerBlock } from './action-ref.js';
import { deliver, renderFor, type Surface } from './deliver.js';
import type { HandlerDeps } from './handler-deps.js';
import { publishHome } from './home.publisher.js';
import { LIMITS } from './limits.js';
import { decodeMetadata, renderCardModal, renderForm } from './modal.renderer.js';
import { slackInvocation } from './slack-invocation.js';

/** The registered action and its value, from a button or a picker's menu; undefined for other elements. */
export function actionOf(
  a: BlockElementAction,
): { id: string; value: Record<string, string>; picked: boolean } | undefined {
  const id = decodeActionId(a.action_id);
  if (a.type === 'button') return { id, value: decodeValue(a.value), picked: isPickerBlock(a.block_id) };
  if (a.type === 'static_select' || a.type === 'external_select') {
    const choice = a.selected_option?.value;
    if (!choice) return undefined;
    return { id, value: { ...(decodePickerBlockId(a.block_id) ?? {}), choice }, picked: true };
  }
  return undefined;
}

/** Answers an action clicked inside a modal: a form is pushed on top, a card replaces the view. */
async function deliverInModal(deps: HandlerDeps, surface: Surface, body: BlockAction, result: CommandResult) {
  const view = body.view;
  if (!view) return;
  const channel = decodeMetadata(view.private_metadata).channel;
  if (result.kind === 'form') {
    await surface.client.views.push({
      trigger_id: body.trigger_id,
      view: renderForm(result.form, channel ? { channel } : {}),
    });
    return;
  }
  const card = result.kind === 'card' ? result.card : result.kind === 'done' ? result.card : undefined;
  if (!card) return;
  const rendered = await renderFor(deps, surface.inv, card, LIMITS.modalBlocks);
  await surface.client.views.update({
    view_id: view.id,
    hash: view.hash,
    view: { ...renderCardModal(card), blocks: rendered.blocks },
  });
}

/**
 * Buttons and picker menus on messages, the home tab and modals. Cards answer where the click happened:
 * replacing the message for pickers and `replace` results, ephemerally otherwise, as a DM from the home tab.
 */
export function registerActions(app: App, deps: HandlerDeps): void {
  app.action<BlockAction>(
    { type: 'block_actions' },
    async ({ ack, body, action, context, client, respond }) => {
      await ack();
      const parsed = actionOf(action);
      if (!parsed) return;
      const containerType = body.container?.type as string | undefined;
      const channelId = body.channel?.id ?? (body.container?.channel_id as string | undefined);
      const inv = slackInvocation({
        context,
        client,
        log: deps.log,
        userId: body.user.id,
        userName: body.user.username ?? body.user.name,
        tenantName: body.team?.domain,
        channel: channelId ? { id: channelId, name: body.channel?.name } : undefined,
        source: 'button',
        requestId: body.trigger_id,
      });
      const result = await deps.kontakt.action(inv, parsed.id, parsed.value);
      const surface: Surface = {
        inv,
        client,
        userId: body.user.id,
        triggerId: body.trigger_id,
        respond: containerType === 'message' && body.response_url ? respond : undefined,
        channelId,
      };
      if (containerType === 'view' && body.view?.type === 'modal') {
        await deliverInModal(deps, surface, body, result);
        return;
      }
      await deliver(deps, surface, result, { replace: parsed.picked });
      // A button on the Home tab changed something shown there (a follow-up done, an account snoozed).
      if (containerType === 'view' && body.view?.type === 'home' && result.kind !== 'form') {
        await publishHome(deps, inv, client, body.user.id);
      }
    },
  );
}
