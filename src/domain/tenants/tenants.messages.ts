import type { MessageBundle } from '../../shared/i18n/translator.js';

export const tenantsMessages = {
  en: {
    'errors.settings.invalid_currency':
      'The currency must be a three-letter ISO code such as EUR, USD or CHF.',
    'errors.settings.invalid_locale': 'The language must be English (en) or German (de).',
    'errors.settings.invalid_time_zone':
      'The time zone must be an IANA name such as Europe/Berlin or America/New_York.',
    'errors.settings.invalid_days': 'Working days are numbers from 1 (Monday) to 7 (Sunday), e.g. 1-5.',
    'errors.settings.invalid_hours':
      'Working hours are times like 09:00 and 17:00, the start before the end.',
    'errors.settings.invalid_cadence':
      'The cadence for tier {tier} must be a whole number of days from 1 to 730.',
    'errors.settings.invalid_pipeline':
      'The pipeline needs 3 to 12 stages with unique names, one Won and one Lost stage, and probabilities from 0 to 100.',
    'errors.settings.invalid_fiscal_start':
      'The fiscal year starts in a month from 1 (January) to 12 (December).',
    'errors.settings.invalid_stage_line':
      'Write a stage as name · probability % · days, e.g. Proposal · 40 % · 5.',
    'errors.settings.stage_in_use':
      '“{stage}” still has {count, plural, one {# open deal} other {# open deals}}. Move them to another stage first.',
  },
  de: {
    'errors.settings.invalid_currency':
      'Die Währung muss ein dreibuchstabiger ISO-Code sein, etwa EUR, USD oder CHF.',
    'errors.settings.invalid_locale': 'Die Sprache muss Englisch (en) oder Deutsch (de) sein.',
    'errors.settings.invalid_time_zone':
      'Die Zeitzone muss ein IANA-Name sein, etwa Europe/Berlin oder America/New_York.',
    'errors.settings.invalid_days': 'Arbeitstage sind Zahlen von 1 (Montag) bis 7 (Sonntag), etwa 1-5.',
    'errors.settings.invalid_hours':
      'Arbeitszeiten sind Uhrzeiten wie 09:00 und 17:00, der Beginn vor dem Ende.',
    'errors.settings.invalid_cadence':
      'Der Kontaktrhythmus für Stufe {tier} muss eine ganze Zahl von 1 bis 730 Tagen sein.',
    'errors.settings.invalid_pipeline':
      'Die Pipeline braucht 3 bis 12 Phasen mit eindeutigen Namen, eine Gewonnen- und eine Verloren-Phase und Wahrscheinlichkeiten von 0 bis 100.',
    'errors.settings.invalid_fiscal_start':
      'Das Geschäftsjahr beginnt in einem Monat von 1 (Januar) bis 12 (Dezember).',
    'errors.settings.invalid_stage_line':
      'Schreib eine Phase als Name · Wahrscheinlichkeit % · Tage, etwa Angebot · 40 % · 5.',
    'errors.settings.stage_in_use':
      '„{stage}“ hat noch {count, plural, one {# offenen Deal} other {# offene Deals}}. Verschiebe sie zuerst in eine andere Phase.',
  },
} satisfies MessageBundle;
