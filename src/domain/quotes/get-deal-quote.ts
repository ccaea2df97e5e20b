import type { Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import type { Quote } from './quote.js';
import { currentQuote, quoteDeal } from './quote-access.js';

/** The deal's current (newest) quote; `quote.not_found` when it has none yet. */
export async function getDealQuote(ctx: DomainContext, dealId: string): Promise<Result<Quote>> {
  const deal = await quoteDeal(ctx, dealId, false);
  if (!deal.ok) return deal;
  return currentQuote(ctx, deal.value);
}
