import { addDays } from 'date-fns';
import { appError } from '../../shared/errors.js';
import { err, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import { canEditOwnedBy } from '../members/permissions.js';
import { parseInput } from '../shared/parse.js';
import type { Account } from './account.js';
import { accountPatchSchema } from './account.schema.js';

async function editable(ctx: DomainContext, id: string): Promise<Result<Account>> {
  const account = await ctx.repos.accounts.get(id);
  if (!account) return err(appError('account.not_found', { name: id }, { field: 'account' }));
  const team =
    ctx.actor.role === 'manager' ? (await ctx.repos.members.team(ctx.actor.id)).map((m) => m.id) : [];
  if (!canEditOwnedBy(ctx.actor, account.ownerId, team)) {
    return err(appError('member.forbidden', { action: 'account.update' }));
  }
  return { ok: true, value: account };
}

/** Changes name, tier, owner, cadence, details or the dormant flag (owner, their manager, or an admin). */
export async function updateAccount(
  ctx: DomainContext,
  id: string,
  input: unknown,
): Promise<Result<Account>> {
  const parsed = parseInput(accountPatchSchema, input);
  if (!parsed.ok) return parsed;
  const allowed = await editable(ctx, id);
  if (!allowed.ok) return allowed;
  const patch = parsed.value;
  if (patch.ownerId && !(await ctx.repos.members.get(patch.ownerId))) {
    return err(appError('member.not_found', { name: patch.ownerId }, { field: 'owner' }));
  }
  return ctx.repos.accounts.update(id, patch);
}

/** Silences neglect nudges for `days` days (7 or 30 from the nudge buttons). */
export async function snoozeAccount(ctx: DomainContext, id: string, days: number): Promise<Result<Account>> {
  if (!Number.isInteger(days) || days < 1 || days > 365) {
    return err(appError('account.invalid_snooze', { min: 1, max: 365 }, { field: 'days' }));
  }
  const allowed = await editable(ctx, id);
  if (!allowed.ok) return allowed;
  return ctx.repos.accounts.update(id, { snoozedUntil: addDays(ctx.clock.now(), days) });
}
