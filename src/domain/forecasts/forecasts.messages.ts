import type { MessageBundle } from '../../shared/i18n/translator.js';

export const forecastsMessages = {
  en: {
    'errors.forecast.invalid_period':
      'I don’t understand “{period}” as a period. Try: this quarter, next quarter, last quarter, this month, next month, 2027-Q1, Q1 2027, Jan 2027, 2027-01, FY2027 or last 6 months.',
  },
  de: {
    'errors.forecast.invalid_period':
      '„{period}“ verstehe ich nicht als Zeitraum. Versuch: dieses Quartal, nächstes Quartal, letztes Quartal, dieser Monat, nächster Monat, 2027-Q1, Q1 2027, Januar 2027, 2027-01, GJ 2027 oder letzte 6 Monate.',
  },
} satisfies MessageBundle;
