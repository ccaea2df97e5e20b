import type { MessageBundle } from '../../shared/i18n/translator.js';

export const quotasMessages = {
  en: {
    'errors.quota.invalid_amount': 'The quota must be an amount of 0 or more, such as 90000 or 90,000.00.',
    'errors.quota.invalid_activity': 'An activity quota is a whole number per week from 0 to {max}.',
  },
  de: {
    'errors.quota.invalid_amount':
      'Das Ziel muss ein Betrag von 0 oder mehr sein, etwa 90000 oder 90.000,00.',
    'errors.quota.invalid_activity': 'Ein Aktivitätsziel ist eine ganze Zahl pro Woche von 0 bis {max}.',
  },
} satisfies MessageBundle;
