import type { Locale } from '../../shared/i18n/translator.js';
import { type Period, parseMonthKey } from './period.js';

const tag = (locale: Locale) => (locale === 'de' ? 'de-DE' : 'en-US');

/** 'Jan 2027' / 'Jan. 2027' (short) or 'January 2027' / 'Januar 2027' (long) for a 'YYYY-MM' key. */
export function monthLabel(month: string, locale: Locale, style: 'short' | 'long' = 'short'): string {
  const { y, m } = parseMonthKey(month);
  return new Intl.DateTimeFormat(tag(locale), { month: style, year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 15)),
  );
}

/** 'Jan 2026 – Mar 2026': the calendar months a fiscal period covers. */
function monthSpan(period: Period, locale: Locale): string {
  const first = period.months[0] as string;
  const last = period.months[period.months.length - 1] as string;
  return first === last
    ? monthLabel(first, locale)
    : `${monthLabel(first, locale)} – ${monthLabel(last, locale)}`;
}

/**
 * How a period is shown: 'January 2027', 'Q1 2027', and for fiscal years that do not start in January
 * 'Q1 FY2027 (Apr 2026 – Jun 2026)' / 'Q1 GJ 2027 (…)', so nobody has to know the convention.
 */
export function periodTitle(period: Period, locale: Locale, fiscalYearStartMonth: number): string {
  const fiscal = fiscalYearStartMonth !== 1;
  const fy = (year: number) => (fiscal ? `${locale === 'de' ? 'GJ ' : 'FY'}${year}` : String(year));
  const span = fiscal ? ` (${monthSpan(period, locale)})` : '';
  switch (period.kind) {
    case 'month':
      return monthLabel(period.months[0] as string, locale, 'long');
    case 'quarter':
      return `Q${period.quarter} ${fy(period.fiscalYear as number)}${span}`;
    case 'year':
      return `${fy(period.fiscalYear as number)}${span}`;
    case 'range':
      return monthSpan(period, locale);
  }
}
