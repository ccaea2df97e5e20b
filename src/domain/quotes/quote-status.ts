import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import type { Deal } from '../deals/deal.js';
import { dealNotFound, saveDeal } from '../deals/deal-write.js';
import { toInstant } from '../deals/period.js';
import { parseInput } from '../shared/parse.js';
import { checkTransition, DEFAULT_VALID_DAYS, type Quote, type QuoteStatus } from './quote.js';
import { rejectReasonSchema, sendQuoteSchema } from './quote.schema.js';
import { currentQuote, quoteDeal } from './quote-access.js';

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const shiftDays = (at: Date, tz: string, days: number) =>
  new Date(addDays(new TZDate(at, tz), days).getTime());

/** A bare day is valid through its end in the tenant zone; a date-time is taken as is. */
function endOfValidity(value: Date | string, tz: string): Date | null {
  const at = toInstant(value, tz);
  if (!at || typeof value !== 'string' || !DAY_ONLY.test(value.trim())) return at;
  return new Date(shiftDays(at, tz, 1).getTime() - 1);
}

/** The deal and its current quote, if the actor may move that quote to `to`. */
async function transition(
  ctx: DomainContext,
  dealId: string,
  to: QuoteStatus,
): Promise<Result<{ deal: Deal; quote: Quote }>> {
  const deal = await quoteDeal(ctx, dealId, true);
  if (!deal.ok) return deal;
  const quote = await currentQuote(ctx, deal.value);
  if (!quote.ok) return quote;
  const allowed = checkTransition(quote.value.status, to);
  if (!allowed.ok) return allowed;
  if (to !== 'rejected' && quote.value.lines.length === 0) {
    return err(appError('quote.empty', { number: quote.value.number }, { field: 'quote' }));
  }
  return ok({ deal: deal.value, quote: quote.value });
}

/** Draft → sent, valid until the given day (end of validity) or for 30 days from now. */
export async function sendQuote(
  ctx: DomainContext,
  dealId: string,
  input: unknown = {},
): Promise<Result<Quote>> {
  const parsed = parseInput(sendQuoteSchema, input);
  if (!parsed.ok) return parsed;
  const now = ctx.clock.now();
  const tz = ctx.settings.timeZone;
  const given = parsed.value.validUntil;
  const validUntil = given === undefined ? shiftDays(now, tz, DEFAULT_VALID_DAYS) : endOfValidity(given, tz);
  if (!validUntil || validUntil.getTime() <= now.getTime()) {
    return err(appError('quote.invalid_valid_until', undefined, { field: 'validUntil' }));
  }
  const moving = await transition(ctx, dealId, 'sent');
  if (!moving.ok) return moving;
  const { quote } = moving.value;
  return ctx.repos.quotes.save(quote.id, quote.version, { status: 'sent', validUntil, sentAt: now });
}

/** Sets the deal's amount to the quote total through the deals write path, recording why. */
async function takeQuoteAmount(ctx: DomainContext, dealId: string, quote: Quote): Promise<Result<Deal>> {
  let last: Result<Deal> = dealNotFound(dealId);
  // The quote is already accepted, so a deal edited meanwhile is re-read and updated, not given up on.
  for (let attempt = 0; attempt < 3; attempt++) {
    const deal = await ctx.repos.deals.get(dealId);
    if (!deal) return dealNotFound(dealId);
    const entry = {
      at: ctx.clock.now(),
      byId: ctx.actor.id,
      kind: 'amount' as const,
      from: deal.amount,
      to: quote.totals.total,
      reason: `quote ${quote.number} accepted`,
    };
    last = await saveDeal(ctx, deal, { amount: quote.totals.total }, [entry]);
    if (last.ok || last.error.code !== 'deal.conflict') return last;
  }
  return last;
}

/**
 * Sent (or draft) → accepted. The deal's amount becomes the quote total, with an 'amount' history entry
 * 'quote <number> accepted'. Accepting twice is `quote.invalid_transition`, so it never records twice.
 */
export async function acceptQuote(
  ctx: DomainContext,
  dealId: string,
): Promise<Result<{ quote: Quote; deal: Deal }>> {
  const moving = await transition(ctx, dealId, 'accepted');
  if (!moving.ok) return moving;
  const { quote } = moving.value;
  const accepted = await ctx.repos.quotes.save(quote.id, quote.version, {
    status: 'accepted',
    decidedAt: ctx.clock.now(),
  });
  if (!accepted.ok) return accepted;
  const deal = await takeQuoteAmount(ctx, dealId, accepted.value);
  if (!deal.ok) return deal;
  return ok({ quote: accepted.value, deal: deal.value });
}

/** Sent → rejected, with an optional reason. */
export async function rejectQuote(
  ctx: DomainContext,
  dealId: string,
  reason?: string,
): Promise<Result<Quote>> {
  const why = parseInput(rejectReasonSchema, { reason });
  if (!why.ok) return why;
  const moving = await transition(ctx, dealId, 'rejected');
  if (!moving.ok) return moving;
  const { quote } = moving.value;
  return ctx.repos.quotes.save(quote.id, quote.version, {
    status: 'rejected',
    decidedAt: ctx.clock.now(),
    ...(why.value.reason ? { rejectReason: why.value.reason } : {}),
  });
}
