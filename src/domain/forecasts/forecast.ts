import type { Deal } from '../deals/deal.js';
import { addRatio, type Ratio, ratio, roundHalfUp, scale, ZERO } from './exact.js';
import type { StageRate } from './win-rates.js';

/** The fields of a deal a forecast reads. */
export type ForecastDeal = Pick<
  Deal,
  | 'id'
  | 'title'
  | 'accountId'
  | 'ownerId'
  | 'amount'
  | 'currency'
  | 'status'
  | 'stageId'
  | 'probability'
  | 'forecastCategory'
  | 'closeMonth'
>;

/** A revenue quota of one member for one month, in the tenant currency's minor units. */
export interface QuotaEntry {
  memberId: string;
  month: string;
  amount: number;
}

/**
 * The figures of one rep or a team for a period, all in minor units of the tenant currency. Each money
 * figure is rounded once (half up) from its exact sum, so a team figure can differ from the sum of its
 * reps' rounded figures by less than one minor unit per rep.
 */
export interface ForecastFigures {
  /** Won deals closed in the period. */
  closedWon: number;
  /** Closed won + open deals in the commit category. */
  commit: number;
  /** Commit + open deals in the best-case category. */
  bestCase: number;
  /** Every open deal expected to close in the period. */
  pipeline: number;
  /** Closed won + Σ open amount × the deal's probability. */
  weighted: number;
  /** Closed won + Σ open amount × the learned win rate of the deal's stage. */
  learned: number;
  quota: number;
  /** Quota not yet won (never negative). */
  remainingQuota: number;
  /** Closed won ÷ quota; null without a quota. */
  attainment: number | null;
  /** Open pipeline ÷ remaining quota; null when nothing remains to be won. */
  coverage: number | null;
  wonCount: number;
  openCount: number;
}

/** One month of the chart: the stacked segments and the quota line. */
export interface MonthFigures {
  month: string;
  won: number;
  commitOpen: number;
  bestCaseOpen: number;
  pipelineOpen: number;
  quota: number;
}

export interface ForecastInput {
  months: string[];
  currency: string;
  deals: ForecastDeal[];
  rates: StageRate[];
  quotas: QuotaEntry[];
}

export interface ForecastResult {
  byOwner: { ownerId: string; figures: ForecastFigures }[];
  team: ForecastFigures;
  months: MonthFigures[];
  /** Deals of the period in another currency: listed, never summed. */
  excluded: ForecastDeal[];
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const amountOf = (deals: ForecastDeal[]) => sum(deals.map((d) => d.amount));
const openIn = (deals: ForecastDeal[], category: ForecastDeal['forecastCategory']) =>
  deals.filter((d) => d.status === 'open' && d.forecastCategory === category);

/** The win rate applied to an open deal: its stage's learned rate, else its own probability. */
export function learnedRateOf(
  deal: Pick<ForecastDeal, 'stageId' | 'probability'>,
  rates: StageRate[],
): Ratio {
  return rates.find((r) => r.stageId === deal.stageId)?.rate ?? ratio(deal.probability, 100);
}

/** Figures of a set of deals that are all in the tenant currency and close in the period. */
export function forecastFigures(deals: ForecastDeal[], rates: StageRate[], quota: number): ForecastFigures {
  const won = deals.filter((d) => d.status === 'won');
  const open = deals.filter((d) => d.status === 'open');
  const closedWon = amountOf(won);
  const commit = closedWon + amountOf(openIn(deals, 'commit'));
  const bestCase = commit + amountOf(openIn(deals, 'best_case'));
  const pipeline = amountOf(open);
  let weighted: Ratio = ZERO;
  let learned: Ratio = ZERO;
  for (const d of open) {
    weighted = addRatio(weighted, ratio(BigInt(d.amount) * BigInt(d.probability), 100n));
    learned = addRatio(learned, scale(d.amount, learnedRateOf(d, rates)));
  }
  const remainingQuota = Math.max(0, quota - closedWon);
  return {
    closedWon,
    commit,
    bestCase,
    pipeline,
    weighted: closedWon + roundHalfUp(weighted),
    learned: closedWon + roundHalfUp(learned),
    quota,
    remainingQuota,
    attainment: quota > 0 ? closedWon / quota : null,
    coverage: remainingQuota > 0 ? pipeline / remainingQuota : null,
    wonCount: won.length,
    openCount: open.length,
  };
}

export function monthFigures(deals: ForecastDeal[], months: string[], quotas: QuotaEntry[]): MonthFigures[] {
  return months.map((month) => {
    const inMonth = deals.filter((d) => d.closeMonth === month);
    return {
      month,
      won: amountOf(inMonth.filter((d) => d.status === 'won')),
      commitOpen: amountOf(openIn(inMonth, 'commit')),
      bestCaseOpen: amountOf(openIn(inMonth, 'best_case')),
      pipelineOpen: amountOf(openIn(inMonth, 'pipeline')),
      quota: sum(quotas.filter((q) => q.month === month).map((q) => q.amount)),
    };
  });
}

/**
 * The forecast of some owners for a period. Only won and open deals closing in the period's months
 * count; deals in another currency than the tenant's are returned in `excluded` instead of summed.
 */
export function computeForecast(input: ForecastInput, ownerIds: string[]): ForecastResult {
  const owners = new Set(ownerIds);
  const months = new Set(input.months);
  const inScope = input.deals.filter(
    (d) =>
      owners.has(d.ownerId) &&
      (d.status === 'won' || d.status === 'open') &&
      d.closeMonth !== undefined &&
      months.has(d.closeMonth),
  );
  const deals = inScope.filter((d) => d.currency === input.currency);
  const quotas = input.quotas.filter((q) => owners.has(q.memberId) && months.has(q.month));
  const quotaOf = (ids: Set<string>) => sum(quotas.filter((q) => ids.has(q.memberId)).map((q) => q.amount));
  return {
    byOwner: ownerIds.map((ownerId) => ({
      ownerId,
      figures: forecastFigures(
        deals.filter((d) => d.ownerId === ownerId),
        input.rates,
        quotaOf(new Set([ownerId])),
      ),
    })),
    team: forecastFigures(deals, input.rates, quotaOf(owners)),
    months: monthFigures(deals, input.months, quotas),
    excluded: inScope.filter((d) => d.currency !== input.currency),
  };
}
