import { subMonths } from 'date-fns';
import { monthOf } from '../deals/period.js';
import type { TenantRepos } from '../repositories.js';
import type { TenantSettings } from '../tenants/tenant.js';
import { computeForecast, type ForecastInput, type ForecastResult } from './forecast.js';
import type { Period } from './period.js';
import { LEARNING_MONTHS, learnStageRates, type StageRate } from './win-rates.js';

/** Everything a forecast is computed from, loaded once and reusable for several owner sets. */
export interface ForecastData extends ForecastInput {
  period: Period;
  /** Learned rates come from deals closed from `learnedSince` up to now. */
  learnedSince: Date;
  /** Closed deals the rates were learned from. */
  learnedFrom: number;
}

/** A forecast together with the data it was computed from. */
export interface ForecastReport extends ForecastResult {
  period: Period;
  currency: string;
  rates: StageRate[];
  learnedSince: Date;
  learnedFrom: number;
}

/**
 * Win rates of the tenant's open stages learned from every deal closed (won or lost) in the last
 * twelve months, whoever owned it: a team's history is a bigger sample than one rep's.
 */
export async function learnRates(
  repos: TenantRepos,
  settings: TenantSettings,
  now: Date,
): Promise<{ rates: StageRate[]; since: Date; closed: number }> {
  const since = subMonths(now, LEARNING_MONTHS);
  const candidates = await repos.deals.list({
    status: ['won', 'lost'],
    closeMonthFrom: monthOf(since, settings.timeZone),
  });
  // closeMonth narrows the read; the exact window is on closedAt.
  const closed = candidates.filter(
    (d) => d.closedAt && d.closedAt.getTime() >= since.getTime() && d.closedAt.getTime() <= now.getTime(),
  );
  return { rates: learnStageRates(closed, settings.pipeline), since, closed: closed.length };
}

/** Loads the won and open deals of the owners closing in the period, their quotas and the learned rates. */
export async function loadForecastData(
  repos: TenantRepos,
  settings: TenantSettings,
  period: Period,
  ownerIds: string[],
  now: Date,
): Promise<ForecastData> {
  const first = period.months[0] as string;
  const last = period.months[period.months.length - 1] as string;
  const [deals, quotas, learned] = await Promise.all([
    ownerIds.length
      ? repos.deals.list({ status: ['won', 'open'], ownerIds, closeMonthFrom: first, closeMonthTo: last })
      : Promise.resolve([]),
    repos.quotas.revenueFor(ownerIds, period.months),
    learnRates(repos, settings, now),
  ]);
  return {
    period,
    months: period.months,
    currency: settings.currency,
    deals,
    rates: learned.rates,
    // A quota set in another currency (before the tenant changed its currency) cannot be compared.
    quotas: quotas.filter((q) => q.currency === settings.currency),
    learnedSince: learned.since,
    learnedFrom: learned.closed,
  };
}

/** The forecast of some owners from loaded data. */
export function forecastOf(data: ForecastData, ownerIds: string[]): ForecastReport {
  return {
    ...computeForecast(data, ownerIds),
    period: data.period,
    currency: data.currency,
    rates: data.rates,
    learnedSince: data.learnedSince,
    learnedFrom: data.learnedFrom,
  };
}

/** Loads and computes the forecast of some owners for a period. */
export async function buildForecast(
  repos: TenantRepos,
  settings: TenantSettings,
  period: Period,
  ownerIds: string[],
  now: Date,
): Promise<ForecastReport> {
  return forecastOf(await loadForecastData(repos, settings, period, ownerIds, now), ownerIds);
}
