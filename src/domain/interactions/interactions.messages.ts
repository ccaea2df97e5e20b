import type { MessageBundle } from '../../shared/i18n/translator.js';

export const interactionsMessages = {
  en: {
    'errors.interaction.invalid_type': 'The kind of interaction must be one of: {valid}.',
    'errors.interaction.invalid_direction':
      'The direction must be “in” (they reached out) or “out” (we did).',
    'errors.interaction.invalid_source': 'The source must be one of: {valid}.',
    'errors.interaction.summary_required': 'Please write a short summary of what happened.',
    'errors.interaction.summary_too_long': 'A summary can have at most {max} characters.',
    'errors.interaction.invalid_date':
      'When did it happen? Give a real date such as 2026-12-03 or 2026-12-03T14:30Z.',
    'errors.interaction.in_future': 'That date lies in the future. Log interactions once they have happened.',
    'errors.interaction.invalid_permalink':
      'The link must be a web address starting with https:// or http://.',
    'errors.interaction.too_many_contacts': 'An interaction can name at most {max} contacts.',
  },
  de: {
    'errors.interaction.invalid_type': 'Die Art der Interaktion muss eine von diesen sein: {valid}.',
    'errors.interaction.invalid_direction':
      'Die Richtung muss „in“ (der Kunde hat sich gemeldet) oder „out“ (wir haben uns gemeldet) sein.',
    'errors.interaction.invalid_source': 'Die Quelle muss eine von diesen sein: {valid}.',
    'errors.interaction.summary_required': 'Bitte fasse kurz zusammen, was passiert ist.',
    'errors.interaction.summary_too_long': 'Eine Zusammenfassung darf höchstens {max} Zeichen haben.',
    'errors.interaction.invalid_date':
      'Wann war das? Gib ein echtes Datum an, etwa 2026-12-03 oder 2026-12-03T14:30Z.',
    'errors.interaction.in_future':
      'Dieses Datum liegt in der Zukunft. Erfasse Interaktionen erst, wenn sie stattgefunden haben.',
    'errors.interaction.invalid_permalink':
      'Der Link muss eine Webadresse sein, die mit https:// oder http:// beginnt.',
    'errors.interaction.too_many_contacts': 'Eine Interaktion kann höchstens {max} Kontakte nennen.',
  },
} satisfies MessageBundle;
