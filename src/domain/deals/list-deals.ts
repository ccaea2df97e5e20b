import type { Result } from '../../shared/result.js';
import { ok } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import { type Deal, daysInStage, isStale } from './deal.js';
import { resolveStage } from './deal-stage.js';

/** An open deal as the pipeline view shows it: days in stage and staleness computed now. */
export interface DealRow extends Deal {
  daysInStage: number;
  stale: boolean;
}

export interface PipelineFilter {
  ownerIds?: string[];
  /** Stage id or name. */
  stage?: string;
  accountId?: string;
}

export const MAX_PAGE = 200;

/** Open deals by owner(s), stage or account, soonest expected close first. */
export async function listDeals(
  ctx: DomainContext,
  filter: PipelineFilter = {},
  page: { limit?: number; skip?: number } = {},
): Promise<Result<DealRow[]>> {
  const { pipeline, timeZone } = ctx.settings;
  const stage = filter.stage === undefined ? undefined : resolveStage(pipeline, filter.stage);
  if (stage && !stage.ok) return stage;
  const deals = await ctx.repos.deals.list(
    {
      status: 'open',
      ...(filter.ownerIds ? { ownerIds: filter.ownerIds } : {}),
      ...(stage ? { stageIds: [stage.value.id] } : {}),
      ...(filter.accountId ? { accountId: filter.accountId } : {}),
    },
    { limit: Math.min(Math.max(page.limit ?? 100, 1), MAX_PAGE), skip: Math.max(page.skip ?? 0, 0) },
  );
  const now = ctx.clock.now();
  return ok(
    deals.map((deal) => {
      const s = pipeline.find((p) => p.id === deal.stageId);
      return {
        ...deal,
        daysInStage: daysInStage(deal, now, timeZone),
        stale: s ? isStale(deal, s, now, timeZone) : false,
      };
    }),
  );
}
