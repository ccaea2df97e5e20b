import type { MessageBundle } from '../../shared/i18n/translator.js';

const STATUS_EN =
  '{from, select, draft {a draft} sent {sent} accepted {accepted} rejected {rejected} expired {expired} other {{from}}}';
const TARGET_EN = '{to, select, sent {sent} accepted {accepted} rejected {rejected} other {changed}}';
const STATUS_DE =
  '{from, select, draft {ein Entwurf} sent {versendet} accepted {angenommen} rejected {abgelehnt} expired {abgelaufen} other {{from}}}';
const TARGET_DE =
  '{to, select, sent {versendet} accepted {angenommen} rejected {abgelehnt} other {geändert}}';

export const quotesMessages = {
  en: {
    'errors.quote.product_required': 'Please name the product or service of the line.',
    'errors.quote.product_too_long': 'A product name can have at most 200 characters.',
    'errors.quote.invalid_quantity': 'The quantity must be a whole number from 1 to 100,000.',
    'errors.quote.invalid_price':
      'The unit price must be an amount such as 490, 1,250.50 or 1.5k, up to 10 million, with no more decimals than the currency has.',
    'errors.quote.invalid_discount':
      'The discount must be a percentage from 0 to 100 with at most two decimals, such as 12.5.',
    'errors.quote.too_many_lines': 'A quote can have at most {max} lines.',
    'errors.quote.line_not_found':
      'There is no line “{line}”. The quote has {count, plural, =0 {no lines} one {# line} other {# lines}}.',
    'errors.quote.not_found': 'There is no quote for “{deal}” yet. Add a line to start one.',
    'errors.quote.not_editable':
      'Quote {number} is no longer a draft, so its lines cannot change. Adding a line starts a new quote.',
    'errors.quote.empty': 'Quote {number} has no lines yet. Add at least one first.',
    'errors.quote.invalid_transition': `This quote is ${STATUS_EN}, so it cannot be ${TARGET_EN}.`,
    'errors.quote.invalid_valid_until':
      'The “valid until” date must be a real date in the future, such as 2027-01-31.',
    'errors.quote.conflict':
      'Someone else changed quote {number} in the meantime. Please look at it again and repeat your change.',
  },
  de: {
    'errors.quote.product_required': 'Bitte gib das Produkt oder die Leistung der Position an.',
    'errors.quote.product_too_long': 'Ein Produktname darf höchstens 200 Zeichen haben.',
    'errors.quote.invalid_quantity': 'Die Menge muss eine ganze Zahl von 1 bis 100.000 sein.',
    'errors.quote.invalid_price':
      'Der Stückpreis muss ein Betrag wie 490, 1.250,50 oder 1,5k sein, höchstens 10 Millionen und ohne mehr Nachkommastellen als die Währung hat.',
    'errors.quote.invalid_discount':
      'Der Rabatt muss ein Prozentsatz von 0 bis 100 mit höchstens zwei Nachkommastellen sein, etwa 12,5.',
    'errors.quote.too_many_lines': 'Ein Angebot kann höchstens {max} Positionen haben.',
    'errors.quote.line_not_found':
      'Es gibt keine Position „{line}“. Das Angebot hat {count, plural, =0 {keine Positionen} one {# Position} other {# Positionen}}.',
    'errors.quote.not_found':
      'Für „{deal}“ gibt es noch kein Angebot. Füge eine Position hinzu, um eines zu beginnen.',
    'errors.quote.not_editable':
      'Angebot {number} ist kein Entwurf mehr, seine Positionen lassen sich nicht mehr ändern. Eine neue Position beginnt ein neues Angebot.',
    'errors.quote.empty': 'Angebot {number} hat noch keine Positionen. Füge zuerst mindestens eine hinzu.',
    'errors.quote.invalid_transition': `Das Angebot ist ${STATUS_DE} und kann nicht ${TARGET_DE} werden.`,
    'errors.quote.invalid_valid_until':
      'Das „Gültig bis“-Datum muss ein echtes Datum in der Zukunft sein, etwa 2027-01-31.',
    'errors.quote.conflict':
      'Jemand anderes hat Angebot {number} inzwischen geändert. Bitte sieh es dir noch einmal an und wiederhole deine Änderung.',
  },
} satisfies MessageBundle;
