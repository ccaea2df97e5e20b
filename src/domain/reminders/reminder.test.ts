import { describe, expect, it } from 'vitest';
import { parseInput } from '../shared/parse.js';
import { isInFuture, isOverdue, isValidSnoozeDays, snoozedDueAt } from './reminder.js';
import { newReminderSchema, reminderPatchSchema } from './reminder.schema.js';

const now = new Date('2026-10-24T10:00:00Z');

describe('reminder rules', () => {
  it('snoozes from the due time while it lies ahead', () => {
    const due = new Date('2026-10-26T07:00:00Z'); // Monday 08:00 CET
    expect(snoozedDueAt(due, 2, now, 'Europe/Berlin').toISOString()).toBe('2026-10-28T07:00:00.000Z');
  });

  it('snoozes from now once the due time has passed, keeping the local time across DST', () => {
    const due = new Date('2026-10-24T07:00:00Z'); // 09:00 CEST, passed at 12:00 CEST
    // 12:00 local on Sunday 25 Oct is 11:00Z: Berlin switched to CET overnight.
    expect(snoozedDueAt(due, 1, now, 'Europe/Berlin').toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  it('validates snooze days and future times', () => {
    expect([1, 7, 365].map(isValidSnoozeDays)).toEqual([true, true, true]);
    expect([0, -1, 1.5, 366, Number.NaN].map(isValidSnoozeDays)).toEqual([false, false, false, false, false]);
    expect(isInFuture(new Date(now.getTime() + 1), now)).toBe(true);
    expect(isInFuture(now, now)).toBe(false);
  });

  it('is overdue only while open and due', () => {
    const r = { status: 'open' as const, dueAt: now };
    expect(isOverdue(r, now)).toBe(true);
    expect(isOverdue({ ...r, status: 'done' }, now)).toBe(false);
    expect(isOverdue(r, new Date(now.getTime() - 1))).toBe(false);
  });
});

describe('reminder schemas', () => {
  it('answers each bad field with its code', () => {
    const cases: [unknown, string][] = [
      [{ dueAt: 'tomorrow' }, 'reminder.what_required'],
      [{ what: '  ', dueAt: 'tomorrow' }, 'reminder.what_required'],
      [{ what: 'x'.repeat(501), dueAt: 'tomorrow' }, 'reminder.what_too_long'],
      [{ what: 'Call Anna' }, 'reminder.due_required'],
      [{ what: 'Call Anna', dueAt: ' ' }, 'reminder.due_required'],
      [{ what: 'Call Anna', dueAt: 42 }, 'reminder.due_required'],
      [{ what: 'Call Anna', dueAt: new Date('nonsense') }, 'reminder.due_required'],
    ];
    for (const [input, code] of cases) {
      const res = parseInput(newReminderSchema, input);
      expect(res.ok ? 'ok' : res.error.code, JSON.stringify(input)).toBe(code);
    }
    const long = parseInput(newReminderSchema, { what: 'x'.repeat(501), dueAt: now });
    expect(long.ok ? undefined : long.error.params).toMatchObject({ max: 500 });
  });

  it('needs something to change', () => {
    const res = parseInput(reminderPatchSchema, {});
    expect(res.ok ? 'ok' : res.error.code).toBe('input.nothing_to_change');
    expect(parseInput(reminderPatchSchema, { what: 'Send quote' }).ok).toBe(true);
  });
});
