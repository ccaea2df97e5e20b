import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import { isManagerOrAdmin } from '../members/permissions.js';
import { ALERT_KINDS, type AlertChannel, type AlertKind, type AlertSubscription } from './alert.js';

const managerOnly = (action: string) => err(appError('member.manager_only', { action }));

/** Subscribes a channel to deal alerts of some kinds (all when none are given). Managers and admins. */
export async function subscribeAlerts(
  ctx: DomainContext,
  channel: AlertChannel,
  kinds: AlertKind[],
): Promise<Result<AlertSubscription>> {
  if (!isManagerOrAdmin(ctx.actor)) return managerOnly('alerts.subscribe');
  const chosen = ALERT_KINDS.filter((k) => !kinds.length || kinds.includes(k));
  return ok(await ctx.repos.alerts.subscribe(channel, chosen, ctx.actor.id));
}

/** Ends a channel's subscription. Managers and admins. */
export async function removeAlertSubscription(
  ctx: DomainContext,
  id: string,
): Promise<Result<AlertSubscription>> {
  if (!isManagerOrAdmin(ctx.actor)) return managerOnly('alerts.remove');
  const found = await ctx.repos.alerts.get(id);
  if (!found || !(await ctx.repos.alerts.remove(id))) {
    return err(appError('alerts.not_found', undefined, { field: 'subscription' }));
  }
  return ok(found);
}
