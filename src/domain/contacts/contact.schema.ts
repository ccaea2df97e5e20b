import { z } from 'zod/v4';
import { isPhone } from './contact.js';

const name = z
  .string({ error: 'contact.name_required' })
  .trim()
  .min(1, { error: 'contact.name_required' })
  .max(120, { error: 'contact.name_too_long' });

const email = z
  .string({ error: 'contact.invalid_email' })
  .trim()
  .max(254, { error: 'contact.invalid_email' })
  .pipe(z.email({ error: 'contact.invalid_email' }));

const phone = z
  .string({ error: 'contact.invalid_phone' })
  .trim()
  .refine(isPhone, { error: 'contact.invalid_phone' });

const role = z.string().trim().max(80, { error: 'input.too_long' });

// Chat forms send an empty field as ''. On create that means "not given"; in a patch it clears the field.
const blank = (v: unknown) => typeof v === 'string' && v.trim() === '';
const absentIfBlank = <S extends z.ZodType>(s: S) =>
  z.preprocess((v) => (blank(v) ? undefined : v), s.optional());
const clearedIfBlank = <S extends z.ZodType>(s: S) =>
  z.preprocess((v) => (blank(v) ? null : v), s.nullable().optional());

export const newContactSchema = z.object({
  accountId: z
    .string({ error: 'contact.account_required' })
    .trim()
    .min(1, { error: 'contact.account_required' }),
  name,
  email: absentIfBlank(email),
  phone: absentIfBlank(phone),
  role: absentIfBlank(role),
});
export type NewContactInput = z.input<typeof newContactSchema>;

export const contactPatchSchema = z
  .object({
    accountId: newContactSchema.shape.accountId.optional(),
    name: name.optional(),
    email: clearedIfBlank(email),
    phone: clearedIfBlank(phone),
    role: clearedIfBlank(role),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { error: 'input.nothing_to_change' });
export type ContactPatchInput = z.input<typeof contactPatchSchema>;
