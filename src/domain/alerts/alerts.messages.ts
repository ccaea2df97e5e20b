import type { MessageBundle } from '../../shared/i18n/translator.js';

export const alertsMessages = {
  en: {
    'errors.alerts.not_found': 'That channel has no deal alert subscription (any more).',
    'errors.alerts.no_channel':
      'I can’t tell which channel this is. Name it instead, e.g. /crm alerts #sales.',
    'errors.alerts.invalid_channel':
      '“{channel}” is not a channel. Mention one like #sales, or write “here”.',
  },
  de: {
    'errors.alerts.not_found': 'Dieser Kanal hat kein Abo für Deal-Meldungen (mehr).',
    'errors.alerts.no_channel':
      'Ich erkenne nicht, welcher Kanal das ist. Nenne ihn, z. B. /crm meldungen #vertrieb.',
    'errors.alerts.invalid_channel':
      '„{channel}“ ist kein Kanal. Erwähne einen wie #vertrieb oder schreib „hier“.',
  },
} satisfies MessageBundle;
