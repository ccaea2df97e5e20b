import type { MessageBundle } from '../../shared/i18n/translator.js';

export const contactUiMessages = {
  en: {
    'contact.subtitle': 'Contact',
    'contact.account': 'Account',
    'contact.role': 'Role',
    'contact.email': 'E-mail',
    'contact.phone': 'Phone',
    'contact.name': 'Name',
    'contact.form_title': 'New contact',
    'contact.btn_account': 'Open account',
    'contact.people': 'People',
    'contact.people_empty': 'No contacts yet.',
  },
  de: {
    'contact.subtitle': 'Kontakt',
    'contact.account': 'Kunde',
    'contact.role': 'Rolle',
    'contact.email': 'E-Mail',
    'contact.phone': 'Telefon',
    'contact.name': 'Name',
    'contact.form_title': 'Neuer Kontakt',
    'contact.btn_account': 'Kunden öffnen',
    'contact.people': 'Personen',
    'contact.people_empty': 'Noch keine Kontakte.',
  },
} satisfies MessageBundle;
