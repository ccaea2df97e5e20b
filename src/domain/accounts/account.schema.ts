import { z } from 'zod/v4';
import { TIERS } from '../tenants/tenant.js';

const name = z
  .string({ error: 'account.name_required' })
  .trim()
  .min(1, { error: 'account.name_required' })
  .max(120, { error: 'account.name_too_long' });

const optionalText = (max: number) => z.string().trim().max(max, { error: 'input.too_long' }).optional();

export const tierSchema = z.enum(TIERS, { error: 'account.invalid_tier' });

export const newAccountSchema = z.object({
  name,
  tier: tierSchema.default('B'),
  ownerId: z.string().min(1).optional(),
  cadenceDays: z
    .number({ error: 'account.invalid_cadence' })
    .int({ error: 'account.invalid_cadence' })
    .min(1, { error: 'account.invalid_cadence' })
    .max(730, { error: 'account.invalid_cadence' })
    .optional(),
  industry: optionalText(80),
  website: z
    .string()
    .trim()
    .regex(/^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i, { error: 'account.invalid_website' })
    .optional(),
  notes: optionalText(2000),
});
export type NewAccountInput = z.input<typeof newAccountSchema>;

export const accountPatchSchema = newAccountSchema
  .omit({ name: true })
  .partial()
  .extend({
    name: name.optional(),
    cadenceDays: newAccountSchema.shape.cadenceDays.nullable(),
    dormant: z.boolean().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { error: 'input.nothing_to_change' });
export type AccountPatchInput = z.input<typeof accountPatchSchema>;
