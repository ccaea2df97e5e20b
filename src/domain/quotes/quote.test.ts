import { describe, expect, it } from 'vitest';
import {
  checkTransition,
  lineDiscount,
  lineTotal,
  newLineId,
  newQuoteNumber,
  percentToBps,
  type QuoteLine,
  quoteTotals,
  statusAt,
} from './quote.js';
import { quoteLineSchema } from './quote.schema.js';

const line = (quantity: number, unitPrice: number, discountBps = 0): QuoteLine => ({
  id: 'l',
  product: 'P',
  quantity,
  unitPrice,
  discountBps,
});

describe('line arithmetic', () => {
  it('multiplies quantity and unit price', () => {
    expect(lineTotal(line(3, 1999))).toBe(5997);
    expect(lineTotal(line(1, 0))).toBe(0);
  });

  it('rounds each line discount half up', () => {
    expect(lineDiscount(line(3, 1999, 1250))).toBe(750); // 5997 × 12.5 % = 749.625
    expect(lineDiscount(line(1, 1, 5000))).toBe(1); // 0.5 → 1
    expect(lineDiscount(line(1, 3, 5000))).toBe(2); // 1.5 → 2
    expect(lineDiscount(line(1, 1, 4999))).toBe(0); // 0.4999 → 0
    expect(lineDiscount(line(2, 25, 100))).toBe(1); // 50 × 1 % = 0.5 → 1
    expect(lineDiscount(line(7, 1429, 333))).toBe(333); // 10003 × 3.33 % = 333.0999
    expect(lineDiscount(line(4, 250, 10000))).toBe(1000); // 100 %
    expect(lineDiscount(line(4, 250, 0))).toBe(0);
  });

  it('stays exact where floating point would be one cent off', () => {
    // 43,945,728,961,118 × 92.71 % = 40,742,085,319,852.4978; float arithmetic gives …853.
    expect(lineTotal(line(55598, 790419241))).toBe(43945728961118);
    expect(lineDiscount(line(55598, 790419241, 9271))).toBe(40742085319852);
    // 99,999,000,099,999 × 50 % = 49,999,500,049,999.5 → …050,000.
    expect(lineDiscount(line(99999, 1000000001, 5000))).toBe(49999500050000);
  });

  it('totals the lines with per-line rounding', () => {
    const lines = [line(3, 1999, 1250), line(1, 3, 5000), line(2, 25, 100)];
    expect(quoteTotals(lines)).toEqual({ subtotal: 6050, discount: 753, total: 5297 });
    expect(quoteTotals([])).toEqual({ subtotal: 0, discount: 0, total: 0 });
    // Three lines of 0.5 cent discount each round to 1 cent each: 3, not round(1.5) = 2.
    expect(quoteTotals([line(1, 1, 5000), line(1, 1, 5000), line(1, 1, 5000)])).toEqual({
      subtotal: 3,
      discount: 3,
      total: 0,
    });
  });
});

describe('discount percent', () => {
  it('parses up to two decimals into basis points without floating point', () => {
    expect(percentToBps(12.5)).toBe(1250);
    expect(percentToBps('12,5')).toBe(1250);
    expect(percentToBps('12.50 %')).toBe(1250);
    expect(percentToBps(0.29)).toBe(29); // 0.29 × 100 is 28.999999999999996 in floating point
    expect(percentToBps('0.01')).toBe(1);
    expect(percentToBps(33.33)).toBe(3333);
    expect(percentToBps(0)).toBe(0);
    expect(percentToBps(100)).toBe(10000);
  });

  it('rejects more decimals, negatives and more than 100 %', () => {
    for (const bad of [12.345, '12.345', -1, '-5', 100.01, '101', '', 'ten', Number.NaN, '1e2', 1e-7]) {
      expect(percentToBps(bad), String(bad)).toBeNull();
    }
  });

  it('validates lines with catalog codes', () => {
    const code = (input: unknown) => {
      const r = quoteLineSchema.safeParse(input);
      return r.success ? r.data : r.error.issues[0]?.message;
    };
    expect(code({ product: ' Wartung ', unitPrice: 100, discountPercent: '7,5' })).toEqual({
      product: 'Wartung',
      quantity: 1,
      unitPrice: 100,
      discountPercent: 750,
    });
    expect(code({ product: '', unitPrice: 1 })).toBe('quote.product_required');
    expect(code({ product: 'P', unitPrice: 1, quantity: 0 })).toBe('quote.invalid_quantity');
    expect(code({ product: 'P', unitPrice: 1, quantity: 1.5 })).toBe('quote.invalid_quantity');
    expect(code({ product: 'P', unitPrice: -1 })).toBe('quote.invalid_price');
    expect(code({ product: 'P', unitPrice: 9.99 })).toBe('quote.invalid_price');
    expect(code({ product: 'P', unitPrice: 1, discountPercent: 12.345 })).toBe('quote.invalid_discount');
    expect(code({ product: 'P', unitPrice: 1, discountPercent: true })).toBe('quote.invalid_discount');
  });
});

describe('status', () => {
  const validUntil = new Date('2026-12-31T22:59:59.999Z');

  it('reads a sent quote past its validity as expired', () => {
    expect(statusAt({ status: 'sent', validUntil }, new Date('2026-12-31T22:59:59.999Z'))).toBe('sent');
    expect(statusAt({ status: 'sent', validUntil }, new Date('2026-12-31T23:00:00Z'))).toBe('expired');
    expect(statusAt({ status: 'accepted', validUntil }, new Date('2027-06-01T00:00:00Z'))).toBe('accepted');
    expect(statusAt({ status: 'draft' }, new Date('2027-06-01T00:00:00Z'))).toBe('draft');
  });

  it('allows draft → sent/accepted and sent → accepted/rejected only', () => {
    expect(checkTransition('draft', 'sent').ok).toBe(true);
    expect(checkTransition('draft', 'accepted').ok).toBe(true);
    expect(checkTransition('sent', 'accepted').ok).toBe(true);
    expect(checkTransition('sent', 'rejected').ok).toBe(true);
    expect(checkTransition('sent', 'sent')).toEqual({
      ok: false,
      error: { code: 'quote.invalid_transition', params: { from: 'sent', to: 'sent' }, field: 'status' },
    });
    for (const [from, to] of [
      ['draft', 'rejected'],
      ['expired', 'accepted'],
      ['accepted', 'rejected'],
      ['rejected', 'sent'],
    ] as const) {
      expect(checkTransition(from, to).ok, `${from} → ${to}`).toBe(false);
    }
  });

  it('numbers quotes readably', () => {
    expect(newQuoteNumber(() => 0)).toBe('Q-222222');
    expect(newQuoteNumber()).toMatch(/^Q-[2-9A-HJKMNP-TV-Z]{6}$/);
    expect(newLineId()).toMatch(/^[2-9a-hjkmnp-tv-z]{8}$/);
  });
});
