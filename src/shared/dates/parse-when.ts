import { TZDate } from '@date-fns/tz';
import * as chrono from 'chrono-node';
import type { Locale } from '../i18n/translator.js';

export interface WhenOptions {
  /** The member's language: its parser is tried first, then the other one. */
  locale: Locale;
  /** The member's IANA zone; phrases like "tomorrow" mean the member's tomorrow. */
  timeZone: string;
  now: Date;
  /** Local hour given to a date without a time (default 9). */
  defaultHour?: number;
}

export const DEFAULT_HOUR = 9;

// chrono reads dotted dates only with a year ("24.12.2026") and, in English, month first when both
// numbers could be a month. A dot always means day first, and Germans write "24.12." without a year.
const dottedDate: chrono.Parser = {
  pattern: () => /(^|[^\d.])([0-3]?\d)\.([01]?\d)\.(\d{4}|\d{2})?(?![\d.])/,
  extract(context, match) {
    const index = (match.index ?? 0) + (match[1]?.length ?? 0);
    // chrono retries a rejected match one character later; never start inside a number.
    if (/[\d.]/.test(context.text.charAt(index - 1))) return null;
    const [, , d, m, y] = match;
    const day = Number(d);
    const month = Number(m);
    const year = y ? Number(y.length === 2 ? `20${y}` : y) : undefined;
    if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year ?? 2024)) return null;
    // Without a year chrono implies the reference year; `forwardDate` moves a past date to next year.
    const text = match[0].slice(match[1]?.length ?? 0);
    return context.createParsingResult(index, text, year ? { day, month, year } : { day, month });
  },
};

const daysIn = (month: number, year: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const withDottedDates = (base: chrono.Chrono) => {
  const parser = base.clone();
  // First in the list, so it wins over chrono's own reading of the same text.
  parser.parsers.unshift(dottedDate);
  return parser;
};

const parsers: Record<Locale, chrono.Chrono> = {
  en: withDottedDates(chrono.en.casual),
  de: withDottedDates(chrono.de.casual),
};

/** The reading that covers the most of the text; ties go to the member's language. */
function bestReading(text: string, opts: WhenOptions): chrono.ParsedResult | undefined {
  const phrase = text.trim();
  if (!phrase) return undefined;
  // The member's offset now: chrono then counts days on the member's calendar, not the host's.
  const ref = {
    instant: opts.now,
    timezone: -new TZDate(opts.now.getTime(), opts.timeZone).getTimezoneOffset(),
  };
  const order: Locale[] = opts.locale === 'de' ? ['de', 'en'] : ['en', 'de'];
  let best: chrono.ParsedResult | undefined;
  for (const locale of order) {
    const [first] = parsers[locale].parse(phrase, ref, { forwardDate: true });
    if (first && (!best || first.text.length > best.text.length)) best = first;
  }
  return best;
}

const part = (c: chrono.ParsedComponents, key: chrono.Component) => c.get(key) ?? 0;

/**
 * Reads "tomorrow 9am", "morgen um 9", "nächsten Freitag", "in 3 Tagen", "24.12." or "2026-12-24" as
 * an instant. A date without a time gets `defaultHour` in the member's zone; relative times ("in 2
 * hours") count real elapsed time; an explicit offset ("2026-12-24T10:00Z") is kept. `undefined` when
 * nothing in the text reads as a date.
 */
export function parseWhen(text: string, opts: WhenOptions): Date | undefined {
  const start = bestReading(text, opts)?.start;
  if (!start) return undefined;
  // An instant chrono already pinned: "now", "in 2 hours", or an explicit offset in the text.
  if (start.isCertain('timezoneOffset')) return start.date();
  // Otherwise only the local calendar fields count; the zone's offset on *that* day (DST) applies.
  const timed = start.isCertain('hour');
  const local = new TZDate(
    part(start, 'year'),
    part(start, 'month') - 1,
    part(start, 'day'),
    timed ? part(start, 'hour') : (opts.defaultHour ?? DEFAULT_HOUR),
    timed ? part(start, 'minute') : 0,
    timed ? part(start, 'second') : 0,
    0,
    opts.timeZone,
  );
  return new Date(local.getTime());
}

/** The calendar date the text names, in the member's zone, as that day's local midnight (close dates). */
export function parseDateOnly(text: string, opts: Omit<WhenOptions, 'defaultHour'>): Date | undefined {
  const when = parseWhen(text, { ...opts, defaultHour: 12 });
  return when ? startOfLocalDay(when, opts.timeZone) : undefined;
}

/** Local midnight of the day `at` falls on in `timeZone`. */
export function startOfLocalDay(at: Date, timeZone: string): Date {
  const z = new TZDate(at.getTime(), timeZone);
  return new Date(new TZDate(z.getFullYear(), z.getMonth(), z.getDate(), timeZone).getTime());
}
