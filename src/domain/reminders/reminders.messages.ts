import type { MessageBundle } from '../../shared/i18n/translator.js';

export const remindersMessages = {
  en: {
    'errors.reminder.what_required': 'Please say what I should remind you of.',
    'errors.reminder.what_too_long': 'A reminder can have at most {max} characters.',
    'errors.reminder.due_required': 'Please say when, e.g. “tomorrow 9am”, “next friday” or “in 3 days”.',
    'errors.reminder.in_past':
      'That time has already passed. Please pick a time in the future, e.g. “tomorrow 9am”.',
    'errors.reminder.not_found': 'I can’t find that reminder any more.',
    'errors.reminder.not_open':
      'The reminder “{what}” is already {status, select, done {done} cancelled {cancelled} other {closed}}.',
    'errors.reminder.invalid_snooze':
      'Snooze for {min} to {max} days, or name a new time such as “next monday”.',
  },
  de: {
    'errors.reminder.what_required': 'Bitte sag, woran ich dich erinnern soll.',
    'errors.reminder.what_too_long': 'Eine Erinnerung darf höchstens {max} Zeichen haben.',
    'errors.reminder.due_required':
      'Bitte sag, wann – zum Beispiel „morgen um 9“, „nächsten Freitag“ oder „in 3 Tagen“.',
    'errors.reminder.in_past':
      'Dieser Zeitpunkt ist schon vorbei. Bitte wähle einen in der Zukunft, z. B. „morgen um 9“.',
    'errors.reminder.not_found': 'Diese Erinnerung finde ich nicht mehr.',
    'errors.reminder.not_open':
      'Die Erinnerung „{what}“ ist schon {status, select, done {erledigt} cancelled {abgesagt} other {geschlossen}}.',
    'errors.reminder.invalid_snooze':
      'Verschiebe um {min} bis {max} Tage oder nenne einen neuen Zeitpunkt wie „nächsten Montag“.',
  },
} satisfies MessageBundle;
