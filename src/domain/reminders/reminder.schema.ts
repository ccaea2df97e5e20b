import { z } from 'zod/v4';
import { WHAT_MAX } from './reminder.js';

const what = z
  .string({ error: 'reminder.what_required' })
  .trim()
  .min(1, { error: 'reminder.what_required' })
  .max(WHAT_MAX, { error: 'reminder.what_too_long' });

/** A Date, or text such as "tomorrow 9am" that the use case reads in the member's zone and language. */
export const whenSchema = z.union([z.date(), z.string().trim().min(1, { error: 'reminder.due_required' })], {
  error: 'reminder.due_required',
});
export type WhenInput = z.input<typeof whenSchema>;

const id = z.string().trim().min(1).max(64);

export const newReminderSchema = z.object({
  what,
  dueAt: whenSchema,
  accountId: id.optional(),
  dealId: id.optional(),
});
export type NewReminderInput = z.input<typeof newReminderSchema>;

export const reminderPatchSchema = z
  .object({ what: what.optional(), dueAt: whenSchema.optional() })
  .refine((p) => p.what !== undefined || p.dueAt !== undefined, { error: 'input.nothing_to_change' });
export type ReminderPatchInput = z.input<typeof reminderPatchSchema>;

/** Either whole days or a new due time. */
export const snoozeSchema = z.union([z.object({ days: z.number() }), z.object({ until: whenSchema })]);
export type SnoozeInput = z.input<typeof snoozeSchema>;
