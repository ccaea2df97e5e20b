import { randomUUID } from 'node:crypto';
import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { Invocation } from '../../commands/invocation.js';
import type { CommandResult } from '../../commands/result.js';
import type { Card } from '../../commands/view/card.js';
import type { Form, FormValues } from '../../commands/view/form.js';
import { renderAdaptiveCard } from './adaptive-card.renderer.js';
import { attachmentOf, type RenderLabels } from './adaptive-card.types.js';
import { type DialogInfo, dialogSubmission, keepValues, renderDialog } from './dialog.renderer.js';
import { labelsFor, type TeamsDeps } from './teams-deps.js';
import { invocationOf } from './teams-invocation.js';
import { cardMessage, resultCard } from './teams-reply.js';
import { DIALOG_VERB, SUBMIT_VERB } from './teams-verbs.js';

const asStrings = (v: unknown): Record<string, string> => {
  const out: Record<string, string> = {};
  if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
};

/** The form state key that carries a dialog's submission id. */
export const SUBMISSION_KEY = 'submission';

/** A form with a fresh submission id in its state (sent back with every Save of that dialog). */
const submittable = (form: Form): Form => ({
  ...form,
  state: { ...form.state, [SUBMISSION_KEY]: randomUUID() },
});

/** Gives an opened form a fresh submission id; other results pass through. */
export const withSubmissionId = (result: CommandResult): CommandResult =>
  result.kind === 'form' ? { ...result, form: submittable(result.form) } : result;

/** A dialog for any result of opening a form: the form itself, or the card explaining why not. */
export function dialogFor(result: CommandResult, labels: RenderLabels): DialogInfo | undefined {
  if (result.kind === 'form') return renderDialog(result.form, labels);
  if (result.kind === 'form_errors') return undefined;
  const c = resultCard(result);
  return c
    ? { title: c.title, width: 'medium', card: attachmentOf(renderAdaptiveCard(c, labels)) }
    : undefined;
}

/** After a submit: show the dialog again (errors, a next step), or close it and show a card. */
export type SubmitOutcome = { kind: 'dialog'; dialog: DialogInfo } | { kind: 'close'; card?: Card };

const firstOf = (v: FormValues[string]) => (Array.isArray(v) ? v[0] : v);

/** The form re-opened with the user's input and each field's error beside it; nothing was written. */
async function reshow(
  deps: TeamsDeps,
  inv: Invocation,
  sub: ReturnType<typeof dialogSubmission>,
  errors: Record<string, string>,
  labels: RenderLabels,
): Promise<SubmitOutcome> {
  const prefill: Record<string, string> = { ...sub.state };
  for (const [id, v] of Object.entries(sub.values)) if (firstOf(v)) prefill[id] = firstOf(v) as string;
  const opened = await deps.kontakt.openForm(inv, sub.formId, prefill);
  if (opened.kind !== 'form')
    return { kind: 'close', ...(resultCard(opened) ? { card: resultCard(opened) } : {}) };
  const form = { ...opened.form, ...(Object.keys(sub.state).length ? { state: sub.state } : {}) };
  // The dialog sent only the ids of looked-up records: name them again for the re-shown choice.
  const names = new Map<string, string>();
  for (const field of form.fields) {
    const id = firstOf(sub.values[field.id]);
    if (field.type !== 'lookup' || !id) continue;
    if (field.value?.value === id) names.set(field.id, field.value.label);
    else {
      const found = (await deps.kontakt.options(inv, field.source, '')).find((o) => o.value === id);
      if (found) names.set(field.id, found.label);
    }
  }
  const kept = keepValues(form, sub.values, (field, id) => names.get(field) ?? id);
  return { kind: 'dialog', dialog: renderDialog(kept, labels, errors) };
}

/** Runs a dialog's submission through the command layer (task/submit and message-extension submits). */
export async function submitDialog(
  ctx: TurnContext,
  deps: TeamsDeps,
  data: unknown,
  source: Invocation['source'],
): Promise<SubmitOutcome> {
  const labels = labelsFor(deps, ctx.activity);
  const sub = dialogSubmission(data);
  // Every opening of a dialog carries its own submission id: a second click on Save sends the same one.
  const submission = sub.state[SUBMISSION_KEY];
  const inv = { ...invocationOf(ctx, source, deps.log), ...(submission ? { requestId: submission } : {}) };
  const claim = submission && deps.deliveries ? `teams:dialog:${submission}` : undefined;
  if (claim && !(await deps.deliveries?.claim(claim))) return { kind: 'close' };
  const result = await deps.kontakt.submit(inv, sub.formId, sub.values, sub.state);
  switch (result.kind) {
    case 'form_errors':
      if (claim) await deps.deliveries?.release(claim); // nothing was written: the corrected form may go
      return reshow(deps, inv, sub, result.errors, labels);
    case 'form':
      return { kind: 'dialog', dialog: renderDialog(submittable(result.form), labels) };
    case 'done':
      return { kind: 'close', ...(result.card ? { card: result.card } : {}) };
    case 'card':
      return { kind: 'close', card: result.card };
  }
}

/** `task/fetch` opens a registered form as a dialog; `task/submit` runs it and closes or re-shows it. */
export function registerDialogs(app: Application, deps: TeamsDeps) {
  app.taskModules.fetch(DIALOG_VERB, async (ctx, _state, data) => {
    const inv = invocationOf(ctx, 'modal', deps.log);
    const formId = typeof data.formId === 'string' ? data.formId : '';
    const dialog = dialogFor(
      withSubmissionId(await deps.kontakt.openForm(inv, formId, asStrings(data.prefill))),
      labelsFor(deps, ctx.activity),
    );
    return dialog ?? '';
  });

  app.taskModules.submit(SUBMIT_VERB, async (ctx, _state, data) => {
    const outcome = await submitDialog(ctx, deps, data, 'modal');
    if (outcome.kind === 'dialog') return outcome.dialog;
    if (outcome.card) await ctx.sendActivity(cardMessage(outcome.card, labelsFor(deps, ctx.activity)));
    return undefined;
  });
}
