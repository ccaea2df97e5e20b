import type { AppError } from '../../shared/errors.js';
import type { Result } from '../../shared/result.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import { type Block, card } from '../view/card.js';

/** Button values stay far below Slack's 2,000-character limit. */
const MAX_RERUN = 1800;

/**
 * A coded error as a card. When a name was ambiguous and the command can be re-run with the chosen
 * record's id, the candidates become a picker instead of a dead end.
 */
export function errorResult(s: Session, error: AppError, rerun?: (id: string) => string): CommandResult {
  const blocks: Block[] = [{ type: 'text', text: s.errorText(error), tone: 'error' }];
  const template = rerun?.('{choice}');
  if (error.candidates?.length && template && template.length <= MAX_RERUN) {
    return {
      kind: 'card',
      card: card(s.t('core.pick_title'), [
        {
          type: 'picker',
          prompt: s.errorText(error),
          action: { id: 'cmd.rerun', value: { text: template } },
          options: error.candidates.map((c) => ({
            label: c.label,
            value: c.id,
            ...(c.detail ? { detail: c.detail } : {}),
          })),
        },
      ]),
    };
  }
  return { kind: 'card', card: card(s.t('errors.title'), blocks, { tone: 'error' }) };
}

/** Usage help for a subcommand, shown when its arguments are missing or malformed. */
export function usageResult(s: Session, problem: string, usageKey: string): CommandResult {
  return {
    kind: 'card',
    card: card(
      s.t('errors.title'),
      [
        { type: 'text', text: problem, tone: 'error' },
        { type: 'context', text: s.t(usageKey) },
      ],
      { tone: 'error' },
    ),
  };
}

export function successCard(s: Session, text: string, blocks: Block[] = []): CommandResult {
  return {
    kind: 'card',
    card: card(s.t('core.done_title'), [{ type: 'text', text, tone: 'success' }, ...blocks]),
  };
}

/** Unwraps a domain result or turns its error into a card. */
export type Unwrapped<T> = { ok: true; value: T } | { ok: false; result: CommandResult };
export function unwrap<T>(s: Session, r: Result<T>, rerun?: (id: string) => string): Unwrapped<T> {
  return r.ok ? r : { ok: false, result: errorResult(s, r.error, rerun) };
}

/** Quotes a name for re-use in a command line. */
export const q = (text: string) => (/\s/.test(text) ? `"${text.replace(/"/g, '')}"` : text);
