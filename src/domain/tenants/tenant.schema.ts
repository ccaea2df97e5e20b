import { z } from 'zod/v4';
import { FORECAST_CATEGORIES, TIERS } from './tenant.js';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm');

export const timeZoneSchema = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'an IANA time zone such as Europe/Berlin');

export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'a three-letter ISO currency such as EUR')
  .refine((c) => {
    try {
      new Intl.NumberFormat('en', { style: 'currency', currency: c });
      return true;
    } catch {
      return false;
    }
  }, 'a known ISO currency');

export const workingHoursSchema = z
  .object({
    start: time,
    end: time,
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
  })
  .refine((w) => w.start < w.end, { message: 'start before end', path: ['end'] });

export const stageSchema = z.object({
  id: z.string().regex(/^[a-z0-9_-]{1,32}$/),
  name: z.string().trim().min(1).max(40),
  probability: z.number().int().min(0).max(100),
  category: z.enum(FORECAST_CATEGORIES),
  staleAfterDays: z.number().int().min(1).max(365).optional(),
});

export const pipelineSchema = z
  .array(stageSchema)
  .min(3)
  .max(12)
  .refine((stages) => new Set(stages.map((s) => s.id)).size === stages.length, 'stage ids must be unique')
  .refine(
    (stages) => new Set(stages.map((s) => s.name.trim().toLowerCase())).size === stages.length,
    'stage names must be unique',
  )
  .refine(
    (stages) => stages.filter((s) => s.category === 'closed_won').length === 1,
    'exactly one closed-won stage',
  )
  .refine(
    (stages) => stages.filter((s) => s.category === 'closed_lost').length === 1,
    'exactly one closed-lost stage',
  );

export const settingsSchema = z.object({
  currency: currencySchema,
  locale: z.enum(['en', 'de']),
  timeZone: timeZoneSchema,
  workingHours: workingHoursSchema,
  pipeline: pipelineSchema,
  cadenceDays: z.object(
    Object.fromEntries(TIERS.map((t) => [t, z.number().int().min(1).max(730)])) as Record<
      (typeof TIERS)[number],
      z.ZodNumber
    >,
  ),
  fiscalYearStartMonth: z.number().int().min(1).max(12),
});

export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
