import type { InteractionType } from '../domain/interactions/interaction.js';
import type { SeedLang } from './catalog.companies.js';

/** Summary templates; `{contact}` is a person of the account, `{deal}` a deal title, `{company}` the account. */
type Templates = Record<InteractionType, { general: readonly string[]; deal: readonly string[] }>;

const DE: Templates = {
  call: {
    general: [
      'Telefonat mit {contact}: aktuelle Auslastung besprochen, zwei Linien laufen im Dreischichtbetrieb.',
      'Kurzer Anruf bei {contact} – Ansprechpartner im Einkauf wechselt zum Quartalsende.',
      '{contact} zurückgerufen, Frage zur Rechnung geklärt.',
      'Check-in mit {contact}: zufrieden mit dem Support, Wunsch nach Dashboard-Export.',
    ],
    deal: [
      'Telefonat mit {contact} zu „{deal}“: Budget ist freigegeben, Entscheidung bis Monatsende.',
      '{contact} angerufen wegen „{deal}“ – braucht noch Referenzen aus der Branche.',
      'Abstimmung mit {contact}: technische Fragen zu „{deal}“ geklärt.',
    ],
  },
  email: {
    general: [
      'Produktneuigkeiten und Einladung zum Anwendertreffen an {contact} geschickt.',
      'E-Mail von {contact}: bittet um aktuelle Preisliste.',
      'Protokoll des letzten Termins an {contact} verschickt.',
    ],
    deal: [
      'Angebot zu „{deal}“ per E-Mail an {contact} geschickt.',
      '{contact} schickt Rückfragen zu „{deal}“ (Lieferzeit, Zahlungsziel).',
      'Unterlagen zu „{deal}“ inkl. Datenblatt S200 an {contact} gesendet.',
    ],
  },
  meeting: {
    general: [
      'Jahresgespräch bei {company} mit {contact}: Zufriedenheit hoch, Ausbau 2. Standort denkbar.',
      'Vor-Ort-Termin mit {contact}, Werksführung und Besichtigung der Altanlagen.',
    ],
    deal: [
      'Workshop zu „{deal}“ mit {contact} und dem Instandhaltungsteam.',
      'Präsentation „{deal}“ bei {contact} – positive Resonanz, Einkauf will Staffelpreise.',
      'Verhandlungstermin „{deal}“ mit {contact}: Rabatt und Laufzeit besprochen.',
    ],
  },
  chat: {
    general: ['Kurze Teams-Nachricht von {contact}: Frage zur Benutzerverwaltung beantwortet.'],
    deal: ['Chat mit {contact}: Terminvorschläge für „{deal}“ abgestimmt.'],
  },
  note: {
    general: [
      'Notiz: {company} plant laut Presse eine neue Halle – im nächsten Gespräch ansprechen.',
      'Notiz: {contact} ist ab nächster Woche zwei Wochen im Urlaub.',
    ],
    deal: ['Interne Notiz zu „{deal}“: Wettbewerber ist ebenfalls im Rennen.'],
  },
  campaign: {
    general: ['Newsletter „Instandhaltung 4.0“ geöffnet.', 'Einladung zum Webinar Predictive Maintenance.'],
    deal: ['Case Study passend zu „{deal}“ verschickt.'],
  },
  other: {
    general: ['Messekontakt auf der Hannover Messe mit {contact}.'],
    deal: ['Referenzbesuch für „{deal}“ organisiert.'],
  },
};

const EN: Templates = {
  call: {
    general: [
      'Call with {contact}: both lines running three shifts, capacity is tight.',
      'Quick call with {contact} – their buyer changes at the end of the quarter.',
      'Returned {contact}’s call, sorted out an invoice question.',
      'Check-in with {contact}: happy with support, would like a dashboard export.',
    ],
    deal: [
      'Call with {contact} about “{deal}”: budget approved, decision by month end.',
      'Called {contact} about “{deal}” – still needs industry references.',
      'Went through the technical questions on “{deal}” with {contact}.',
    ],
  },
  email: {
    general: [
      'Sent {contact} our product news and an invitation to the user meetup.',
      'Email from {contact}: asks for the current price list.',
      'Sent the minutes of our last meeting to {contact}.',
    ],
    deal: [
      'Emailed the proposal for “{deal}” to {contact}.',
      '{contact} sent follow-up questions on “{deal}” (lead time, payment terms).',
      'Sent {contact} the documents for “{deal}” incl. the S200 data sheet.',
    ],
  },
  meeting: {
    general: [
      'Annual review at {company} with {contact}: high satisfaction, second site is an option.',
      'On-site visit with {contact}, plant tour and a look at the legacy lines.',
    ],
    deal: [
      'Workshop on “{deal}” with {contact} and the maintenance team.',
      'Presented “{deal}” to {contact} – good reception, procurement wants volume pricing.',
      'Negotiation meeting on “{deal}” with {contact}: discount and term discussed.',
    ],
  },
  chat: {
    general: ['Short chat with {contact}: answered a question about user management.'],
    deal: ['Chat with {contact}: agreed on dates for “{deal}”.'],
  },
  note: {
    general: [
      'Note: {company} is building a new warehouse according to the press – bring it up next time.',
      'Note: {contact} is on holiday for two weeks from next week.',
    ],
    deal: ['Internal note on “{deal}”: a competitor is in the running too.'],
  },
  campaign: {
    general: ['Opened the “Maintenance 4.0” newsletter.', 'Invited to the predictive maintenance webinar.'],
    deal: ['Sent a case study matching “{deal}”.'],
  },
  other: {
    general: ['Met {contact} at a trade show.'],
    deal: ['Arranged a reference visit for “{deal}”.'],
  },
};

export const SUMMARIES: Record<SeedLang, Templates> = { de: DE, en: EN };

/** Fills `{contact}`, `{deal}` and `{company}`. */
export function fill(template: string, values: { contact: string; deal?: string; company: string }): string {
  return template
    .replaceAll('{contact}', values.contact)
    .replaceAll('{deal}', values.deal ?? '')
    .replaceAll('{company}', values.company);
}
