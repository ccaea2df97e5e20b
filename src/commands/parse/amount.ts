import { currencyDigits } from '../../shared/i18n/format.js';

/**
 * Reads an amount typed in chat into integer minor units without floating point:
 * `25000`, `25.000`, `25,000.50`, `25.000,50`, `1.5k`, `2m`, `€ 490`, `490 EUR`, `12,5`.
 * A single separator followed by exactly three digits is a thousands separator; otherwise a decimal one.
 */
export function parseAmount(text: string, currency: string): number | undefined {
  const cleaned = text
    .trim()
    .replace(/\s+/g, '')
    .replace(/^[€$£¥]|[€$£¥]$/g, '')
    .replace(/^[A-Z]{3}|[A-Z]{3}$/gi, '');
  const m = /^(\d[\d.,']*)([km])?$/i.exec(cleaned);
  if (!m) return undefined;
  let number = (m[1] as string).replace(/'/g, '');
  const suffix = m[2]?.toLowerCase();
  const lastDot = number.lastIndexOf('.');
  const lastComma = number.lastIndexOf(',');
  let decimalSep: string | undefined;
  if (lastDot >= 0 && lastComma >= 0) decimalSep = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = number.split(sep);
    const tail = parts[parts.length - 1] ?? '';
    decimalSep =
      parts.length === 2 && tail.length !== 3 ? sep : parts.length === 2 && suffix ? sep : undefined;
  }
  const [intPart = '', frac = ''] = decimalSep ? splitLast(number, decimalSep) : [number, ''];
  if (!/^\d*$/.test(frac) || !validGroups(intPart)) return undefined;
  number = intPart.replace(/[.,]/g, '');
  const digits = currencyDigits(currency);
  const scale = suffix === 'k' ? 3 : suffix === 'm' ? 6 : 0;
  // Shift the decimal point by string manipulation: exact for any length.
  const allDigits = number + frac;
  const pointAt = number.length + scale + digits;
  const padded = allDigits.padEnd(pointAt, '0');
  const whole = padded.slice(0, pointAt);
  const dropped = padded.slice(pointAt);
  if (/[1-9]/.test(dropped)) return undefined; // more precision than the currency has
  const minor = Number(whole);
  return Number.isSafeInteger(minor) ? minor : undefined;
}

/** `1234` or `1.234.567` / `1,234,567`: thousands groups of exactly three digits, one kind of separator. */
function validGroups(intPart: string): boolean {
  if (/^\d+$/.test(intPart)) return true;
  return /^\d{1,3}(\.\d{3})+$/.test(intPart) || /^\d{1,3}(,\d{3})+$/.test(intPart);
}

function splitLast(s: string, sep: string): [string, string] {
  const i = s.lastIndexOf(sep);
  return [s.slice(0, i), s.slice(i + 1)];
}
