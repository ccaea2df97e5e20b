import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import { parseInput } from '../shared/parse.js';
import { applyDealPatch, type Deal, type DealFields } from './deal.js';
import { newDealSchema, toCloseDate } from './deal.schema.js';
import { enterStage, firstOpenStage, resolveStage } from './deal-stage.js';
import { insertDeal } from './deal-write.js';

/**
 * Creates a deal for an account of the tenant; any member may, and owns it unless another member is
 * named. It starts in the pipeline's first open stage unless a stage is given, in the tenant's currency
 * unless another is given, with the stage's probability unless a whole percent overrides it.
 */
export async function createDeal(ctx: DomainContext, input: unknown): Promise<Result<Deal>> {
  const parsed = parseInput(newDealSchema, input);
  if (!parsed.ok) return parsed;
  const {
    accountId,
    ownerId = ctx.actor.id,
    stage: stageQuery,
    probability,
    lostReason,
    ...v
  } = parsed.value;
  const { pipeline, timeZone } = ctx.settings;

  const stage = stageQuery ? resolveStage(pipeline, stageQuery) : ok(firstOpenStage(pipeline));
  if (!stage.ok) return stage;
  const close = v.expectedCloseDate === undefined ? undefined : toCloseDate(v.expectedCloseDate, timeZone);
  if (close && !close.ok) return close;
  const now = ctx.clock.now();
  const entered = enterStage(stage.value, now, lostReason);
  if (!entered.ok) return entered;

  const account = await ctx.repos.accounts.get(accountId);
  if (!account) return err(appError('account.not_found', { name: accountId }, { field: 'account' }));
  if (ownerId !== ctx.actor.id && !(await ctx.repos.members.get(ownerId))) {
    return err(appError('member.not_found', { name: ownerId }, { field: 'owner' }));
  }

  const base: DealFields = {
    accountId: account.id,
    title: v.title,
    ownerId,
    amount: v.amount,
    currency: v.currency ?? ctx.settings.currency,
    stageId: stage.value.id,
    probability: stage.value.probability,
    probabilityOverridden: false,
    forecastCategory: stage.value.category,
    status: 'open',
    stageEnteredAt: now,
    ...(close ? { expectedCloseDate: close.value } : {}),
    ...(v.nextStep ? { nextStep: v.nextStep } : {}),
  };
  const fields = applyDealPatch(base, entered.value);
  if (probability !== undefined && probability !== fields.probability) {
    if (fields.status !== 'open') return err(appError('deal.closed', { title: v.title }));
    fields.probability = probability;
    fields.probabilityOverridden = true;
  }
  const created = { at: now, byId: ctx.actor.id, kind: 'created' as const, to: stage.value.id };
  return ok(await insertDeal(ctx, fields, [created]));
}
