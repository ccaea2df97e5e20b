import type { MessageBundle } from '../../shared/i18n/translator.js';

export const accountsMessages = {
  en: {
    'errors.account.name_required': 'Please give the account’s name.',
    'errors.account.name_too_long': 'An account name can have at most 120 characters.',
    'errors.account.invalid_tier': 'The tier must be A, B or C.',
    'errors.account.invalid_cadence': 'The cadence must be a whole number of days from 1 to 730.',
    'errors.account.invalid_website': 'The website must look like example.com or https://example.com.',
    'errors.account.invalid_snooze': 'Snooze for {min} to {max} days.',
    'errors.account.duplicate': 'An account called “{name}” already exists.',
    'errors.account.not_found':
      'I found no account matching “{name}”. Create it with /crm account new {name}.',
    'errors.account.ambiguous': '“{name}” matches several accounts. Please pick one.',
  },
  de: {
    'errors.account.name_required': 'Bitte gib den Namen des Kunden an.',
    'errors.account.name_too_long': 'Ein Kundenname darf höchstens 120 Zeichen haben.',
    'errors.account.invalid_tier': 'Die Stufe muss A, B oder C sein.',
    'errors.account.invalid_cadence': 'Der Kontaktrhythmus muss eine ganze Zahl von 1 bis 730 Tagen sein.',
    'errors.account.invalid_website': 'Die Website muss wie beispiel.de oder https://beispiel.de aussehen.',
    'errors.account.invalid_snooze': 'Pausiere für {min} bis {max} Tage.',
    'errors.account.duplicate': 'Einen Kunden namens „{name}“ gibt es schon.',
    'errors.account.not_found':
      'Ich habe keinen Kunden zu „{name}“ gefunden. Lege ihn mit /crm account new {name} an.',
    'errors.account.ambiguous': '„{name}“ passt auf mehrere Kunden. Bitte wähle einen aus.',
  },
} satisfies MessageBundle;
