import { describe, expect, it } from 'vitest';
import { parseAmount } from './amount.js';

describe('parseAmount', () => {
  it.each([
    ['25000', 2_500_000],
    ['25.000', 2_500_000],
    ['25,000', 2_500_000],
    ['25,000.50', 2_500_050],
    ['25.000,50', 2_500_050],
    ['12,5', 1250],
    ['12.5', 1250],
    ['1.5k', 150_000],
    ['2m', 200_000_000],
    ['€490', 49_000],
    ['490 EUR', 49_000],
    ["1'250.75", 125_075],
    ['0', 0],
  ])('reads %s in EUR as %i cents', (text, minor) => {
    expect(parseAmount(text, 'EUR')).toBe(minor);
  });

  it('respects currencies without minor units', () => {
    expect(parseAmount('1500', 'JPY')).toBe(1500);
    expect(parseAmount('1500.5', 'JPY')).toBeUndefined();
  });

  it.each(['', 'abc', '-5', '1.2.3,4,5', '1,2,3', '12,34.5', '1.5.k'])('rejects %j', (text) => {
    expect(parseAmount(text, 'EUR')).toBeUndefined();
  });

  it('reads one separator before three digits as thousands', () => {
    expect(parseAmount('12.345', 'EUR')).toBe(1_234_500);
    expect(parseAmount('1.234.567,89', 'EUR')).toBe(123_456_789);
  });

  it('rejects more precision than the currency has', () => {
    expect(parseAmount('10.999', 'EUR')).toBe(1_099_900);
    expect(parseAmount('10.9999', 'EUR')).toBeUndefined();
  });
});
