import type { Activity } from 'botbuilder';
import type { CommandResult } from '../../commands/result.js';
import { type Card, card } from '../../commands/view/card.js';
import { fallbackText } from '../../commands/view/fallback-text.js';
import type { Form } from '../../commands/view/form.js';
import { clip } from './adaptive-blocks.renderer.js';
import { renderAdaptiveCard } from './adaptive-card.renderer.js';
import { attachmentOf, type RenderLabels } from './adaptive-card.types.js';
import { FORM_OPEN_ACTION } from './teams-verbs.js';

/** Teams shows at most this much of a notification preview. */
const SUMMARY_CHARS = 250;

/** A card as a Teams message: the Adaptive Card, and its plain text as the notification preview. */
export function cardMessage(c: Card, labels: RenderLabels, summary?: string): Partial<Activity> {
  return {
    type: 'message',
    summary: clip((summary || fallbackText(c)).replace(/\s+/g, ' ').trim(), SUMMARY_CHARS),
    attachments: [attachmentOf(renderAdaptiveCard(c, labels))],
  };
}

/** The values a form shows, as the prefill that opens it again (state first, fields win). */
export function prefillOf(form: Form): Record<string, string> {
  const prefill: Record<string, string> = { ...(form.state ?? {}) };
  for (const field of form.fields) {
    const v = field.type === 'lookup' ? field.value?.value : field.value;
    if (v) prefill[field.id] = v;
  }
  return prefill;
}

/**
 * Messages and `Action.Execute` cannot open a dialog: a form comes back as a card whose button opens it
 * (the renderer turns `form.open` into a `task/fetch` button).
 */
export const formLauncher = (form: Form): Card =>
  card(form.title, [
    {
      type: 'actions',
      buttons: [
        {
          label: form.title,
          action: { id: FORM_OPEN_ACTION, value: { form: form.id, ...prefillOf(form) } },
          style: 'primary',
        },
      ],
    },
  ]);

/** The card to show for any result outside a dialog; `undefined` when there is nothing to show. */
export function resultCard(result: CommandResult): Card | undefined {
  switch (result.kind) {
    case 'card':
      return result.card;
    case 'form':
      return formLauncher(result.form);
    case 'done':
      return result.card;
    case 'form_errors': {
      const [first = '', ...rest] = Object.values(result.errors);
      return card(
        first,
        rest.map((text) => ({ type: 'text' as const, text, tone: 'error' as const })),
        { tone: 'error' },
      );
    }
  }
}
