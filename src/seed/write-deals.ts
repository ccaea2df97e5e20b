import { createDeal } from '../domain/deals/create-deal.js';
import { moveDealStage } from '../domain/deals/move-deal-stage.js';
import { updateDeal } from '../domain/deals/update-deal.js';
import { addQuoteLine } from '../domain/quotes/quote-lines.js';
import { acceptQuote, rejectQuote, sendQuote } from '../domain/quotes/quote-status.js';
import { normalizeName } from '../shared/text.js';
import type { DealPlan, DealStep } from './plan-deals.js';
import { forEachLimit } from './pool.js';
import { must, type SeedEnv } from './seed-env.js';
import type { SeededAccount } from './write-accounts.js';

/** The natural key of a deal: its title within its account. */
export const dealKey = (accountId: string, title: string) => `${accountId}\u0000${normalizeName(title)}`;

const SEED_CURRENCY = 'EUR';

/** Replays one deal's history through the use cases, each step at its own moment. */
async function replay(env: SeedEnv, p: DealPlan, accountId: string): Promise<string> {
  const ctx = env.ctx(p.owner);
  let dealId = '';
  const what = (step: DealStep) => `deal "${p.title}" ${step.kind}`;
  for (const step of p.steps) {
    ctx.clock.set(step.at);
    switch (step.kind) {
      case 'create': {
        const deal = await createDeal(ctx, {
          accountId,
          title: p.title,
          amount: p.amount,
          currency: SEED_CURRENCY,
          expectedCloseDate: p.expectedCloseDate,
          ...(p.nextStep ? { nextStep: p.nextStep } : {}),
        });
        dealId = must(deal, what(step)).id;
        break;
      }
      case 'move':
        must(await moveDealStage(ctx, dealId, step.stageId, step.reason), what(step));
        break;
      case 'update':
        must(await updateDeal(ctx, dealId, step.patch), what(step));
        break;
      case 'quote-line':
        must(await addQuoteLine(ctx, dealId, step.line, { lineId: step.lineId }), what(step));
        break;
      case 'quote-send':
        must(
          await sendQuote(ctx, dealId, step.validUntil ? { validUntil: step.validUntil } : {}),
          what(step),
        );
        break;
      case 'quote-accept':
        must(await acceptQuote(ctx, dealId), what(step));
        break;
      case 'quote-reject':
        must(await rejectQuote(ctx, dealId, step.reason), what(step));
        break;
    }
  }
  return dealId;
}

/**
 * Deals with their stage history and quotes. A deal whose title its account already has is left as it
 * is (natural key), so a second run adds nothing.
 */
export async function writeDeals(env: SeedEnv, plans: DealPlan[], accounts: Map<number, SeededAccount>) {
  const existing = new Map((await env.repos.deals.list()).map((d) => [dealKey(d.accountId, d.title), d.id]));
  const ids = new Map<number, string>();
  const created = { deals: 0, quotes: 0 };
  await forEachLimit(plans, 3, async (p) => {
    const account = accounts.get(p.accountIndex);
    if (!account) throw new Error(`demo data: no account for deal "${p.title}"`);
    const found = existing.get(dealKey(account.id, p.title));
    if (found) {
      ids.set(p.index, found);
      return;
    }
    ids.set(p.index, await replay(env, p, account.id));
    created.deals++;
    if (p.quote) created.quotes++;
  });
  return { ids, created };
}
