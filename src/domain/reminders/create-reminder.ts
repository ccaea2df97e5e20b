import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import { parseInput } from '../shared/parse.js';
import type { Reminder } from './reminder.js';
import { newReminderSchema } from './reminder.schema.js';
import { resolveDue } from './reminder-time.js';

/**
 * Reminds the actor of something at a future time, optionally about an account (which must exist) or a
 * deal (stored as given).
 */
export async function createReminder(ctx: DomainContext, input: unknown): Promise<Result<Reminder>> {
  const parsed = parseInput(newReminderSchema, input);
  if (!parsed.ok) return parsed;
  const { dueAt: when, ...rest } = parsed.value;
  const dueAt = resolveDue(ctx, when);
  if (!dueAt.ok) return dueAt;
  if (rest.accountId && !(await ctx.repos.accounts.get(rest.accountId))) {
    return err(appError('account.not_found', { name: rest.accountId }, { field: 'account' }));
  }
  return ok(await ctx.repos.reminders.create({ ...rest, memberId: ctx.actor.id, dueAt: dueAt.value }));
}

export const MY_REMINDERS_LIMIT = 50;

/** The actor's open reminders, soonest first, optionally about one account. */
export function listMyReminders(
  ctx: DomainContext,
  opts: { accountId?: string; limit?: number } = {},
): Promise<Reminder[]> {
  const { limit = MY_REMINDERS_LIMIT, accountId } = opts;
  return ctx.repos.reminders.list(
    { memberId: ctx.actor.id, status: 'open', ...(accountId ? { accountId } : {}) },
    { limit: Math.min(Math.max(limit, 1), 200) },
  );
}
