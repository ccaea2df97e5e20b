import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import { reapplyStageDefaults } from '../deals/reapply-stage-defaults.js';
import { isAdmin } from '../members/permissions.js';
import type { TenantSettings } from './tenant.js';
import { settingsSchema } from './tenant.schema.js';

const CODES: [RegExp, string, string][] = [
  [/^currency/, 'settings.invalid_currency', 'currency'],
  [/^locale/, 'settings.invalid_locale', 'locale'],
  [/^timeZone/, 'settings.invalid_time_zone', 'timeZone'],
  [/^workingHours\.days/, 'settings.invalid_days', 'days'],
  [/^workingHours/, 'settings.invalid_hours', 'start'],
  [/^cadenceDays\.(A|B|C)/, 'settings.invalid_cadence', 'cadence'],
  [/^pipeline/, 'settings.invalid_pipeline', 'pipeline'],
  [/^fiscalYearStartMonth/, 'settings.invalid_fiscal_start', 'fiscalStart'],
];

/**
 * Replaces the tenant's settings (admins only). A stage that still holds open deals cannot be removed;
 * every value is validated, and the first problem is reported with the field it concerns.
 */
export async function updateSettings(ctx: DomainContext, input: unknown): Promise<Result<TenantSettings>> {
  if (!isAdmin(ctx.actor)) return err(appError('member.admin_only'));
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String).join('.') ?? '';
    const [, code, field] = CODES.find(([re]) => re.test(path)) ?? [null, 'input.invalid', 'input'];
    const tier = /^cadenceDays\.(A|B|C)/.exec(path)?.[1];
    return err(
      appError(code, { field, ...(tier ? { tier } : {}) }, { field: tier ? `cadence${tier}` : field }),
    );
  }
  const next = parsed.data as TenantSettings;
  const kept = new Set(next.pipeline.map((s) => s.id));
  for (const stage of ctx.settings.pipeline) {
    if (kept.has(stage.id)) continue;
    const inUse = await ctx.repos.deals.count({ stageIds: [stage.id], status: 'open' });
    if (inUse > 0) {
      return err(
        appError(
          'settings.stage_in_use',
          { stage: stage.name, count: inUse },
          { field: `stage_${stage.id}` },
        ),
      );
    }
  }
  const saved = await ctx.repos.settings.replace(next);
  await reapplyStageDefaults({ ...ctx, settings: saved }, ctx.settings.pipeline);
  return ok(saved);
}
