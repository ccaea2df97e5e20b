import type { MessageBundle } from '../../shared/i18n/translator.js';

const KIND_EN =
  '{kind, select, neglect {Neglect nudge} reminder {Reminder} hygiene {Deal hygiene} digest {Weekly digest} other {Message}}';
const KIND_DE =
  '{kind, select, neglect {Kundenpflege} reminder {Erinnerung} hygiene {Deal-Hygiene} digest {Wochenüberblick} other {Nachricht}}';

export const adminMessages = {
  en: {
    'admin.usage':
      'Admins: /crm admin run neglect|reminders|hygiene|digest|snapshot runs a job now for this workspace; /crm admin outbox lists messages that could not be delivered.',
    'admin.unknown_sub': 'I don’t know “{word}” here.',
    'admin.run_title': 'Ran “{job}”',
    'admin.run_summary':
      '{sent} sent · {duplicates} already sent today · {deferred} queued for working hours · {quiet} outside working hours now · {retrying} retrying · {failed} failed',
    'admin.run_quiet_note':
      'Quiet hours and the once-a-day rule still apply: people outside their working hours get it when their day starts, and nobody gets the same nudge twice a day.',
    'admin.run_snapshots':
      'Forecast snapshots: {written} written · {existing} already taken this week · {failed} tenants failed',
    'admin.outbox_title': 'Undelivered messages',
    'admin.outbox_counts': '{failed} given up · {waiting} waiting or retrying',
    'admin.outbox_empty': 'Every message was delivered.',
    'admin.outbox_item': `${KIND_EN} to {member}`,
    'admin.outbox_detail':
      'due {day} · {attempts, plural, one {# attempt} other {# attempts}} · last {when} · {error}',
    'admin.btn_retry': 'Retry',
    'admin.retried': 'Queued again; it goes out with the next delivery run, within working hours.',
    'errors.admin.unknown_job': 'I can’t run “{job}”. Choose one of: {valid}.',
    'errors.admin.jobs_unavailable': 'Jobs are not available in this Kontakt process.',
    'errors.outbox.not_found': 'That message is no longer waiting for a retry.',
  },
  de: {
    'admin.usage':
      'Admins: /crm admin run neglect|reminders|hygiene|digest|snapshot startet einen Job jetzt für diesen Workspace; /crm admin outbox zeigt Nachrichten, die nicht zugestellt werden konnten.',
    'admin.unknown_sub': '„{word}“ kenne ich hier nicht.',
    'admin.run_title': '„{job}“ ausgeführt',
    'admin.run_summary':
      '{sent} gesendet · {duplicates} heute schon gesendet · {deferred} für die Arbeitszeit vorgemerkt · {quiet} gerade außerhalb der Arbeitszeit · {retrying} werden wiederholt · {failed} fehlgeschlagen',
    'admin.run_quiet_note':
      'Ruhezeiten und die Einmal-am-Tag-Regel gelten weiter: Wer gerade nicht arbeitet, bekommt es zu Beginn des Arbeitstags, und niemand bekommt dieselbe Erinnerung zweimal am Tag.',
    'admin.run_snapshots':
      'Prognose-Schnappschüsse: {written} gespeichert · {existing} diese Woche schon vorhanden · {failed} Mandanten fehlgeschlagen',
    'admin.outbox_title': 'Nicht zugestellte Nachrichten',
    'admin.outbox_counts': '{failed} aufgegeben · {waiting} wartend oder in Wiederholung',
    'admin.outbox_empty': 'Alle Nachrichten wurden zugestellt.',
    'admin.outbox_item': `${KIND_DE} an {member}`,
    'admin.outbox_detail':
      'fällig {day} · {attempts, plural, one {# Versuch} other {# Versuche}} · zuletzt {when} · {error}',
    'admin.btn_retry': 'Erneut senden',
    'admin.retried':
      'Wieder eingereiht; sie geht mit dem nächsten Zustelllauf raus, innerhalb der Arbeitszeit.',
    'errors.admin.unknown_job': '„{job}“ kann ich nicht ausführen. Wähle eines davon: {valid}.',
    'errors.admin.jobs_unavailable': 'Jobs sind in diesem Kontakt-Prozess nicht verfügbar.',
    'errors.outbox.not_found': 'Diese Nachricht wartet nicht mehr auf einen neuen Versuch.',
  },
} satisfies MessageBundle;
