import type { Locale } from './translator.js';

const tag = (locale: Locale) => (locale === 'de' ? 'de-DE' : 'en-US');

/** Digits after the decimal point of a currency (EUR 2, JPY 0). */
export function currencyDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/** Formats integer minor units exactly: the amount goes to Intl as a decimal string, never a float. */
export function formatMoney(minor: number, currency: string, locale: Locale): string {
  const digits = currencyDigits(currency);
  const abs = Math.abs(minor);
  const scale = 10 ** digits;
  const major = Math.trunc(abs / scale);
  const fraction = String(abs % scale).padStart(digits, '0');
  const decimal = `${minor < 0 ? '-' : ''}${major}${digits > 0 ? `.${fraction}` : ''}`;
  return new Intl.NumberFormat(tag(locale), {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(decimal as Intl.StringNumericLiteral);
}

export function formatPercent(fraction: number, locale: Locale, digits = 0): string {
  return new Intl.NumberFormat(tag(locale), {
    style: 'percent',
    maximumFractionDigits: digits,
  }).format(fraction);
}

export function formatNumber(value: number, locale: Locale, digits = 0): string {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: digits }).format(value);
}

export function formatDate(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeZone }).format(date);
}

export function formatDateTime(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    date,
  );
}
