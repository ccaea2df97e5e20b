import type { MessageBundle } from '../../shared/i18n/translator.js';

export const careMessages = {
  en: {
    'care.subtitle': 'Relationship care · {date}',
    'care.neglect_title':
      '{count, plural, one {# account is waiting to hear from you} other {# accounts are waiting to hear from you}}',
    'care.neglect_intro': 'These accounts are past their contact cadence, most overdue first.',
    'care.neglect_detail': 'Tier {tier} · {overdue} · last contact {last}',
    'care.btn_snooze_7': 'Snooze 7 days',
    'care.btn_snooze_30': 'Snooze 30 days',
    'care.btn_reassign': 'Reassign',
    'care.btn_dormant': 'Mark dormant',
    'care.btn_open_deal': 'Open deal',
    'care.hygiene_title': '{count, plural, one {# deal needs attention} other {# deals need attention}}',
    'care.hygiene_intro':
      'Close dates that have passed, and deals that sit in a stage longer than it allows.',
    'care.slipped':
      '{days, plural, one {close date passed yesterday} other {close date passed # days ago}} ({date})',
    'care.stale': '{days} days in {stage} (limit {limit})',
    'care.snoozed': '{name} is snoozed until {date}. No nudges until then.',
    'care.dormant_done': '{name} is now dormant: no more nudges until it is active again.',
    'care.reassign_title': 'Reassign {name}',
    'care.reassign_prompt': 'Who should own {name} from now on?',
    'care.reassigned': '{name} now belongs to {owner}.',
    'care.digest_title': 'Your team this week',
    'care.digest_subtitle': 'Weekly digest for {count, plural, one {# person} other {# people}} · {date}',
    'care.digest_neglected':
      '{count, plural, one {# account without contact for over twice its cadence} other {# accounts without contact for over twice their cadence}}',
    'care.digest_slipped': '{count, plural, one {# close date slipped} other {# close dates slipped}}',
    'care.digest_stale':
      '{count, plural, one {# deal stuck in its stage} other {# deals stuck in their stage}}',
    'care.digest_won':
      '{count, plural, one {# deal won in the last 7 days} other {# deals won in the last 7 days}}',
    'care.digest_lost':
      '{count, plural, one {# deal lost in the last 7 days} other {# deals lost in the last 7 days}}',
    'care.digest_forecast': 'Weighted forecast {period}',
    'care.digest_forecast_value': '{now} ({delta} since last week, was {before})',
    'care.digest_all_clear':
      'Nothing needs your attention this week: no neglected accounts, no stuck or slipped deals, no deals closed.',
  },
  de: {
    'care.subtitle': 'Kundenpflege · {date}',
    'care.neglect_title': '{count, plural, one {# Kunde wartet auf dich} other {# Kunden warten auf dich}}',
    'care.neglect_intro': 'Diese Kunden sind über ihrem Kontaktrhythmus, die dringendsten zuerst.',
    'care.neglect_detail': 'Stufe {tier} · {overdue} · letzter Kontakt {last}',
    'care.btn_snooze_7': '7 Tage pausieren',
    'care.btn_snooze_30': '30 Tage pausieren',
    'care.btn_reassign': 'Neu zuweisen',
    'care.btn_dormant': 'Ruhend setzen',
    'care.btn_open_deal': 'Deal öffnen',
    'care.hygiene_title':
      '{count, plural, one {# Deal braucht Aufmerksamkeit} other {# Deals brauchen Aufmerksamkeit}}',
    'care.hygiene_intro':
      'Verstrichene Abschlussdaten und Deals, die länger in einer Phase stehen als vorgesehen.',
    'care.slipped':
      '{days, plural, one {Abschlussdatum seit gestern verstrichen} other {Abschlussdatum seit # Tagen verstrichen}} ({date})',
    'care.stale': '{days} Tage in {stage} (Grenze {limit})',
    'care.snoozed': '{name} ist bis {date} pausiert. Bis dahin keine Erinnerungen.',
    'care.dormant_done': '{name} ist jetzt ruhend: keine Erinnerungen mehr, bis der Kunde wieder aktiv ist.',
    'care.reassign_title': '{name} neu zuweisen',
    'care.reassign_prompt': 'Wer soll {name} ab jetzt betreuen?',
    'care.reassigned': '{name} wird jetzt von {owner} betreut.',
    'care.digest_title': 'Dein Team diese Woche',
    'care.digest_subtitle': 'Wochenüberblick für {count, plural, one {# Person} other {# Personen}} · {date}',
    'care.digest_neglected':
      '{count, plural, one {# Kunde seit über dem doppelten Rhythmus ohne Kontakt} other {# Kunden seit über dem doppelten Rhythmus ohne Kontakt}}',
    'care.digest_slipped':
      '{count, plural, one {# Abschlussdatum verstrichen} other {# Abschlussdaten verstrichen}}',
    'care.digest_stale':
      '{count, plural, one {# Deal steckt in seiner Phase fest} other {# Deals stecken in ihrer Phase fest}}',
    'care.digest_won':
      '{count, plural, one {# Deal in den letzten 7 Tagen gewonnen} other {# Deals in den letzten 7 Tagen gewonnen}}',
    'care.digest_lost':
      '{count, plural, one {# Deal in den letzten 7 Tagen verloren} other {# Deals in den letzten 7 Tagen verloren}}',
    'care.digest_forecast': 'Gewichtete Prognose {period}',
    'care.digest_forecast_value': '{now} ({delta} seit letzter Woche, vorher {before})',
    'care.digest_all_clear':
      'Diese Woche braucht nichts deine Aufmerksamkeit: keine vernachlässigten Kunden, keine festgefahrenen oder verstrichenen Deals, keine Abschlüsse.',
  },
} satisfies MessageBundle;
