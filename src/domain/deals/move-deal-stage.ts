import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import type { Deal } from './deal.js';
import { planStageMove, resolveStage } from './deal-stage.js';
import { editableDeal, saveDeal } from './deal-write.js';

const MAX_REASON = 500;

/**
 * Moves a deal to a stage given by id or name (case and accents ignored). Lost needs a reason; won
 * closes the deal at probability 100; an open stage reopens a closed deal. The same stage is a no-op.
 */
export async function moveDealStage(
  ctx: DomainContext,
  dealId: string,
  stage: string,
  reason?: string,
): Promise<Result<Deal>> {
  if (reason && reason.trim().length > MAX_REASON) {
    return err(appError('input.too_long', { field: 'reason', max: MAX_REASON }, { field: 'reason' }));
  }
  const target = resolveStage(ctx.settings.pipeline, stage);
  if (!target.ok) return target;
  const deal = await editableDeal(ctx, dealId);
  if (!deal.ok) return deal;
  const move = planStageMove(deal.value, target.value, { at: ctx.clock.now(), byId: ctx.actor.id, reason });
  if (!move.ok) return move;
  if (!move.value.history.length) return ok(deal.value);
  return saveDeal(ctx, deal.value, move.value.patch, move.value.history);
}
