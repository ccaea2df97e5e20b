import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import type { Period } from '../forecasts/period.js';
import type { Member } from '../members/member.js';
import { isAdmin } from '../members/permissions.js';
import {
  type ActivityKind,
  type ActivityQuota,
  MAX_PER_WEEK,
  type RevenueQuota,
  splitEvenly,
} from './quota.js';

/** Quotas are set by an admin, or by the manager the member reports to. */
function mayAssign(ctx: DomainContext, subject: Member, action: string): Result<true> {
  if (isAdmin(ctx.actor)) return ok(true);
  if (ctx.actor.role !== 'manager') return err(appError('member.manager_only', { action }));
  if (subject.managerId !== ctx.actor.id) return err(appError('member.forbidden', { action }));
  return ok(true);
}

/**
 * Sets a member's revenue quota for a period in minor units of the tenant currency. Stored per month:
 * a quarter's or year's amount is split evenly, the remainder going to the last month.
 */
export async function setRevenueQuota(
  ctx: DomainContext,
  subject: Member,
  period: Period,
  amount: number,
): Promise<Result<RevenueQuota[]>> {
  const allowed = mayAssign(ctx, subject, 'quota.set');
  if (!allowed.ok) return allowed;
  if (!Number.isSafeInteger(amount) || amount < 0) {
    return err(appError('quota.invalid_amount', undefined, { field: 'amount' }));
  }
  const shares = splitEvenly(amount, period.months.length);
  const entries = period.months.map((month, i) => ({
    memberId: subject.id,
    month,
    amount: shares[i] as number,
    currency: ctx.settings.currency,
    setById: ctx.actor.id,
  }));
  await ctx.repos.quotas.setRevenue(entries);
  return ok(entries);
}

/** Sets a member's weekly activity quota (interactions logged or accounts created); 0 removes it. */
export async function setActivityQuota(
  ctx: DomainContext,
  subject: Member,
  kind: ActivityKind,
  perWeek: number,
): Promise<Result<ActivityQuota>> {
  const allowed = mayAssign(ctx, subject, 'quota.set');
  if (!allowed.ok) return allowed;
  if (!Number.isInteger(perWeek) || perWeek < 0 || perWeek > MAX_PER_WEEK) {
    return err(appError('quota.invalid_activity', { max: MAX_PER_WEEK }, { field: 'amount' }));
  }
  const quota = { memberId: subject.id, kind, perWeek, setById: ctx.actor.id };
  await ctx.repos.quotas.setActivity(quota);
  return ok(quota);
}
