import type { DomainContext } from '../context.js';
import type { Stage } from '../tenants/tenant.js';
import { saveDeal } from './deal-write.js';

/**
 * After the pipeline changed, open deals that follow their stage's default take the new probability and
 * forecast category (with a history entry); deals whose probability was set by hand keep it. `ctx` must
 * carry the new settings. Returns how many deals changed.
 */
export async function reapplyStageDefaults(ctx: DomainContext, before: Stage[]): Promise<number> {
  const changed = ctx.settings.pipeline.filter((stage) => {
    const old = before.find((b) => b.id === stage.id);
    return old && (old.probability !== stage.probability || old.category !== stage.category);
  });
  if (!changed.length) return 0;
  const deals = await ctx.repos.deals.list(
    { status: 'open', stageIds: changed.map((s) => s.id) },
    { limit: 10_000 },
  );
  let updated = 0;
  const at = ctx.clock.now();
  for (const deal of deals) {
    const stage = changed.find((s) => s.id === deal.stageId);
    if (!stage) continue;
    const probability = deal.probabilityOverridden ? deal.probability : stage.probability;
    if (probability === deal.probability && stage.category === deal.forecastCategory) continue;
    const history =
      probability === deal.probability
        ? []
        : [
            {
              at,
              byId: ctx.actor.id,
              kind: 'probability' as const,
              from: deal.probability,
              to: probability,
              reason: 'stage default',
            },
          ];
    // A concurrent edit wins: that deal keeps its values until the next change of its stage.
    const saved = await saveDeal(ctx, deal, { probability, forecastCategory: stage.category }, history);
    if (saved.ok) updated++;
  }
  return updated;
}
