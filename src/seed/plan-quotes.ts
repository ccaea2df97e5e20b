import type { SeedLang } from './catalog.companies.js';
import { PRODUCTS, type ProductSpec } from './catalog.deals.js';
import type { DealOutcome, DealStep } from './plan-deals.js';
import type { Rng } from './prng.js';
import { minutesAfter } from './time.js';

export type QuoteKind = 'draft' | 'sent' | 'accepted' | 'rejected';

type LineStep = Extract<DealStep, { kind: 'quote-line' }>;

/** Up to three lines whose total comes close to the deal amount: licences, sensor kits, installation days. */
export function quoteLines(amount: number, lang: SeedLang, rng: Rng): LineStep['line'][] {
  const line = (p: ProductSpec, quantity: number, discountPercent = 0) => ({
    product: p.name[lang],
    quantity,
    unitPrice: p.unitPrice,
    discountPercent,
  });
  const { licence, sensor, install } = PRODUCTS;
  const lines: LineStep['line'][] = [];
  const sites = amount >= 40_000_00 ? Math.min(8, Math.max(1, Math.floor(amount / 60_000_00))) : 0;
  let rest = amount - sites * licence.unitPrice;
  if (sites) lines.push(line(licence, sites, rng.pick([0, 5, 10])));
  const days = Math.max(1, Math.round((rest * 0.2) / install.unitPrice));
  rest -= days * install.unitPrice;
  lines.push(line(sensor, Math.max(1, Math.round(rest / sensor.unitPrice))));
  lines.push(line(install, days));
  return lines;
}

interface QuoteInput {
  rng: Rng;
  outcome: DealOutcome;
  /** Position of the furthest open stage reached, and of the first stage that quotes. */
  upTo: number;
  quoteFrom: number;
  /** The open stages of the pipeline, and those the deal went through with the moments it entered them. */
  open: string[];
  stages: string[];
  times: Date[];
  amount: number;
  lang: SeedLang;
  reason: string | undefined;
}

function kindOf(input: QuoteInput): QuoteKind | undefined {
  const { rng, outcome, upTo, quoteFrom } = input;
  if (upTo < quoteFrom) return undefined;
  if (outcome === 'won') return rng.chance(0.5) ? 'accepted' : undefined;
  if (outcome === 'lost') return rng.chance(0.4) ? 'rejected' : undefined;
  const roll = rng.next();
  if (upTo === quoteFrom) return roll < 0.5 ? 'draft' : roll < 0.8 ? 'sent' : undefined;
  return roll < 0.65 ? 'sent' : roll < 0.75 ? 'draft' : undefined;
}

/**
 * The quote of a deal, if it has one: written when the deal entered the quoting stage (Proposal),
 * sent minutes later, and accepted or rejected just before the deal was won or lost.
 */
export function quoteSteps(input: QuoteInput): { kind?: QuoteKind; steps: DealStep[] } {
  const kind = kindOf(input);
  if (!kind) return { steps: [] };
  const { open, stages, times, amount, lang, rng, quoteFrom } = input;
  const at = stages.findIndex((id) => open.indexOf(id) >= quoteFrom);
  const written = times[at];
  const closed = times.at(-1);
  if (at < 0 || !written || !closed) return { steps: [] };
  const steps: DealStep[] = quoteLines(amount, lang, rng).map((line, i) => ({
    kind: 'quote-line',
    at: minutesAfter(written, i + 1),
    lineId: `seed-${i + 1}`,
    line,
  }));
  // A quote decided on was still valid then (a sent quote past its validity reads as expired).
  const decided = kind === 'accepted' || kind === 'rejected';
  if (kind !== 'draft') {
    const validUntil = decided ? { validUntil: minutesAfter(closed, 14 * 24 * 60) } : {};
    steps.push({ kind: 'quote-send', at: minutesAfter(written, 5), ...validUntil });
  }
  if (kind === 'accepted') steps.push({ kind: 'quote-accept', at: minutesAfter(closed, -2) });
  if (kind === 'rejected') {
    steps.push({ kind: 'quote-reject', at: minutesAfter(closed, -2), reason: input.reason ?? '' });
  }
  return { kind, steps };
}
