import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import type { Deal } from '../deals/deal.js';
import { dealNotFound, editableDeal } from '../deals/deal-write.js';
import { type Quote, withStatusAt } from './quote.js';

/** The quote's deal: any member may read it; changing its quotes takes the deal's edit rights. */
export async function quoteDeal(ctx: DomainContext, dealId: string, change: boolean): Promise<Result<Deal>> {
  if (change) return editableDeal(ctx, dealId, 'quote.update');
  const deal = await ctx.repos.deals.get(dealId);
  return deal ? ok(deal) : dealNotFound(dealId);
}

/** The deal's newest quote with its status as of now (a sent quote past its validity is expired). */
export async function currentQuote(ctx: DomainContext, deal: Deal): Promise<Result<Quote>> {
  const quote = await ctx.repos.quotes.current(deal.id);
  if (!quote) return err(appError('quote.not_found', { deal: deal.title }, { field: 'quote' }));
  return ok(withStatusAt(quote, ctx.clock.now()));
}
