import type { MessageBundle } from '../../shared/i18n/translator.js';

export const contactsMessages = {
  en: {
    'errors.contact.name_required': 'Please give the contact’s name.',
    'errors.contact.name_too_long': 'A contact’s name can have at most {max} characters.',
    'errors.contact.account_required': 'Please say which account the contact works for.',
    'errors.contact.invalid_email': 'The e-mail address must look like name@example.com.',
    'errors.contact.invalid_phone':
      'A phone number has 5 to 30 characters: digits, spaces, +, -, / and parentheses, e.g. +49 30 1234567.',
    'errors.contact.duplicate_email': 'Another contact already has the e-mail address “{email}”.',
    'errors.contact.not_found':
      'I found no contact matching “{name}”. Try part of the name or the e-mail address.',
    'errors.contact.ambiguous': '“{name}” matches several contacts. Please pick one.',
  },
  de: {
    'errors.contact.name_required': 'Bitte gib den Namen des Kontakts an.',
    'errors.contact.name_too_long': 'Der Name eines Kontakts darf höchstens {max} Zeichen haben.',
    'errors.contact.account_required': 'Bitte gib an, für welchen Kunden der Kontakt arbeitet.',
    'errors.contact.invalid_email': 'Die E-Mail-Adresse muss wie name@beispiel.de aussehen.',
    'errors.contact.invalid_phone':
      'Eine Telefonnummer hat 5 bis 30 Zeichen: Ziffern, Leerzeichen, +, -, / und Klammern, z. B. +49 30 1234567.',
    'errors.contact.duplicate_email': 'Ein anderer Kontakt hat schon die E-Mail-Adresse „{email}“.',
    'errors.contact.not_found':
      'Ich habe keinen Kontakt zu „{name}“ gefunden. Versuch es mit einem Teil des Namens oder der E-Mail-Adresse.',
    'errors.contact.ambiguous': '„{name}“ passt auf mehrere Kontakte. Bitte wähle einen aus.',
  },
} satisfies MessageBundle;
