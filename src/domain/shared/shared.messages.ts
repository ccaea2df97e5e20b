import type { MessageBundle } from '../../shared/i18n/translator.js';

export const sharedMessages = {
  en: {
    'errors.input.invalid': 'The value for “{field}” is not valid.',
    'errors.input.too_long': '“{field}” is too long (at most {max} characters).',
    'errors.input.nothing_to_change': 'Nothing to change: name at least one field.',
    'errors.input.invalid_date':
      '“{value}” is not a date I understand. Try “tomorrow”, “next friday”, “in 3 days” or “2026-12-24”.',
    'errors.member.not_found': 'I don’t know a team member called “{name}”.',
    'errors.member.ambiguous': '“{name}” matches several team members. Please pick one.',
    'errors.member.forbidden':
      'You are not allowed to do that. Ask the record’s owner, their manager or an admin.',
    'errors.member.admin_only': 'Only admins can do that.',
    'errors.member.manager_only': 'Only managers and admins can do that.',
    'errors.internal': 'Something went wrong on our side. Please try again in a moment.',
    'errors.member.invalid_role': 'The role must be one of: {valid}.',
    'errors.member.invalid_hours': 'Working hours are times like 08:30 and 17:00, the start before the end.',
    'errors.member.last_admin': 'You are the last admin. Make someone else admin first.',
    'errors.member.own_manager': 'Nobody can be their own manager.',
    'errors.member.manager_not_manager':
      '{name} is a rep. Make them manager first: /crm team role @{name} manager',
  },
  de: {
    'errors.input.invalid': 'Der Wert für „{field}“ ist ungültig.',
    'errors.input.too_long': '„{field}“ ist zu lang (höchstens {max} Zeichen).',
    'errors.input.nothing_to_change': 'Nichts zu ändern: Gib mindestens ein Feld an.',
    'errors.input.invalid_date':
      '„{value}“ verstehe ich nicht als Datum. Versuch „morgen“, „nächsten Freitag“, „in 3 Tagen“ oder „24.12.2026“.',
    'errors.member.not_found': 'Ich kenne kein Teammitglied namens „{name}“.',
    'errors.member.ambiguous': '„{name}“ passt auf mehrere Teammitglieder. Bitte wähle eines aus.',
    'errors.member.forbidden':
      'Das darfst du nicht. Frag die verantwortliche Person, ihre Führungskraft oder einen Admin.',
    'errors.member.admin_only': 'Das dürfen nur Admins.',
    'errors.member.manager_only': 'Das dürfen nur Führungskräfte und Admins.',
    'errors.internal': 'Bei uns ist etwas schiefgelaufen. Bitte versuch es gleich noch einmal.',
    'errors.member.invalid_role': 'Die Rolle muss eine davon sein: {valid}.',
    'errors.member.invalid_hours':
      'Arbeitszeiten sind Uhrzeiten wie 08:30 und 17:00, der Beginn vor dem Ende.',
    'errors.member.last_admin': 'Du bist der letzte Admin. Mach zuerst jemand anderen zum Admin.',
    'errors.member.own_manager': 'Niemand kann seine eigene Führungskraft sein.',
    'errors.member.manager_not_manager':
      '{name} ist im Vertrieb. Mach die Person zuerst zur Führungskraft: /crm team rolle @{name} manager',
  },
} satisfies MessageBundle;
