import { z } from 'zod/v4';
import { appError } from '../../shared/errors.js';
import { err, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import { timeZoneSchema } from '../tenants/tenant.schema.js';
import type { Member, MemberPatch } from './member.js';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'member.invalid_hours' });

export const profileSchema = z
  .object({
    locale: z.enum(['en', 'de'], { error: 'settings.invalid_locale' }).optional(),
    timeZone: timeZoneSchema.optional(),
    /** `null` returns to the tenant's working hours. */
    workingHours: z
      .object({
        start: time,
        end: time,
        days: z
          .array(z.number().int().min(1).max(7), { error: 'settings.invalid_days' })
          .min(1, { error: 'settings.invalid_days' }),
      })
      .refine((w) => w.start < w.end, { error: 'member.invalid_hours', path: ['end'] })
      .nullable()
      .optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { error: 'input.nothing_to_change' });

/** A member changes their own language, time zone and working hours (nudges respect them). */
export async function updateProfile(ctx: DomainContext, input: unknown): Promise<Result<Member>> {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String).join('.') ?? '';
    const code = /^[a-z_]+\.[a-z_]+$/.test(issue?.message ?? '')
      ? (issue?.message as string)
      : 'settings.invalid_time_zone';
    const field = path.startsWith('workingHours.days')
      ? 'days'
      : path.startsWith('workingHours')
        ? 'start'
        : path || 'timeZone';
    return err(appError(code, { field }, { field }));
  }
  const { workingHours, ...rest } = parsed.data;
  const patch: MemberPatch = { ...rest };
  if (workingHours !== undefined) patch.workingHours = workingHours;
  const updated = await ctx.repos.members.update(ctx.actor.id, patch);
  return updated
    ? { ok: true, value: updated }
    : err(appError('member.not_found', { name: ctx.actor.displayName }));
}
