import type { MessageBundle } from '../../shared/i18n/translator.js';

export const coreMessages = {
  en: {
    'errors.title': 'That didn’t work',
    'core.unknown_command': 'I don’t know “{command}”. Try one of: {valid}. Type /crm help for examples.',
    'core.unknown_flag': 'I don’t know the option “--{flag}”. Valid here: {valid}.',
    'core.pick_title': 'Which one did you mean?',
    'core.pick': 'Choose…',
    'core.done_title': 'Done',
    'core.cancel': 'Cancel',
    'core.save': 'Save',
    'core.none': '—',
    'core.and_more': '… and {count} more',
    'help.title': 'Kontakt — your CRM in chat',
    'help.subtitle': 'Log contacts, move deals, see your pipeline without leaving the conversation.',
    'help.intro': 'Type /crm followed by one of these. Names with spaces go in quotes.',
    'help.log':
      'Log a customer contact: /crm log call "Acme GmbH" Discussed renewal, wants 50 seats --next friday. Types: call, email, meeting, chat, note. Alone it opens a form.',
    'help.account':
      'Show an account: /crm account Acme. Create one: /crm account new "Acme GmbH" --tier A --owner @rita',
    'help.contact':
      'Add a person: /crm contact new "Hans Müller" --account Acme --email hans@acme.de. Show: /crm contact Hans',
    'help.deal':
      'New deal: /crm deal new Acme "50 seats" 25000 --close 2027-03-31. Show: /crm deal "50 seats"',
    'help.stage': 'Move a deal: /crm stage "50 seats" negotiation. Lost needs --reason.',
    'help.quote':
      'Add a quote line: /crm quote "50 seats" 50 x "Seat licence" @ 490 --discount 10%. Show: /crm quote "50 seats"',
    'help.pipeline': 'Open deals by stage: /crm pipeline, or /crm pipeline @rita',
    'help.remind': 'Follow-up: /crm remind tomorrow 9am Call Hans --account Acme. List: /crm reminders',
    'help.settings': 'Admins: pipeline stages, cadences, currency, language, time zone, working hours.',
    'help.forecast':
      'Managers: /crm forecast this quarter, /crm forecast Q1 2027 --team, /crm forecast @rita',
    'help.quota': 'Targets: /crm quota set @rita Q1 2027 120000 · /crm quota --team',
    'help.contacts': 'Who talked to whom at a customer: /crm contacts Acme last 6 months',
    'help.activity': 'Interactions, accounts touched, deals created: /crm activity --team this month',
    'help.alerts':
      'Post stage changes to a channel: /crm alerts #sales won. Without arguments it lists them.',
    'help.team': 'Members, roles and managers: /crm team · admins: /crm team role @maria manager',
    'help.admin': 'Admins: /crm admin run neglect (nudges now) · /crm admin outbox (failed deliveries)',
    'help.me': 'Your language, time zone and working hours: /crm me',
    'help.footer': 'German works too: /crm hilfe, /crm notiz, /crm kunde, /crm phase …',
  },
  de: {
    'errors.title': 'Das hat nicht geklappt',
    'core.unknown_command':
      '„{command}“ kenne ich nicht. Versuch eines davon: {valid}. Mit /crm hilfe bekommst du Beispiele.',
    'core.unknown_flag': 'Die Option „--{flag}“ kenne ich nicht. Gültig sind hier: {valid}.',
    'core.pick_title': 'Welchen meinst du?',
    'core.pick': 'Auswählen…',
    'core.done_title': 'Erledigt',
    'core.cancel': 'Abbrechen',
    'core.save': 'Speichern',
    'core.none': '—',
    'core.and_more': '… und {count} weitere',
    'help.title': 'Kontakt — dein CRM im Chat',
    'help.subtitle': 'Kontakte erfassen, Deals bewegen, die Pipeline sehen, ohne das Gespräch zu verlassen.',
    'help.intro': 'Tippe /crm und einen dieser Befehle. Namen mit Leerzeichen in Anführungszeichen.',
    'help.log':
      'Kundenkontakt erfassen: /crm notiz anruf "Acme GmbH" Verlängerung besprochen, will 50 Plätze --nächste freitag. Arten: anruf, email, termin, chat, notiz. Ohne Angaben öffnet sich ein Formular.',
    'help.account':
      'Kunden anzeigen: /crm kunde Acme. Anlegen: /crm kunde neu "Acme GmbH" --stufe A --besitzer @rita',
    'help.contact':
      'Person anlegen: /crm kontakt neu "Hans Müller" --kunde Acme --email hans@acme.de. Anzeigen: /crm kontakt Hans',
    'help.deal':
      'Neuer Deal: /crm deal neu Acme "50 Plätze" 25000 --abschluss 31.03.2027. Anzeigen: /crm deal "50 Plätze"',
    'help.stage': 'Deal verschieben: /crm phase "50 Plätze" verhandlung. Verloren braucht --grund.',
    'help.quote':
      'Angebotsposition: /crm angebot "50 Plätze" 50 x "Lizenz" @ 490 --rabatt 10%. Anzeigen: /crm angebot "50 Plätze"',
    'help.pipeline': 'Offene Deals nach Phase: /crm pipeline oder /crm pipeline @rita',
    'help.remind':
      'Wiedervorlage: /crm erinnern morgen 9 Uhr Hans anrufen --kunde Acme. Liste: /crm erinnerungen',
    'help.settings': 'Admins: Pipeline-Phasen, Kontaktrhythmus, Währung, Sprache, Zeitzone, Arbeitszeiten.',
    'help.forecast':
      'Führungskräfte: /crm prognose dieses Quartal, /crm prognose Q1 2027 --team, /crm prognose @rita',
    'help.quota': 'Ziele: /crm ziel set @rita Q1 2027 120000 · /crm ziel --team',
    'help.contacts': 'Wer hat mit wem beim Kunden gesprochen: /crm kontakte Acme',
    'help.activity': 'Kontakte, betreute Kunden, neue Deals: /crm aktivität --team dieser Monat',
    'help.alerts':
      'Phasenwechsel in einen Kanal posten: /crm meldungen #vertrieb won. Ohne Angaben zeigt es sie.',
    'help.team': 'Mitglieder, Rollen, Führungskräfte: /crm team · Admins: /crm team rolle @maria manager',
    'help.admin':
      'Admins: /crm admin run neglect (Hinweise jetzt) · /crm admin outbox (fehlgeschlagene Zustellungen)',
    'help.me': 'Deine Sprache, Zeitzone und Arbeitszeiten: /crm ich',
    'help.footer': 'Englisch geht auch: /crm help, /crm log, /crm account, /crm stage …',
  },
} satisfies MessageBundle;
