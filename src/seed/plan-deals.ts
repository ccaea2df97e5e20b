import { lostStage, openStages, type TenantSettings, wonStage } from '../domain/tenants/tenant.js';
import { DEAL_TITLES, LOST_REASONS, NEXT_STEPS } from './catalog.deals.js';
import type { AccountPlan } from './plan-accounts.js';
import { type QuoteKind, quoteSteps } from './plan-quotes.js';
import { type Rng, rngFor } from './prng.js';
import { localDay, minutesAfter, quarterHorizon, workdayAgo, workTime } from './time.js';

export type DealOutcome = 'won' | 'lost' | 'open';

/** One thing that happens to a deal, at a moment of its history. */
export type DealStep =
  | { kind: 'create'; at: Date }
  | { kind: 'move'; at: Date; stageId: string; reason?: string }
  | { kind: 'update'; at: Date; patch: { expectedCloseDate?: string; amount?: number; probability?: number } }
  | {
      kind: 'quote-line';
      at: Date;
      lineId: string;
      line: { product: string; quantity: number; unitPrice: number; discountPercent: number };
    }
  | { kind: 'quote-send'; at: Date; validUntil?: Date }
  | { kind: 'quote-accept'; at: Date }
  | { kind: 'quote-reject'; at: Date; reason: string };

export interface DealPlan {
  index: number;
  accountIndex: number;
  owner: AccountPlan['owner'];
  title: string;
  /** EUR cents at creation (an accepted quote sets the final amount). */
  amount: number;
  /** 'YYYY-MM-DD' as first expected. */
  expectedCloseDate: string;
  nextStep?: string;
  outcome: DealOutcome;
  /** Local days ago of creation and of the last stage change. */
  createdAgo: number;
  lastAgo: number;
  quote?: QuoteKind;
  steps: DealStep[];
}

const AMOUNT_STEPS = { A: [60, 480], B: [20, 180], C: [6, 60] } as const;
const STEP = 500_00; // amounts are whole 500 € steps
const OUTCOMES = { won: 30, lost: 25 } as const;
// Shares of the open deals per open stage, first stage first.
const OPEN_WEIGHTS = [15, 18, 18, 14];

/** `count` distinct whole days strictly between `low` and `high`, largest (oldest) first. */
function between(rng: Rng, low: number, high: number, count: number): number[] {
  const days = new Set<number>();
  while (days.size < Math.min(count, high - low - 1)) days.add(rng.int(low + 1, high - 1));
  return [...days].sort((a, b) => b - a);
}

/** Stage path: the first open stage, some of the stages up to `upTo` (always `upTo` itself). */
function pathTo(rng: Rng, open: string[], upTo: number): string[] {
  return open.filter((_, i) => i === 0 || i === upTo || (i < upTo && rng.chance(0.8)));
}

/** Every outcome and open stage, spread over the 120 deals by one shuffle. */
function outcomes(total: number, openCount: number): (DealOutcome | number)[] {
  const open = total - OUTCOMES.won - OUTCOMES.lost;
  const weights = OPEN_WEIGHTS.slice(0, openCount);
  const sum = weights.reduce((a, b) => a + b, 0);
  const stages = weights.flatMap((w, i) => Array<number>(Math.round((w / sum) * open)).fill(i));
  while (stages.length < open) stages.push(0);
  const all = [
    ...Array<DealOutcome>(OUTCOMES.won).fill('won'),
    ...Array<DealOutcome>(OUTCOMES.lost).fill('lost'),
    ...stages.slice(0, open),
  ];
  return rngFor('deal-outcomes').shuffle(all);
}

/** About 120 deals over 12 months: won and lost with reasons, the rest open across the pipeline. */
export function planDeals(accounts: AccountPlan[], settings: TenantSettings, now: Date): DealPlan[] {
  const tz = settings.timeZone;
  const open = openStages(settings.pipeline).map((s) => s.id);
  const won = wonStage(settings.pipeline)?.id;
  const lost = lostStage(settings.pipeline)?.id;
  if (!won || !lost || !open.length) throw new Error('the pipeline needs open, won and lost stages');
  const quoteFrom = Math.max(1, open.length - 2);
  const horizon = quarterHorizon(now, tz);
  const slots = accounts.flatMap((a) => Array.from({ length: a.deals }, (_, n) => ({ a, n })));
  const fate = outcomes(slots.length, open.length);

  return slots.map(({ a, n }, index) => {
    const rng = rngFor(`deal:${a.index}:${n}`);
    const lang = a.company.lang;
    const titles = rngFor(`deal-titles:${a.index}`).sample(DEAL_TITLES[lang], a.deals);
    const title = (titles[n] ?? 'Deal')
      .replace('{city}', a.company.city)
      .replace('{n}', String(rng.int(1, 9)));
    const [lo, hi] = AMOUNT_STEPS[a.company.tier];
    const amount = rng.int(lo, hi) * STEP;
    const f = fate[index] ?? 0;
    const outcome: DealOutcome = typeof f === 'number' ? 'open' : f;
    const upTo =
      typeof f === 'number' ? f : outcome === 'won' ? open.length - 1 : rng.int(1, open.length - 1);
    const stages = pathTo(rng, open, upTo);
    const moves = outcome === 'open' ? stages.slice(1) : [...stages.slice(1), outcome === 'won' ? won : lost];

    // Days: closed deals end 1–330 days ago after a cycle of weeks; open ones entered their stage lately.
    const lastAgo = outcome === 'open' ? (rng.chance(0.5) ? rng.int(1, 5) : rng.int(6, 60)) : rng.int(1, 330);
    const cycle = rng.int(14 + 7 * moves.length, 40 + 25 * moves.length);
    const createdAgo = Math.min(364, lastAgo + Math.max(cycle, moves.length + 1));
    const days = moves.length ? [...between(rng, lastAgo, createdAgo, moves.length - 1), lastAgo] : [];
    const times: Date[] = [];
    for (const d of [createdAgo, ...days]) {
      const at = workTime(now, tz, Math.min(364, workdayAgo(now, tz, d)), rng);
      const prev = times.at(-1);
      times.push(prev && at.getTime() <= prev.getTime() ? minutesAfter(prev, 37) : at);
    }
    const reason = outcome === 'lost' ? rng.pick(LOST_REASONS[lang]) : undefined;
    const steps: DealStep[] = [{ kind: 'create', at: times[0] ?? now }];
    moves.forEach((stageId, i) => {
      const at = times[i + 1] ?? now;
      steps.push({ kind: 'move', at, stageId, ...(stageId === lost && reason ? { reason } : {}) });
    });

    // Expected close: closed deals around when they closed; open ones over this and next quarter,
    // some already slipped into the past.
    const [slipped, thisQuarter, offset] = [rng.chance(0.15), rng.chance(0.5), rng.next()];
    const within = (from: number, to: number) => from + Math.floor(offset * (to - from + 1));
    let close: number;
    if (outcome !== 'open') close = -lastAgo + within(-20, 10);
    else if (slipped) close = -within(3, 30);
    else if (thisQuarter && horizon.thisQuarter >= 1) close = within(1, horizon.thisQuarter);
    else close = within(horizon.thisQuarter + 1, horizon.nextQuarter);
    let firstClose = close;
    let firstAmount = amount;
    const last = times.at(-1) ?? now;
    if (outcome === 'open') {
      const patch: Extract<DealStep, { kind: 'update' }>['patch'] = {};
      if (rng.chance(0.3) && !slipped) {
        firstClose = close - rng.int(20, 45);
        patch.expectedCloseDate = localDay(now, tz, close);
      }
      if (upTo >= quoteFrom && rng.chance(0.25)) {
        firstAmount = Math.round((amount * 0.8) / STEP) * STEP;
        patch.amount = amount;
      }
      if (upTo === open.length - 1 && rng.chance(0.3)) patch.probability = rng.pick([60, 80, 85]);
      if (Object.keys(patch).length) steps.push({ kind: 'update', at: minutesAfter(last, 95), patch });
    }
    const q = quoteSteps({ rng, outcome, upTo, quoteFrom, open, stages, times, amount, lang, reason });
    steps.push(...q.steps);
    steps.sort((x, y) => x.at.getTime() - y.at.getTime());
    const nextStep =
      outcome === 'open' ? NEXT_STEPS[lang][Math.min(upTo, NEXT_STEPS[lang].length - 1)] : undefined;
    return {
      index,
      accountIndex: a.index,
      owner: a.owner,
      title,
      amount: firstAmount,
      expectedCloseDate: localDay(now, tz, firstClose),
      ...(nextStep ? { nextStep } : {}),
      outcome,
      createdAgo,
      lastAgo,
      ...(q.kind ? { quote: q.kind } : {}),
      steps,
    };
  });
}
