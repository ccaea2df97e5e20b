import type { Result } from '../../shared/result.js';
import type { Quote, QuoteLine, StoredQuoteStatus } from './quote.js';

export interface NewQuoteRecord {
  dealId: string;
  currency: string;
  lines: QuoteLine[];
}

/** What a save may change. Totals are not among them: the repository computes them from the lines. */
export interface QuoteChanges {
  lines?: QuoteLine[];
  status?: StoredQuoteStatus;
  validUntil?: Date;
  sentAt?: Date;
  decidedAt?: Date;
  rejectReason?: string;
}

/** Quotes of one tenant. Statuses are returned as stored (`expired` is decided at read time). */
export interface QuoteRepository {
  /**
   * Creates the deal's draft with a fresh number. A deal has at most one draft: when another request
   * created it first, that draft is returned as is.
   */
  createDraft(record: NewQuoteRecord): Promise<Quote>;
  get(id: string): Promise<Quote | null>;
  /** The deal's newest quote. */
  current(dealId: string): Promise<Quote | null>;
  /** The deal's quotes, newest first. */
  listForDeal(dealId: string): Promise<Quote[]>;
  /**
   * Writes the changes only if the stored version is still `expectedVersion` (then increments it):
   * `quote.conflict` when it changed, `quote.not_found` when missing.
   */
  save(id: string, expectedVersion: number, changes: QuoteChanges): Promise<Result<Quote>>;
  delete(id: string): Promise<boolean>;
}
