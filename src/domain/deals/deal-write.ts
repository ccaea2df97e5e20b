import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import { canEditOwnedBy } from '../members/permissions.js';
import {
  applyDealPatch,
  type Deal,
  type DealFields,
  type DealHistoryEntry,
  type DealPatch,
  dealFieldsOf,
  deriveDeal,
} from './deal.js';

// The one write path of deals: every create and update goes through here, so the derived fields
// (weighted amount, close month and quarter, title key) are always computed by `deriveDeal`.

/** Stores a new deal with its derived fields and its first history entries. */
export function insertDeal(
  ctx: DomainContext,
  fields: DealFields,
  history: DealHistoryEntry[],
): Promise<Deal> {
  return ctx.repos.deals.create({ ...fields, ...deriveDeal(fields, ctx.settings.timeZone) }, history);
}

/**
 * Applies a patch to the deal as read, re-derives, and writes it only if nobody changed the deal since
 * (`expectedVersion`, by default the version read): `deal.conflict` otherwise.
 */
export function saveDeal(
  ctx: DomainContext,
  deal: Deal,
  patch: DealPatch,
  history: DealHistoryEntry[],
  expectedVersion: number = deal.version,
): Promise<Result<Deal>> {
  const fields = applyDealPatch(dealFieldsOf(deal), patch);
  const state = { ...fields, ...deriveDeal(fields, ctx.settings.timeZone) };
  return ctx.repos.deals.save(deal.id, expectedVersion, state, history);
}

export const dealNotFound = (id: string) => err(appError('deal.not_found', { name: id }, { field: 'deal' }));

/** The deal, if the actor may change it: its owner, the owner's manager, or an admin. */
export async function editableDeal(
  ctx: DomainContext,
  id: string,
  action = 'deal.update',
): Promise<Result<Deal>> {
  const deal = await ctx.repos.deals.get(id);
  if (!deal) return dealNotFound(id);
  const team =
    ctx.actor.role === 'manager' ? (await ctx.repos.members.team(ctx.actor.id)).map((m) => m.id) : [];
  if (!canEditOwnedBy(ctx.actor, deal.ownerId, team)) return err(appError('member.forbidden', { action }));
  return ok(deal);
}
