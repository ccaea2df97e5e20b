import { formatDateTime } from '../../shared/i18n/format.js';
import type { Locale } from '../../shared/i18n/translator.js';
import { escapeHtml as esc, jsonAttr } from './escape.js';

/** The playground's channel, shared with customers (a Slack Connect channel, a Teams shared channel). */
export const DEMO_CHANNEL = 'kunden';

export interface CustomerMessage {
  id: string;
  author: string;
  company: string;
  /** When it was posted, relative to the playground's "now" (the clock decides). */
  minutesAgo: number;
  text: string;
}

/** Messages customers wrote in the demo channel, in their own language. */
export const CUSTOMER_MESSAGES: readonly CustomerMessage[] = [
  {
    id: 'c1',
    author: 'Hans Müller',
    company: 'Acme GmbH',
    minutesAgo: 26 * 60,
    text: 'Guten Morgen! Wir würden gern auf 50 Plätze erweitern. Können Sie uns bis Freitag ein Angebot schicken?',
  },
  {
    id: 'c2',
    author: 'Priya Shah',
    company: 'Globex Ltd',
    minutesAgo: 5 * 60,
    text: 'Thanks for the demo yesterday. Our CFO asked whether annual billing comes with a discount.',
  },
  {
    id: 'c3',
    author: 'Lena Krause',
    company: 'Müller Maschinenbau',
    minutesAgo: 95,
    text: 'Die Testphase läuft super. Können wir nächste Woche über den Rollout an allen drei Standorten sprechen?',
  },
  {
    id: 'c4',
    author: 'Tom Becker',
    company: 'Initech',
    minutesAgo: 12,
    text: 'Quick heads-up: we are reviewing vendors in Q1 and your renewal is on the list. Can we get on a call?',
  },
];

/** A link back to the message; absolute, as interactions store links the way Slack's permalinks are. */
export const permalink = (origin: string, id: string) => `${origin}/playground#msg-${id}`;

export const postedAt = (m: CustomerMessage, now: Date) => new Date(now.getTime() - m.minutesAgo * 60_000);

/** What "Log to CRM" hands to the `log.interaction` form: the same prefill as Slack's message shortcut. */
export function logPrefill(m: CustomerMessage, now: Date, origin: string): Record<string, string> {
  return {
    summary: m.text,
    author: `${m.author} (${m.company})`,
    occurredAt: postedAt(m, now).toISOString(),
    permalink: permalink(origin, m.id),
    channelName: DEMO_CHANNEL,
  };
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

/** One customer message; its "Log to CRM" button asks /playground/api/form/open for the form. */
export function renderCustomerMessage(
  m: CustomerMessage,
  view: { now: Date; origin: string; locale: Locale; timeZone: string; logLabel: string },
): string {
  const at = postedAt(m, view.now);
  const open = { formId: 'log.interaction', prefill: logPrefill(m, view.now, view.origin) };
  return (
    `<article class="msg" id="msg-${esc(m.id)}" tabindex="-1" aria-labelledby="msg-${esc(m.id)}-author">` +
    `<span class="avatar" aria-hidden="true">${esc(initials(m.author))}</span>` +
    `<div class="msg-body"><header><strong id="msg-${esc(m.id)}-author">${esc(m.author)}</strong> ` +
    `<span class="company">${esc(m.company)}</span> ` +
    `<time datetime="${at.toISOString()}">${esc(formatDateTime(at, view.locale, view.timeZone))}</time></header>` +
    `<p>${esc(m.text)}</p>` +
    `<div class="actions"><button type="button" class="btn" data-open-form="${jsonAttr(open)}">${esc(view.logLabel)}</button></div>` +
    `</div></article>`
  );
}
