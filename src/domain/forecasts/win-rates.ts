import type { Deal } from '../deals/deal.js';
import { isClosed, type Stage } from '../tenants/tenant.js';
import { type Ratio, ratio } from './exact.js';

/** How many pseudo-deals at the configured probability each learned rate starts from. */
export const SHRINKAGE_PSEUDO_DEALS = 10;

/** How much stage history a learned rate looks back on. */
export const LEARNING_MONTHS = 12;

/**
 * The empirical win rate of an open stage: `closed` deals closed (won or lost) in the learning window
 * were ever in the stage, `won` of them were won. `rate` = (won + k·p) / (closed + k), with p the
 * stage's configured probability and k pseudo-deals, so a stage with little history stays near p.
 */
export interface StageRate {
  stageId: string;
  probability: number;
  closed: number;
  won: number;
  rate: Ratio;
}

export type HistoryDeal = Pick<Deal, 'stageId' | 'status' | 'history'>;

/** Every stage a deal was in: where it was created, every stage move's from and to, and where it is. */
export function stagesVisited(deal: HistoryDeal): Set<string> {
  const visited = new Set([deal.stageId]);
  for (const h of deal.history) {
    if (h.kind === 'created' && typeof h.to === 'string') visited.add(h.to);
    if (h.kind !== 'stage') continue;
    if (typeof h.from === 'string') visited.add(h.from);
    if (typeof h.to === 'string') visited.add(h.to);
  }
  return visited;
}

/** (w + k·p/100) / (n + k) as an exact fraction: (100·w + k·p) / (100·(n + k)). */
export const shrunkRate = (
  won: number,
  closed: number,
  probability: number,
  k = SHRINKAGE_PSEUDO_DEALS,
): Ratio => ratio(100 * won + k * probability, 100 * (closed + k));

/** Learned rates of the pipeline's open stages, in pipeline order, from deals closed as won or lost. */
export function learnStageRates(closedDeals: HistoryDeal[], pipeline: Stage[]): StageRate[] {
  const closed = closedDeals.filter((d) => d.status === 'won' || d.status === 'lost');
  const visits = closed.map((d) => ({ won: d.status === 'won', stages: stagesVisited(d) }));
  return pipeline
    .filter((s) => !isClosed(s))
    .map((s) => {
      const inStage = visits.filter((v) => v.stages.has(s.id));
      const won = inStage.filter((v) => v.won).length;
      return {
        stageId: s.id,
        probability: s.probability,
        closed: inStage.length,
        won,
        rate: shrunkRate(won, inStage.length, s.probability),
      };
    });
}
