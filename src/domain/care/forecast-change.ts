import { buildForecast } from '../forecasts/forecast.service.js';
import { relativeQuarter } from '../forecasts/period.js';
import { DELTA_MIN_AGE_MS, teamOwner } from '../forecasts/snapshot.js';
import { teamOf } from '../forecasts/take-snapshot.js';
import type { Member } from '../members/member.js';
import type { TenantRepos } from '../repositories.js';
import type { TenantSettings } from '../tenants/tenant.js';

/** The team's weighted forecast of the current quarter now and in last week's snapshot. */
export interface ForecastChange {
  period: string;
  now: number;
  before: number;
  currency: string;
}

/**
 * Compares the manager's team forecast (manager and reports, as forecasts define a team) with the
 * newest weekly snapshot at least a week old. `null` before the first such snapshot exists.
 */
export async function teamForecastChange(
  repos: TenantRepos,
  settings: TenantSettings,
  manager: Member,
  members: Member[],
  now: Date,
): Promise<ForecastChange | null> {
  const ctx = { now, timeZone: settings.timeZone, fiscalYearStartMonth: settings.fiscalYearStartMonth };
  const period = relativeQuarter(ctx, 0);
  const before = await repos.forecastSnapshots.latestAtOrBefore(
    period.label,
    teamOwner(manager.id),
    new Date(now.getTime() - DELTA_MIN_AGE_MS),
  );
  if (!before || before.currency !== settings.currency) return null;
  const ids = teamOf(manager, members).map((m) => m.id);
  const report = await buildForecast(repos, settings, period, ids, now);
  return {
    period: period.label,
    now: report.team.weighted,
    before: before.figures.weighted,
    currency: settings.currency,
  };
}
