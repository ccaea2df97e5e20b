import { createHash } from 'node:crypto';
import type { App, ViewSubmitAction } from '@slack/bolt';
import type { CommandResult } from '../../commands/result.js';
import type { FormValues, LookupSource } from '../../commands/view/form.js';
import { postPrivately } from './deliver.js';
import { slackOption } from './elements.js';
import type { HandlerDeps } from './handler-deps.js';
import { LIMITS } from './limits.js';
import { decodeMetadata, lookupSourceOf, renderCardModal, renderForm } from './modal.renderer.js';
import { formValues } from './modal-values.js';
import { slackInvocation } from './slack-invocation.js';

/** Field errors keyed by the view's block ids; errors for fields the view lacks go to its first input. */
export function viewErrors(errors: Record<string, string>, blockIds: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const first = blockIds[0];
  for (const [field, message] of Object.entries(errors)) {
    const target = blockIds.includes(field) ? field : first;
    if (!target) continue;
    out[target] = out[target] ? `${out[target]} ${message}` : message;
  }
  return out;
}

// A double-clicked submit sends the same view, hash and values twice; a corrected resubmission differs.
const submissionKey = (view: ViewSubmitAction['view'], values: FormValues) =>
  `slack:view:${view.id}:${view.hash}:${createHash('sha256').update(JSON.stringify(values)).digest('hex').slice(0, 32)}`;

// Nothing was written: the same submission may be tried again.
const wroteNothing = (r: CommandResult) =>
  r.kind === 'form_errors' || r.kind === 'form' || (r.kind === 'card' && r.card.tone === 'error');

/** Modal submissions: inline errors, a next step, or done (closed, result sent to the member). */
export function registerViews(app: App, deps: HandlerDeps): void {
  app.view({ type: 'view_submission' }, async ({ ack, body, view, context, client }) => {
    const meta = decodeMetadata(view.private_metadata);
    const values = formValues(view.state.values);
    const key = submissionKey(view, values);
    if (!(await deps.deliveries.claim(key))) {
      await ack({ response_action: 'clear' });
      return;
    }
    const inv = slackInvocation({
      context,
      client,
      log: deps.log,
      userId: body.user.id,
      userName: body.user.name,
      tenantName: body.team?.domain,
      channel: meta.channel ? { id: meta.channel } : undefined,
      source: 'modal',
      requestId: `${view.id}:${view.hash}`,
    });
    let result: CommandResult;
    try {
      result = await deps.kontakt.submit(inv, view.callback_id, values, meta.state);
    } catch (e) {
      await deps.deliveries.release(key);
      throw e;
    }
    if (wroteNothing(result)) await deps.deliveries.release(key);
    switch (result.kind) {
      case 'form_errors': {
        const blockIds = (view.blocks ?? []).flatMap((b) => (b.block_id ? [b.block_id] : []));
        await ack({ response_action: 'errors', errors: viewErrors(result.errors, blockIds) });
        return;
      }
      case 'form':
        await ack({
          response_action: 'update',
          view: renderForm(result.form, meta.channel ? { channel: meta.channel } : {}),
        });
        return;
      case 'card':
        if (result.card.tone === 'error') {
          await ack({ response_action: 'update', view: renderCardModal(result.card) });
          return;
        }
        await ack({ response_action: 'clear' });
        await postPrivately(deps, { inv, client, userId: body.user.id }, result.card, meta.channel);
        return;
      case 'done':
        await ack({ response_action: 'clear' });
        if (result.card)
          await postPrivately(deps, { inv, client, userId: body.user.id }, result.card, meta.channel);
        return;
    }
  });

  // Typeahead of lookup fields: the source is in the action id, the form's state scopes the search.
  app.options<'block_suggestion'>({ type: 'block_suggestion' }, async ({ ack, body, context, client }) => {
    const source = lookupSourceOf(body.action_id);
    if (!source) {
      await ack({ options: [] });
      return;
    }
    const meta = decodeMetadata(body.view?.private_metadata);
    const inv = slackInvocation({
      context,
      client,
      log: deps.log,
      userId: body.user.id,
      userName: body.user.name,
      tenantName: body.team?.domain,
      source: 'modal',
    });
    // What is already chosen in the modal narrows the search (contacts and deals of the chosen account).
    const chosen = Object.fromEntries(
      Object.entries(formValues(body.view?.state?.values)).flatMap(([k, v]) =>
        typeof v === 'string' && v ? [[k, v]] : [],
      ),
    );
    const scope = { ...meta.state, ...chosen };
    const found = await deps.kontakt.options(inv, source as LookupSource, body.value ?? '', scope);
    const options = found
      .filter((o) => o.value.length <= LIMITS.optionValue)
      .slice(0, LIMITS.suggestionOptions)
      .map(slackOption);
    await ack({ options });
  });
}
