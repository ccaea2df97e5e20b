import { z } from 'zod/v4';
import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import { MAX_AMOUNT } from './deal.js';
import { DATE_INPUT, toInstant } from './period.js';

export const dealTitleSchema = z
  .string({ error: 'deal.title_required' })
  .trim()
  .min(1, { error: 'deal.title_required' })
  .max(200, { error: 'deal.title_too_long' });

/** Integer minor units (cents), 0 or more. */
export const amountSchema = z
  .number({ error: 'deal.invalid_amount' })
  .int({ error: 'deal.invalid_amount' })
  .min(0, { error: 'deal.invalid_amount' })
  .max(MAX_AMOUNT, { error: 'deal.invalid_amount' });

const probability = z
  .number({ error: 'deal.invalid_probability' })
  .int({ error: 'deal.invalid_probability' })
  .min(0, { error: 'deal.invalid_probability' })
  .max(100, { error: 'deal.invalid_probability' });

export const isKnownCurrency = (code: string): boolean => {
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
};

const currency = z
  .string({ error: 'deal.invalid_currency' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, { error: 'deal.invalid_currency' })
  .refine(isKnownCurrency, { error: 'deal.invalid_currency' });

/** A Date, an ISO date-time or 'YYYY-MM-DD'; use cases turn it into an instant in the tenant zone. */
const closeDate = z.union([z.date(), z.string().trim().regex(DATE_INPUT)], {
  error: 'deal.invalid_close_date',
});

const nextStep = z.string().trim().min(1, { error: 'input.invalid' }).max(500, { error: 'input.too_long' });
const memberId = z.string().trim().min(1, { error: 'member.not_found' });

export const newDealSchema = z.object({
  accountId: z.string({ error: 'account.name_required' }).trim().min(1, { error: 'account.name_required' }),
  title: dealTitleSchema,
  amount: amountSchema.default(0),
  currency: currency.optional(),
  /** Stage id or name; the pipeline's first open stage when absent. */
  stage: z.string().trim().optional(),
  probability: probability.optional(),
  expectedCloseDate: closeDate.optional(),
  nextStep: nextStep.optional(),
  ownerId: memberId.optional(),
  /** Needed only when the deal is created directly in the lost stage. */
  lostReason: z.string().trim().max(500, { error: 'input.too_long' }).optional(),
});
export type NewDealInput = z.input<typeof newDealSchema>;

export const dealPatchSchema = z
  .object({
    title: dealTitleSchema.optional(),
    amount: amountSchema.optional(),
    /** A whole percent overrides the stage default; null returns to it. */
    probability: probability.nullable().optional(),
    expectedCloseDate: closeDate.nullable().optional(),
    nextStep: nextStep.nullable().optional(),
    ownerId: memberId.optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { error: 'input.nothing_to_change' });
export type DealPatchInput = z.input<typeof dealPatchSchema>;

export const lostReasonSchema = z.string().trim().max(500, { error: 'input.too_long' }).optional();

/** The instant of a validated close date input ('2026-02-30' passes the pattern but is no day). */
export function toCloseDate(value: Date | string, timeZone: string): Result<Date> {
  const at = toInstant(value, timeZone);
  return at ? ok(at) : err(appError('deal.invalid_close_date', undefined, { field: 'expectedCloseDate' }));
}
