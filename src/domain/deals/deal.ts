import { normalizeName } from '../../shared/text.js';
import type { ForecastCategory, Stage } from '../tenants/tenant.js';
import { calendarDaysBetween, monthOf, quarterOf } from './period.js';

export const DEAL_STATUSES = ['open', 'won', 'lost'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

export const HISTORY_KINDS = ['created', 'stage', 'amount', 'probability', 'close_date'] as const;
export type DealHistoryKind = (typeof HISTORY_KINDS)[number];

/** Amounts are integer minor units; the largest one whose arithmetic stays exact in a JS number. */
export const MAX_AMOUNT = Number.MAX_SAFE_INTEGER;

/**
 * One recorded change. `from`/`to` hold stage ids, amounts, probabilities or close days ('YYYY-MM-DD'
 * in the tenant zone); `reason` says why (a lost reason, or 'quote Q-7K3M9P accepted').
 */
export interface DealHistoryEntry {
  at: Date;
  byId: string;
  kind: DealHistoryKind;
  from?: string | number;
  to?: string | number;
  reason?: string;
}

/** What users decide about a deal (directly or by moving it through the pipeline). */
export interface DealFields {
  accountId: string;
  title: string;
  ownerId: string;
  amount: number;
  currency: string;
  stageId: string;
  /** Whole percent 0–100: the stage default unless `probabilityOverridden`. */
  probability: number;
  probabilityOverridden: boolean;
  forecastCategory: ForecastCategory;
  expectedCloseDate?: Date;
  nextStep?: string;
  status: DealStatus;
  closedAt?: Date;
  lostReason?: string;
  stageEnteredAt: Date;
}

/** Stored so that reports need only `$match → $group` (see docs/architecture.md). */
export interface DealDerived {
  weightedAmount: number;
  /** 'YYYY-MM' of the close date (expected, or actual once closed) in the tenant zone. */
  closeMonth?: string;
  /** Calendar quarter 'YYYY-Qn' of the same date. */
  closeQuarter?: string;
  titleKey: string;
}

export type DealState = DealFields & DealDerived;

/** A sales opportunity of an account. `version` guards read-modify-write updates. */
export interface Deal extends DealState {
  id: string;
  history: DealHistoryEntry[];
  version: number;
  createdAt: Date;
}

export const OPTIONAL_DEAL_FIELDS = ['expectedCloseDate', 'nextStep', 'closedAt', 'lostReason'] as const;
type OptionalField = (typeof OPTIONAL_DEAL_FIELDS)[number];

/** A change to a deal's fields; `null` clears an optional field. */
export type DealPatch = Partial<Omit<DealFields, OptionalField>> & {
  [K in OptionalField]?: DealFields[K] | null;
};

/** round(amount × probability / 100), half up, in exact integer arithmetic. */
export function weightedAmountOf(amount: number, probability: number): number {
  return Number((BigInt(amount) * BigInt(probability) + 50n) / 100n);
}

/** The derived fields of a deal; every create and update writes them from this one function. */
export function deriveDeal(fields: DealFields, timeZone: string): DealDerived {
  const closing = fields.status === 'open' ? fields.expectedCloseDate : fields.closedAt;
  return {
    weightedAmount: weightedAmountOf(fields.amount, fields.probability),
    ...(closing
      ? { closeMonth: monthOf(closing, timeZone), closeQuarter: quarterOf(closing, timeZone) }
      : {}),
    titleKey: normalizeName(fields.title),
  };
}

/** The fields after a patch: `undefined` keeps a value, `null` removes it. */
export function applyDealPatch(fields: DealFields, patch: DealPatch): DealFields {
  const next: Record<string, unknown> = { ...fields };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next as unknown as DealFields;
}

/** The authored fields of a stored deal (drops id, history, version and the derived fields). */
export function dealFieldsOf(deal: Deal): DealFields {
  const { id, history, version, createdAt, weightedAmount, closeMonth, closeQuarter, titleKey, ...fields } =
    deal;
  return fields;
}

/** Whole days in the current stage, counted in local calendar days at read time. */
export const daysInStage = (deal: Pick<Deal, 'stageEnteredAt'>, now: Date, timeZone: string): number =>
  calendarDaysBetween(deal.stageEnteredAt, now, timeZone);

/** An open deal that sat in its stage longer than the stage allows (deal hygiene). */
export function isStale(deal: Pick<Deal, 'status' | 'stageEnteredAt'>, stage: Stage, now: Date, tz: string) {
  if (deal.status !== 'open' || stage.staleAfterDays === undefined) return false;
  return daysInStage(deal, now, tz) > stage.staleAfterDays;
}
