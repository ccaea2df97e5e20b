import type { MessageBundle } from '../../shared/i18n/translator.js';

const interactions = '{count, plural, one {# interaction} other {# interactions}}';
const interaktionen = '{count, plural, one {# Interaktion} other {# Interaktionen}}';

export const analyticsUiMessages = {
  en: {
    'analytics.contacts_title': 'Contacts · {account}',
    'analytics.contacts_subtitle': `{period} · ${interactions}`,
    'analytics.contacts_usage':
      'Contact analytics: /crm contacts "Acme GmbH" [period], e.g. /crm contacts Acme last 12 months. Without a period: the last 6 months.',
    'analytics.contacts_problem': 'Please name the account.',
    'analytics.who_title': 'Who talked to whom',
    'analytics.our_side': 'Our side',
    'analytics.total': 'Total',
    'analytics.none_in_period': 'Nobody logged an interaction with this account in the period.',
    'analytics.by_type': 'By type',
    'analytics.by_month': 'Month by month',
    'analytics.interactions': 'Interactions',
    'analytics.last_touch': 'Last touch per contact',
    'analytics.touched': '{date} by {name}',
    'analytics.never': 'never contacted',
    'analytics.no_contacts': 'No contacts are recorded for this account yet.',
    'analytics.cadence_on_track': `${interactions} in {days} days: one every {every} days. The cadence asks for one every {cadence} days (about {expected} in that time): on track.`,
    'analytics.cadence_behind': `${interactions} in {days} days, while the cadence of one every {cadence} days asks for about {expected}: behind cadence.`,
    'analytics.cadence_not_started':
      'The period has not started yet; the cadence is one contact every {cadence} days.',
    'analytics.activity_title': 'Activity · {period}',
    'analytics.activity_usage':
      'Activity: /crm activity [@user | --team] [period], e.g. /crm activity --team last month.',
    'analytics.accounts_touched': 'Accounts touched',
    'analytics.deals_created': 'Deals created',
    'analytics.stages_advanced': 'Stages advanced',
    'analytics.accounts_created': 'New accounts',
    'analytics.type_call': 'Calls',
    'analytics.type_email': 'E-mails',
    'analytics.type_meeting': 'Meetings',
    'analytics.type_chat': 'Chats',
    'analytics.type_note': 'Notes',
    'analytics.type_campaign': 'Campaigns',
    'analytics.type_other': 'Other',
  },
  de: {
    'analytics.contacts_title': 'Kontakte · {account}',
    'analytics.contacts_subtitle': `{period} · ${interaktionen}`,
    'analytics.contacts_usage':
      'Kontaktanalyse: /crm kontakte "Acme GmbH" [Zeitraum], z. B. /crm kontakte Acme letzte 12 Monate. Ohne Zeitraum: die letzten 6 Monate.',
    'analytics.contacts_problem': 'Bitte nenne den Kunden.',
    'analytics.who_title': 'Wer mit wem gesprochen hat',
    'analytics.our_side': 'Unsere Seite',
    'analytics.total': 'Gesamt',
    'analytics.none_in_period': 'Im Zeitraum hat niemand eine Interaktion mit diesem Kunden erfasst.',
    'analytics.by_type': 'Nach Art',
    'analytics.by_month': 'Monat für Monat',
    'analytics.interactions': 'Interaktionen',
    'analytics.last_touch': 'Letzter Kontakt je Ansprechpartner',
    'analytics.touched': '{date} durch {name}',
    'analytics.never': 'noch nie kontaktiert',
    'analytics.no_contacts': 'Für diesen Kunden sind noch keine Ansprechpartner erfasst.',
    'analytics.cadence_on_track': `${interaktionen} in {days} Tagen: eine alle {every} Tage. Der Kontaktrhythmus verlangt eine alle {cadence} Tage (etwa {expected} in dieser Zeit): im Plan.`,
    'analytics.cadence_behind': `${interaktionen} in {days} Tagen, der Kontaktrhythmus von einer alle {cadence} Tage verlangt etwa {expected}: hinter dem Rhythmus.`,
    'analytics.cadence_not_started':
      'Der Zeitraum hat noch nicht begonnen; der Kontaktrhythmus ist ein Kontakt alle {cadence} Tage.',
    'analytics.activity_title': 'Aktivität · {period}',
    'analytics.activity_usage':
      'Aktivität: /crm aktivität [@person | --team] [Zeitraum], z. B. /crm aktivität --team letzter Monat.',
    'analytics.accounts_touched': 'Kunden kontaktiert',
    'analytics.deals_created': 'Deals angelegt',
    'analytics.stages_advanced': 'Phasen vorangebracht',
    'analytics.accounts_created': 'Neue Kunden',
    'analytics.type_call': 'Anrufe',
    'analytics.type_email': 'E-Mails',
    'analytics.type_meeting': 'Termine',
    'analytics.type_chat': 'Chats',
    'analytics.type_note': 'Notizen',
    'analytics.type_campaign': 'Kampagnen',
    'analytics.type_other': 'Sonstiges',
  },
} satisfies MessageBundle;
