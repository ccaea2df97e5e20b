import type { MessageBundle } from '../../shared/i18n/translator.js';

export const dealsMessages = {
  en: {
    'errors.deal.title_required': 'Please give the deal’s title.',
    'errors.deal.title_too_long': 'A deal title can have at most 200 characters.',
    'errors.deal.invalid_amount':
      'The amount must be 0 or more, written like 25000, 25,000.50 or 25k, with no more decimals than the currency has.',
    'errors.deal.invalid_probability': 'The probability must be a whole percent from 0 to 100.',
    'errors.deal.invalid_currency': 'The currency must be a three-letter ISO code such as EUR or USD.',
    'errors.deal.invalid_close_date': 'The close date must be a real date such as 2026-12-24.',
    'errors.deal.invalid_stage': '“{stage}” is not a stage of your pipeline. Choose one of: {valid}.',
    'errors.deal.lost_reason_required': 'Please say why the deal was lost before moving it to “{stage}”.',
    'errors.deal.closed': '“{title}” is closed. Reopen it by moving it to an open stage first.',
    'errors.deal.not_found': 'I found no deal matching “{name}”.',
    'errors.deal.ambiguous': '“{name}” matches several deals. Please pick one.',
    'errors.deal.conflict':
      'Someone else changed “{title}” in the meantime. Please look at it again and repeat your change.',
  },
  de: {
    'errors.deal.title_required': 'Bitte gib den Titel des Deals an.',
    'errors.deal.title_too_long': 'Ein Deal-Titel darf höchstens 200 Zeichen haben.',
    'errors.deal.invalid_amount':
      'Der Betrag muss 0 oder mehr sein, geschrieben wie 25000, 25.000,50 oder 25k, ohne mehr Nachkommastellen als die Währung hat.',
    'errors.deal.invalid_probability':
      'Die Wahrscheinlichkeit muss eine ganze Prozentzahl von 0 bis 100 sein.',
    'errors.deal.invalid_currency': 'Die Währung muss ein dreistelliger ISO-Code wie EUR oder USD sein.',
    'errors.deal.invalid_close_date': 'Das Abschlussdatum muss ein echtes Datum sein, etwa 2026-12-24.',
    'errors.deal.invalid_stage': '„{stage}“ ist keine Phase deiner Pipeline. Wähle eine von: {valid}.',
    'errors.deal.lost_reason_required':
      'Bitte gib an, warum der Deal verloren ist, bevor du ihn nach „{stage}“ verschiebst.',
    'errors.deal.closed':
      '„{title}“ ist abgeschlossen. Öffne den Deal zuerst wieder, indem du ihn in eine offene Phase verschiebst.',
    'errors.deal.not_found': 'Ich habe keinen Deal zu „{name}“ gefunden.',
    'errors.deal.ambiguous': '„{name}“ passt auf mehrere Deals. Bitte wähle einen aus.',
    'errors.deal.conflict':
      'Jemand anderes hat „{title}“ inzwischen geändert. Bitte sieh ihn dir noch einmal an und wiederhole deine Änderung.',
  },
} satisfies MessageBundle;
