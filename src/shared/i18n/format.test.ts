import { describe, expect, it } from 'vitest';
import { currencyDigits, formatDate, formatDateTime, formatMoney, formatPercent } from './format.js';

describe('formatMoney', () => {
  it('formats minor units per locale and currency', () => {
    expect(formatMoney(123456789, 'EUR', 'de')).toBe('1.234.567,89\u00a0€');
    expect(formatMoney(123456789, 'EUR', 'en')).toBe('€1,234,567.89');
    expect(formatMoney(-5, 'USD', 'en')).toBe('-$0.05');
    expect(formatMoney(1500, 'JPY', 'en')).toBe('¥1,500');
  });
  it('keeps exact digits for amounts beyond float precision of cents', () => {
    expect(formatMoney(900719925474099, 'EUR', 'en')).toBe('€9,007,199,254,740.99');
  });
  it('knows currency digits', () => {
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
  });
});

describe('dates and percents', () => {
  const d = new Date('2026-12-24T23:30:00Z');
  it('shows the date in the member time zone', () => {
    expect(formatDate(d, 'de', 'Europe/Berlin')).toBe('25.12.2026');
    expect(formatDate(d, 'en', 'America/New_York')).toBe('Dec 24, 2026');
    expect(formatDateTime(d, 'de', 'Europe/Berlin')).toBe('25.12.2026, 00:30');
  });
  it('formats percents', () => {
    expect(formatPercent(0.4, 'de')).toBe('40\u00a0%');
    expect(formatPercent(0.4, 'en')).toBe('40%');
  });
});
