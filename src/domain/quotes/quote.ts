import { randomInt } from 'node:crypto';
import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';

export const QUOTE_STATUSES = ['draft', 'sent', 'accepted', 'rejected', 'expired'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];
/** `expired` is never stored: a sent quote past `validUntil` reads as expired. */
export type StoredQuoteStatus = Exclude<QuoteStatus, 'expired'>;

export const MAX_LINES = 50;
export const MAX_QUANTITY = 100_000;
/** Minor units. With MAX_QUANTITY and MAX_LINES every total stays an exact JS integer (< 2^53). */
export const MAX_UNIT_PRICE = 1_000_000_000;
export const DEFAULT_VALID_DAYS = 30;

/** One priced line. Money in integer minor units; the discount in basis points (12.5 % = 1250). */
export interface QuoteLine {
  id: string;
  product: string;
  quantity: number;
  unitPrice: number;
  discountBps: number;
}

export interface QuoteTotals {
  subtotal: number;
  discount: number;
  total: number;
}

/** An offer for a deal. `number` is short and readable ('Q-7K3M9P'), unique per tenant. */
export interface Quote {
  id: string;
  dealId: string;
  number: string;
  currency: string;
  lines: QuoteLine[];
  status: QuoteStatus;
  validUntil?: Date;
  totals: QuoteTotals;
  sentAt?: Date;
  decidedAt?: Date;
  rejectReason?: string;
  version: number;
  createdAt: Date;
}

export const lineTotal = (line: Pick<QuoteLine, 'quantity' | 'unitPrice'>): number =>
  line.quantity * line.unitPrice;

/** round-half-up(lineTotal × bps / 10000), exact in integers (BigInt: the product may pass 2^53). */
export function lineDiscount(line: Pick<QuoteLine, 'quantity' | 'unitPrice' | 'discountBps'>): number {
  return Number((BigInt(lineTotal(line)) * BigInt(line.discountBps) + 5000n) / 10000n);
}

/** Subtotal, discount and total of the lines, each discount rounded per line. */
export function quoteTotals(lines: readonly QuoteLine[]): QuoteTotals {
  let subtotal = 0;
  let discount = 0;
  for (const line of lines) {
    subtotal += lineTotal(line);
    discount += lineDiscount(line);
  }
  return { subtotal, discount, total: subtotal - discount };
}

const PERCENT = /^(\d{1,3})(?:[.,](\d{1,2}))?\s*%?$/;

/**
 * A discount percent (0–100, at most two decimals) as basis points, parsed without floating point:
 * 12.5, '12,5', '12.50 %' → 1250. Null for anything else (12.345, -1, 100.01).
 */
export function percentToBps(value: number | string): number | null {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value.trim();
  const m = PERCENT.exec(text);
  if (!m) return null;
  const bps = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bps <= 10_000 ? bps : null;
}

/** What the quote is now: a sent quote past its validity reads as expired. */
export function statusAt(quote: Pick<Quote, 'status' | 'validUntil'>, now: Date): QuoteStatus {
  if (quote.status === 'sent' && quote.validUntil && now.getTime() > quote.validUntil.getTime()) {
    return 'expired';
  }
  return quote.status;
}

export const withStatusAt = (quote: Quote, now: Date): Quote => ({ ...quote, status: statusAt(quote, now) });

const TRANSITIONS: Record<QuoteStatus, readonly QuoteStatus[]> = {
  draft: ['sent', 'accepted'],
  sent: ['accepted', 'rejected'],
  accepted: [],
  rejected: [],
  expired: [],
};

/** `quote.invalid_transition` with the status it is in and the one asked for. */
export function checkTransition(from: QuoteStatus, to: QuoteStatus): Result<true> {
  return TRANSITIONS[from].includes(to)
    ? ok(true)
    : err(appError('quote.invalid_transition', { from, to }, { field: 'status' }));
}

// No 0/O, 1/I/L or U: readable aloud and over the phone.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A short readable quote number, e.g. 'Q-7K3M9P' (30^6 ≈ 729 million values per tenant). */
export function newQuoteNumber(pick: (n: number) => number = randomInt): string {
  let id = '';
  for (let i = 0; i < 6; i++) id += ALPHABET[pick(ALPHABET.length)];
  return `Q-${id}`;
}

/** A line id, unique within its quote. */
export function newLineId(pick: (n: number) => number = randomInt): string {
  let id = '';
  for (let i = 0; i < 8; i++) id += ALPHABET[pick(ALPHABET.length)];
  return id.toLowerCase();
}
