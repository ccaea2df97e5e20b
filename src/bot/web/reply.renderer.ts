import type { CommandResult } from '../../commands/result.js';
import type { Session } from '../../commands/session.js';
import { fallbackText } from '../../commands/view/fallback-text.js';
import type { FormLabels } from './form.renderer.js';
import { type CardLabels, renderCard, renderForm } from './html.renderer.js';
import type { WebMessage } from './web.notifier.js';

export type WebLabels = CardLabels & FormLabels;

/** The renderers' words in the member's language. */
export const labelsOf = (s: Pick<Session, 't'>): WebLabels => ({
  choose: s.t('web.choose'),
  cancel: s.t('web.cancel'),
  required: s.t('web.required'),
  problem: s.t('web.form_problem'),
});

/** What the playground API answers: the command layer's result, rendered for the page. */
export type WebReply =
  | { kind: 'card'; html: string; text: string; visibility: 'private' | 'channel'; replace: boolean }
  | { kind: 'form'; formId: string; html: string }
  | { kind: 'form_errors'; errors: Record<string, string> }
  | { kind: 'done'; html?: string; text?: string };

export function renderReply(result: CommandResult, labels: WebLabels): WebReply {
  switch (result.kind) {
    case 'card':
      return {
        kind: 'card',
        html: renderCard(result.card, labels),
        text: fallbackText(result.card),
        visibility: result.visibility ?? 'private',
        replace: result.replace ?? false,
      };
    case 'form':
      return { kind: 'form', formId: result.form.id, html: renderForm(result.form, labels) };
    case 'form_errors':
      return { kind: 'form_errors', errors: result.errors };
    case 'done':
      return result.card
        ? { kind: 'done', html: renderCard(result.card, labels), text: fallbackText(result.card) }
        : { kind: 'done' };
    default: {
      const never: never = result;
      throw new Error(`unknown result ${JSON.stringify(never)}`);
    }
  }
}

/** A delivered message on the wire: rendered in the viewer's language. */
export interface WireMessage {
  id: string;
  kind: WebMessage['kind'];
  at: string;
  text: string;
  html: string;
}

export const renderMessage = (m: WebMessage, labels: CardLabels): WireMessage => ({
  id: m.id,
  kind: m.kind,
  at: m.at,
  text: m.text,
  html: renderCard(m.card, labels),
});
