import { z } from 'zod/v4';
import { DATE_INPUT } from '../deals/period.js';
import {
  DIRECTIONS,
  INTERACTION_SOURCES,
  INTERACTION_TYPES,
  MAX_CONTACTS,
  MAX_SUMMARY,
} from './interaction.js';

// 'Call' and ' EMAIL ' are what people type; the stored value is the lower-case one.
const lower = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : v);

export const interactionTypeSchema = z.preprocess(
  lower,
  z.enum(INTERACTION_TYPES, { error: 'interaction.invalid_type' }),
);

export const newInteractionSchema = z.object({
  accountId: z.string({ error: 'account.name_required' }).trim().min(1, { error: 'account.name_required' }),
  contactIds: z
    .array(z.string({ error: 'contact.not_found' }).trim().min(1, { error: 'contact.not_found' }), {
      error: 'input.invalid',
    })
    .max(MAX_CONTACTS, { error: 'interaction.too_many_contacts' })
    .transform((ids) => [...new Set(ids)])
    .default([]),
  dealId: z.string().trim().min(1, { error: 'deal.not_found' }).optional(),
  type: interactionTypeSchema,
  direction: z
    .preprocess(lower, z.enum(DIRECTIONS, { error: 'interaction.invalid_direction' }))
    .default('out'),
  /** A Date, an ISO date-time or 'YYYY-MM-DD'; now when absent. */
  occurredAt: z
    .union([z.date(), z.string().trim().regex(DATE_INPUT)], { error: 'interaction.invalid_date' })
    .optional(),
  summary: z
    .string({ error: 'interaction.summary_required' })
    .trim()
    .min(1, { error: 'interaction.summary_required' })
    .max(MAX_SUMMARY, { error: 'interaction.summary_too_long' }),
  source: z.enum(INTERACTION_SOURCES, { error: 'interaction.invalid_source' }).default('other'),
  permalink: z
    .string()
    .trim()
    .max(2000, { error: 'input.too_long' })
    .regex(/^https?:\/\/\S+$/i, { error: 'interaction.invalid_permalink' })
    .optional(),
  idempotencyKey: z
    .string()
    .trim()
    .min(1, { error: 'input.invalid' })
    .max(200, { error: 'input.too_long' })
    .optional(),
});
export type NewInteractionInput = z.input<typeof newInteractionSchema>;
