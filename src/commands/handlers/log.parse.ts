import type { Interaction, InteractionType } from '../../domain/interactions/interaction.js';
import type { Session } from '../session.js';

/** Interaction types as people type them, in English and German. */
export const TYPE_WORDS: Record<string, InteractionType> = {
  call: 'call',
  phone: 'call',
  anruf: 'call',
  telefonat: 'call',
  email: 'email',
  'e-mail': 'email',
  mail: 'email',
  meeting: 'meeting',
  termin: 'meeting',
  treffen: 'meeting',
  besuch: 'meeting',
  visit: 'meeting',
  chat: 'chat',
  message: 'chat',
  nachricht: 'chat',
  note: 'note',
  notiz: 'note',
  campaign: 'campaign',
  kampagne: 'campaign',
  other: 'other',
  sonstiges: 'other',
};

export const LOG_FLAGS: Record<string, string> = {
  contact: 'contact',
  kontakt: 'contact',
  deal: 'deal',
  when: 'when',
  wann: 'when',
  am: 'when',
  next: 'next',
  nächste: 'next',
  naechste: 'next',
  wiedervorlage: 'next',
  in: 'inbound',
  inbound: 'inbound',
  eingehend: 'inbound',
};

/** Where a request came from, as recorded on the interaction. */
export function interactionSource(s: Session): Interaction['source'] {
  switch (s.inv.source) {
    case 'slash':
    case 'modal':
    case 'shortcut':
    case 'playground':
    case 'teams':
      return s.inv.source;
    default:
      return 'other';
  }
}

/** A retried delivery or a double click carries the same request id, so it logs once. */
export const idempotencyKey = (s: Session, salt = '') =>
  s.inv.requestId ? `${s.inv.platform}:${s.inv.requestId}${salt ? `:${salt}` : ''}` : undefined;
