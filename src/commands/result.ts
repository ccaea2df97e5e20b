import type { Card } from './view/card.js';
import type { Form } from './view/form.js';

/**
 * What a command, action or form submission produces. Adapters decide how to deliver it: an ephemeral
 * reply, a channel message, a modal, a card updated in place.
 */
export type CommandResult =
  /** `visibility: 'channel'` posts for everyone; `replace` updates the message the action came from. */
  | { kind: 'card'; card: Card; visibility?: 'private' | 'channel'; replace?: boolean }
  | { kind: 'form'; form: Form }
  /** Inline validation on a submitted form: field id → localized message. Nothing was written. */
  | { kind: 'form_errors'; errors: Record<string, string> }
  /** A form was submitted and handled; `card` (if any) is shown to the user afterwards. */
  | { kind: 'done'; card?: Card };

export const cardResult = (
  card: Card,
  extra: { visibility?: 'private' | 'channel'; replace?: boolean } = {},
) => ({ kind: 'card', card, ...extra }) as const satisfies CommandResult;
