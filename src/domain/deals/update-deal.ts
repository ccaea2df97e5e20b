import { appError } from '../../shared/errors.js';
import { err, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import { parseInput } from '../shared/parse.js';
import type { Deal, DealHistoryEntry, DealPatch } from './deal.js';
import { dealPatchSchema, toCloseDate } from './deal.schema.js';
import { editableDeal, saveDeal } from './deal-write.js';
import { dayOf } from './period.js';

/**
 * Changes amount, probability override (null returns to the stage default), close date, next step,
 * title or owner; amount, probability and close-date changes are recorded in the deal's history.
 * Only the owner, their manager or an admin may. `expectedVersion` (the version a form showed) turns
 * an edit made meanwhile by someone else into `deal.conflict` instead of silently overwriting it.
 */
export async function updateDeal(
  ctx: DomainContext,
  id: string,
  input: unknown,
  opts: { expectedVersion?: number } = {},
): Promise<Result<Deal>> {
  const parsed = parseInput(dealPatchSchema, input);
  if (!parsed.ok) return parsed;
  const found = await editableDeal(ctx, id);
  if (!found.ok) return found;
  const deal = found.value;
  const p = parsed.value;
  const tz = ctx.settings.timeZone;
  const at = ctx.clock.now();
  const patch: DealPatch = {};
  const history: DealHistoryEntry[] = [];
  const record = (kind: DealHistoryEntry['kind'], from?: string | number, to?: string | number) =>
    history.push({
      at,
      byId: ctx.actor.id,
      kind,
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
    });

  if (p.title !== undefined) patch.title = p.title;
  if (p.nextStep !== undefined) patch.nextStep = p.nextStep;
  if (p.ownerId !== undefined && p.ownerId !== deal.ownerId) {
    if (!(await ctx.repos.members.get(p.ownerId))) {
      return err(appError('member.not_found', { name: p.ownerId }, { field: 'owner' }));
    }
    patch.ownerId = p.ownerId;
  }
  if (p.amount !== undefined && p.amount !== deal.amount) {
    patch.amount = p.amount;
    record('amount', deal.amount, p.amount);
  }
  if (p.probability !== undefined) {
    if (deal.status !== 'open') {
      return err(appError('deal.closed', { title: deal.title }, { field: 'probability' }));
    }
    const stage = ctx.settings.pipeline.find((s) => s.id === deal.stageId);
    const next = p.probability ?? stage?.probability ?? deal.probability;
    patch.probability = next;
    patch.probabilityOverridden = p.probability !== null && next !== stage?.probability;
    if (next !== deal.probability) record('probability', deal.probability, next);
  }
  if (p.expectedCloseDate !== undefined) {
    const close = p.expectedCloseDate === null ? null : toCloseDate(p.expectedCloseDate, tz);
    if (close && !close.ok) return close;
    const before = deal.expectedCloseDate ? dayOf(deal.expectedCloseDate, tz) : undefined;
    const after = close ? dayOf(close.value, tz) : undefined;
    patch.expectedCloseDate = close ? close.value : null;
    if (before !== after) record('close_date', before, after);
  }
  return saveDeal(ctx, deal, patch, history, opts.expectedVersion ?? deal.version);
}
