import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import { parseInput } from '../shared/parse.js';
import { MAX_LINES, newLineId, type Quote, type QuoteLine, withStatusAt } from './quote.js';
import { quoteLineSchema } from './quote.schema.js';
import { currentQuote, quoteDeal } from './quote-access.js';

const tooMany = () => err(appError('quote.too_many_lines', { max: MAX_LINES }, { field: 'lines' }));

const LINE_ID = /^[a-z0-9_-]{1,40}$/;

/**
 * Adds a line to the deal's draft quote, creating the draft when the deal has none (or only quotes
 * already sent or decided). Appending commutes, so a concurrent edit is retried rather than reported.
 * `lineId` makes it idempotent: a retried request with the same id finds its line and adds nothing.
 */
export async function addQuoteLine(
  ctx: DomainContext,
  dealId: string,
  input: unknown,
  opts: { lineId?: string } = {},
): Promise<Result<Quote>> {
  const parsed = parseInput(quoteLineSchema, input);
  if (!parsed.ok) return parsed;
  const lineId = opts.lineId?.trim().toLowerCase() ?? newLineId();
  if (!LINE_ID.test(lineId)) return err(appError('input.invalid', { field: 'lineId' }, { field: 'lineId' }));
  const deal = await quoteDeal(ctx, dealId, true);
  if (!deal.ok) return deal;
  const { discountPercent, ...rest } = parsed.value;
  const line: QuoteLine = { id: lineId, ...rest, discountBps: discountPercent ?? 0 };

  let conflict: Result<Quote> | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = await ctx.repos.quotes.current(deal.value.id);
    if (current?.lines.some((l) => l.id === line.id)) return ok(withStatusAt(current, ctx.clock.now()));
    const draft =
      current?.status === 'draft'
        ? current
        : await ctx.repos.quotes.createDraft({
            dealId: deal.value.id,
            currency: deal.value.currency,
            lines: [line],
          });
    if (draft.lines.some((l) => l.id === line.id)) return ok(draft);
    if (draft.lines.length >= MAX_LINES) return tooMany();
    const saved = await ctx.repos.quotes.save(draft.id, draft.version, { lines: [...draft.lines, line] });
    if (saved.ok || saved.error.code !== 'quote.conflict') return saved;
    conflict = saved;
  }
  return conflict ?? tooMany();
}

// A line id first (ids from callers may be all digits), then a 1-based position.
function lineIndex(lines: QuoteLine[], ref: number | string): number {
  const text = String(ref).trim();
  const byId = lines.findIndex((l) => l.id === text.toLowerCase());
  if (byId >= 0 || !/^\d+$/.test(text)) return byId;
  return Number(text) - 1;
}

/** Removes a line of the draft quote, by 1-based position or line id. */
export async function removeQuoteLine(
  ctx: DomainContext,
  dealId: string,
  line: number | string,
): Promise<Result<Quote>> {
  const deal = await quoteDeal(ctx, dealId, true);
  if (!deal.ok) return deal;
  const quote = await currentQuote(ctx, deal.value);
  if (!quote.ok) return quote;
  const { id, number, version, lines, status } = quote.value;
  if (status !== 'draft') return err(appError('quote.not_editable', { number }, { field: 'quote' }));
  const index = lineIndex(lines, line);
  if (index < 0 || index >= lines.length) {
    return err(
      appError('quote.line_not_found', { line: String(line), count: lines.length }, { field: 'line' }),
    );
  }
  return ctx.repos.quotes.save(id, version, { lines: lines.filter((_, i) => i !== index) });
}
