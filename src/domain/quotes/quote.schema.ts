import { z } from 'zod/v4';
import { DATE_INPUT } from '../deals/period.js';
import { MAX_QUANTITY, MAX_UNIT_PRICE, percentToBps } from './quote.js';

export const quoteLineSchema = z.object({
  product: z
    .string({ error: 'quote.product_required' })
    .trim()
    .min(1, { error: 'quote.product_required' })
    .max(200, { error: 'quote.product_too_long' }),
  quantity: z
    .number({ error: 'quote.invalid_quantity' })
    .int({ error: 'quote.invalid_quantity' })
    .min(1, { error: 'quote.invalid_quantity' })
    .max(MAX_QUANTITY, { error: 'quote.invalid_quantity' })
    .default(1),
  /** Integer minor units. */
  unitPrice: z
    .number({ error: 'quote.invalid_price' })
    .int({ error: 'quote.invalid_price' })
    .min(0, { error: 'quote.invalid_price' })
    .max(MAX_UNIT_PRICE, { error: 'quote.invalid_price' }),
  /** Percent 0–100 with up to two decimals (12.5 or '12,5 %'); stored as basis points. */
  discountPercent: z
    .union([z.number(), z.string()], { error: 'quote.invalid_discount' })
    .refine((v) => percentToBps(v) !== null, { error: 'quote.invalid_discount' })
    .transform((v) => percentToBps(v) ?? 0)
    .optional(),
});
export type QuoteLineInput = z.input<typeof quoteLineSchema>;

export const sendQuoteSchema = z
  .object({
    /** A Date, ISO date-time or 'YYYY-MM-DD' (end of validity); 30 days from now when absent. */
    validUntil: z
      .union([z.date(), z.string().trim().regex(DATE_INPUT)], { error: 'quote.invalid_valid_until' })
      .optional(),
  })
  .default({});
export type SendQuoteInput = z.input<typeof sendQuoteSchema>;

export const rejectReasonSchema = z.object({
  reason: z.string().trim().max(500, { error: 'input.too_long' }).optional(),
});
