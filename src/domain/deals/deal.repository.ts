import type { Result } from '../../shared/result.js';
import type { Lookup } from '../shared/lookup.js';
import type { Deal, DealHistoryEntry, DealState, DealStatus } from './deal.js';

export interface DealListFilter {
  status?: DealStatus | DealStatus[];
  ownerIds?: string[];
  stageIds?: string[];
  accountId?: string;
  /** Inclusive 'YYYY-MM' bounds on `closeMonth`. */
  closeMonthFrom?: string;
  closeMonthTo?: string;
  /** 'YYYY-Qn'. */
  closeQuarter?: string;
}

/** Count, amount and weighted amount of the deals sharing one key (a stage or an owner) and currency. */
export interface DealSum {
  key: string;
  currency: string;
  count: number;
  amount: number;
  weightedAmount: number;
}

export interface DealPage {
  limit?: number;
  skip?: number;
}

/**
 * Deals of one tenant. Writes take a complete `DealState` built by `deal-write.ts`, so the derived
 * fields can never drift from the fields they come from.
 */
export interface DealRepository {
  create(state: DealState, history: DealHistoryEntry[]): Promise<Deal>;
  get(id: string): Promise<Deal | null>;
  getMany(ids: string[]): Promise<Deal[]>;
  /** Forgiving title lookup, optionally within one account and/or status. Candidates' detail: accountId. */
  lookup(query: string, scope?: { accountId?: string; status?: DealStatus }): Promise<Lookup<Deal>>;
  /** Typeahead: titles starting with (then containing) the text, optionally within one account and/or status. */
  search(text: string, limit: number, scope?: { accountId?: string; status?: DealStatus }): Promise<Deal[]>;
  /** Sorted by expected close date, then title. */
  list(filter?: DealListFilter, page?: DealPage): Promise<Deal[]>;
  count(filter?: DealListFilter): Promise<number>;
  /**
   * Replaces the fields with `state` and appends `history`, only if the stored version is still
   * `expectedVersion` (then increments it). `deal.conflict` when it changed, `deal.not_found` when missing.
   */
  save(
    id: string,
    expectedVersion: number,
    state: DealState,
    history: DealHistoryEntry[],
  ): Promise<Result<Deal>>;
  /** Sums per stage id and currency (one `$group` per measure). */
  sumByStage(filter?: DealListFilter): Promise<DealSum[]>;
  /** Sums per owner id and currency (one `$group` per measure). */
  sumByOwner(filter?: DealListFilter): Promise<DealSum[]>;
  delete(id: string): Promise<boolean>;
}
