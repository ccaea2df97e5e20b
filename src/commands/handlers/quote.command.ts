import { createHash } from 'node:crypto';
import type { Deal } from '../../domain/deals/deal.js';
import { findDeal } from '../../domain/deals/find-deal.js';
import { getDealQuote } from '../../domain/quotes/get-deal-quote.js';
import { addQuoteLine } from '../../domain/quotes/quote-lines.js';
import { acceptQuote, rejectQuote, sendQuote } from '../../domain/quotes/quote-status.js';
import { appError } from '../../shared/errors.js';
import { parseAmount } from '../parse/amount.js';
import { joinTokens, splitArgs, type Token } from '../parse/tokenize.js';
import type { CommandModule } from '../registry.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import type { Form } from '../view/form.js';
import { errorResult, usageResult } from './common.js';
import { formError, str } from './form-values.js';
import { quoteCard } from './quote.view.js';

const FLAGS: Record<string, string> = {
  discount: 'discount',
  rabatt: 'discount',
  reason: 'reason',
  grund: 'reason',
};
const TIMES = new Set(['x', '×', '*']);
const AT = new Set(['@', 'à', 'zu', 'at', 'je', 'each']);

/** A line id derived from the request, so a retried or double-clicked add writes one line. */
const lineIdFor = (s: Session) =>
  s.inv.requestId
    ? createHash('sha256').update(`${s.inv.platform}:${s.inv.requestId}`).digest('hex').slice(0, 10)
    : undefined;

function lineForm(s: Session, deal: Deal): Form {
  return {
    id: 'quote.line',
    title: s.t('quote.form_title'),
    submitLabel: s.t('core.save'),
    state: { deal: deal.id },
    fields: [
      { type: 'text', id: 'product', label: s.t('quote.product'), required: true, maxLength: 200 },
      { type: 'text', id: 'quantity', label: s.t('quote.qty'), required: true, value: '1' },
      {
        type: 'text',
        id: 'unitPrice',
        label: s.t('quote.unit_price_in', { currency: deal.currency }),
        required: true,
      },
      { type: 'text', id: 'discount', label: s.t('quote.discount_percent'), placeholder: '10' },
    ],
  };
}

async function addLine(
  s: Session,
  deal: Deal,
  line: { product: string; quantity: number; unitPrice: number; discountPercent?: string },
) {
  const id = lineIdFor(s);
  return addQuoteLine(s.ctx, deal.id, line, id ? { lineId: id } : {});
}

/** Splits `50 x "Seat licence" @ 490` (also `50x`, `@490`, `à 490`) after the deal's name. */
function splitLine(tokens: Token[]) {
  const word = (value: string): Token => ({ type: 'word', value });
  const words: Token[] = tokens.flatMap((t): Token[] => {
    if (t.type !== 'word') return [t];
    const times = /^(\d+)[x×]$/i.exec(t.value);
    if (times) return [word(times[1] as string), word('x')];
    const at = /^@(.+)$/.exec(t.value);
    return at ? [word('@'), word(at[1] as string)] : [t];
  });
  const x = words.findIndex((t) => t.type === 'word' && TIMES.has(t.value.toLowerCase()));
  const at = words.findIndex((t, i) => i > x && t.type === 'word' && AT.has(t.value.toLowerCase()));
  if (x < 1 || at < x + 2 || at !== words.length - 2) return undefined;
  return {
    deal: joinTokens(words.slice(0, x - 1)),
    quantity: joinTokens(words.slice(x - 1, x)),
    product: joinTokens(words.slice(x + 1, at)),
    price: joinTokens(words.slice(at + 1)),
  };
}

async function run(s: Session, tokens: Token[]): Promise<CommandResult> {
  const split = splitArgs(tokens, FLAGS);
  if (!split.ok)
    return usageResult(
      s,
      s.t('core.unknown_flag', { flag: split.unknownFlag, valid: '--discount' }),
      'help.quote',
    );
  const { positional, flags } = split.args;
  if (!positional.length) return usageResult(s, s.t('quote.usage_problem'), 'help.quote');
  const line = splitLine(positional);
  const dealText = line ? line.deal : joinTokens(positional);
  const deal = await findDeal(s.ctx, dealText);
  if (!deal.ok)
    return errorResult(s, deal.error, (id) =>
      line
        ? `quote ${id} ${line.quantity} x "${line.product}" @ ${line.price}${flags.has('discount') ? ` --discount ${joinTokens(flags.get('discount'))}` : ''}`
        : `quote ${id}`,
    );
  if (!line) return show(s, deal.value);
  const quantity = /^\d+$/.test(line.quantity) ? Number(line.quantity) : Number.NaN;
  const unitPrice = parseAmount(line.price, deal.value.currency);
  if (unitPrice === undefined)
    return errorResult(s, appError('quote.invalid_price', { value: line.price }, { field: 'unitPrice' }));
  const added = await addLine(s, deal.value, {
    product: line.product,
    quantity,
    unitPrice,
    ...(flags.has('discount')
      ? { discountPercent: joinTokens(flags.get('discount')).replace('%', '').trim() }
      : {}),
  });
  if (!added.ok) return errorResult(s, added.error);
  return { kind: 'card', card: quoteCard(s, added.value, deal.value) };
}

async function show(s: Session, deal: Deal): Promise<CommandResult> {
  const quote = await getDealQuote(s.ctx, deal.id);
  if (!quote.ok) {
    if (quote.error.code === 'quote.not_found') return { kind: 'form', form: lineForm(s, deal) };
    return errorResult(s, quote.error);
  }
  return { kind: 'card', card: quoteCard(s, quote.value, deal) };
}

const transition =
  (fn: (s: Session, deal: Deal) => Promise<CommandResult>) =>
  async (s: Session, v: Record<string, string>) => {
    const deal = await findDeal(s.ctx, v.deal ?? '');
    if (!deal.ok) return errorResult(s, deal.error);
    const result = await fn(s, deal.value);
    return result.kind === 'card' ? { ...result, replace: true } : result;
  };

/** `/crm quote …` (German `angebot`), the quote-line dialog and the Send / Accept / Reject buttons. */
export function quoteModule(): CommandModule {
  return {
    commands: [{ name: 'quote', aliases: ['angebot', 'offer'], run }],
    actions: [
      {
        id: 'quote.send',
        run: transition(async (s, deal) => {
          const r = await sendQuote(s.ctx, deal.id);
          return r.ok ? { kind: 'card', card: quoteCard(s, r.value, deal) } : errorResult(s, r.error);
        }),
      },
      {
        id: 'quote.accept',
        run: transition(async (s, deal) => {
          const r = await acceptQuote(s.ctx, deal.id);
          return r.ok
            ? { kind: 'card', card: quoteCard(s, r.value.quote, r.value.deal) }
            : errorResult(s, r.error);
        }),
      },
      {
        id: 'quote.reject',
        run: transition(async (s, deal) => {
          const r = await rejectQuote(s.ctx, deal.id);
          return r.ok ? { kind: 'card', card: quoteCard(s, r.value, deal) } : errorResult(s, r.error);
        }),
      },
    ],
    forms: [
      {
        id: 'quote.line',
        async open(s, prefill) {
          const deal = await findDeal(s.ctx, prefill.deal ?? '');
          if (!deal.ok) throw new Error(`quote dialog for unknown deal ${prefill.deal}`);
          return lineForm(s, deal.value);
        },
        async submit(s, values, state) {
          const deal = await findDeal(s.ctx, state.deal ?? '');
          if (!deal.ok) return formError(s, deal.error, {}, 'product');
          const qtyText = str(values.quantity) ?? '';
          const priceText = str(values.unitPrice) ?? '';
          const unitPrice = parseAmount(priceText, deal.value.currency);
          if (unitPrice === undefined)
            return formError(s, appError('quote.invalid_price', { value: priceText }), {}, 'unitPrice');
          const added = await addLine(s, deal.value, {
            product: str(values.product) ?? '',
            quantity: /^\d+$/.test(qtyText) ? Number(qtyText) : Number.NaN,
            unitPrice,
            ...(str(values.discount)
              ? { discountPercent: (str(values.discount) ?? '').replace('%', '').trim() }
              : {}),
          });
          if (!added.ok) {
            return formError(
              s,
              added.error,
              {
                product: 'product',
                quantity: 'quantity',
                unitPrice: 'unitPrice',
                discountPercent: 'discount',
              },
              'product',
            );
          }
          return { kind: 'done', card: quoteCard(s, added.value, deal.value) };
        },
      },
    ],
  };
}
