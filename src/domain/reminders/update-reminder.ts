import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import { parseInput } from '../shared/parse.js';
import { isValidSnoozeDays, type Reminder, SNOOZE_DAYS, snoozedDueAt } from './reminder.js';
import type { ReminderChanges } from './reminder.repository.js';
import { reminderPatchSchema, type SnoozeInput, snoozeSchema } from './reminder.schema.js';
import { resolveDue } from './reminder-time.js';

const notFound = (id: string) => err(appError('reminder.not_found', { id }, { field: 'reminder' }));
const notOpen = (r: Reminder) =>
  err(appError('reminder.not_open', { status: r.status, what: r.what }, { field: 'reminder' }));

/** Only the member a reminder belongs to may change it, and only while it is open. */
async function ownOpen(ctx: DomainContext, id: string, action: string): Promise<Result<Reminder>> {
  const reminder = await ctx.repos.reminders.get(id);
  if (!reminder) return notFound(id);
  if (reminder.memberId !== ctx.actor.id) return err(appError('member.forbidden', { action }));
  if (reminder.status !== 'open') return notOpen(reminder);
  return ok(reminder);
}

// The reminder may have been closed between reading and writing; say which it was.
async function apply(ctx: DomainContext, id: string, changes: ReminderChanges): Promise<Result<Reminder>> {
  const updated = await ctx.repos.reminders.updateOpen(id, changes);
  if (updated) return ok(updated);
  const now = await ctx.repos.reminders.get(id);
  return now ? notOpen(now) : notFound(id);
}

/** Changes the text or the due time (which must lie in the future). */
export async function updateReminder(
  ctx: DomainContext,
  id: string,
  input: unknown,
): Promise<Result<Reminder>> {
  const parsed = parseInput(reminderPatchSchema, input);
  if (!parsed.ok) return parsed;
  const own = await ownOpen(ctx, id, 'reminder.update');
  if (!own.ok) return own;
  const changes: ReminderChanges = {};
  if (parsed.value.what !== undefined) changes.what = parsed.value.what;
  if (parsed.value.dueAt !== undefined) {
    const dueAt = resolveDue(ctx, parsed.value.dueAt);
    if (!dueAt.ok) return dueAt;
    changes.dueAt = dueAt.value;
  }
  return apply(ctx, id, changes);
}

/**
 * Postpones by whole days (kept at the same local time in the actor's zone) or until a given time.
 */
export async function snoozeReminder(
  ctx: DomainContext,
  id: string,
  by: SnoozeInput,
): Promise<Result<Reminder>> {
  const parsed = snoozeSchema.safeParse(by);
  const invalid = err(appError('reminder.invalid_snooze', { ...SNOOZE_DAYS }, { field: 'days' }));
  if (!parsed.success) return invalid;
  let until: Date | undefined;
  let days = 0;
  if ('until' in parsed.data) {
    const at = resolveDue(ctx, parsed.data.until, 'until');
    if (!at.ok) return at;
    until = at.value;
  } else if (isValidSnoozeDays(parsed.data.days)) {
    days = parsed.data.days;
  } else {
    return invalid;
  }
  const own = await ownOpen(ctx, id, 'reminder.snooze');
  if (!own.ok) return own;
  const dueAt = until ?? snoozedDueAt(own.value.dueAt, days, ctx.clock.now(), ctx.actor.timeZone);
  return apply(ctx, id, { dueAt });
}

/** Marks the reminder done. */
export async function completeReminder(ctx: DomainContext, id: string): Promise<Result<Reminder>> {
  const own = await ownOpen(ctx, id, 'reminder.complete');
  if (!own.ok) return own;
  return apply(ctx, id, { status: 'done', doneAt: ctx.clock.now() });
}

/** Drops the reminder without doing it. */
export async function cancelReminder(ctx: DomainContext, id: string): Promise<Result<Reminder>> {
  const own = await ownOpen(ctx, id, 'reminder.cancel');
  if (!own.ok) return own;
  return apply(ctx, id, { status: 'cancelled' });
}
