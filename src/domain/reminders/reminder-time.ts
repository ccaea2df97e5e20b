import { parseWhen } from '../../shared/dates/parse-when.js';
import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import { isInFuture } from './reminder.js';
import type { WhenInput } from './reminder.schema.js';

/**
 * A due time from a Date or from text read in the actor's language and zone ("morgen um 9");
 * `input.invalid_date` when the text is no date, `reminder.in_past` unless it lies after now.
 */
export function resolveDue(ctx: DomainContext, when: WhenInput, field = 'dueAt'): Result<Date> {
  const now = ctx.clock.now();
  const at =
    when instanceof Date
      ? when
      : parseWhen(when, { locale: ctx.actor.locale, timeZone: ctx.actor.timeZone, now });
  if (!at) return err(appError('input.invalid_date', { value: String(when), field }, { field }));
  if (!isInFuture(at, now)) return err(appError('reminder.in_past', { field }, { field }));
  return ok(at);
}
