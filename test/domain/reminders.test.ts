import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/domain/accounts/create-account.js';
import type { Member } from '../../src/domain/members/member.js';
import { createReminder, listMyReminders } from '../../src/domain/reminders/create-reminder.js';
import type { Reminder } from '../../src/domain/reminders/reminder.js';
import {
  cancelReminder,
  completeReminder,
  snoozeReminder,
  updateReminder,
} from '../../src/domain/reminders/update-reminder.js';
import type { ManualClock } from '../../src/shared/clock.js';
import { useTestDatabase } from '../support/database.js';
import { createTestTenant, type TestTenant } from '../support/domain.js';

// Friday 4 Dec 2026, 11:00 in Berlin (the test members' zone).
const NOW = '2026-12-04T10:00:00Z';
const db = useTestDatabase();
let a: TestTenant;
let b: TestTenant;
let rita: Member;
let rolf: Member;

beforeAll(async () => {
  a = await createTestTenant(db.conn, { now: NOW });
  b = await createTestTenant(db.conn, { now: NOW });
  rita = await a.member('Rita Rep');
  rolf = await a.member('Rolf Rep');
});

const count = () => db.conn.collection('reminders').countDocuments({});

async function remind(t: TestTenant, actor: Member, input: Record<string, unknown>): Promise<Reminder> {
  const res = await createReminder(t.ctx(actor), input);
  if (!res.ok) throw new Error(`setup: ${res.error.code}`);
  return res.value;
}

describe('creating reminders', () => {
  it('reads the due time in the member’s zone and language', async () => {
    const r = await remind(a, rita, { what: '  Call Anna about the quote ', dueAt: 'tomorrow 9am' });
    expect(r).toMatchObject({ memberId: rita.id, what: 'Call Anna about the quote', status: 'open' });
    expect(r.dueAt.toISOString()).toBe('2026-12-05T08:00:00.000Z');
    const german = await remind(a, rita, { what: 'Angebot nachfassen', dueAt: 'nächsten Freitag' });
    expect(german.dueAt.toISOString()).toBe('2026-12-11T08:00:00.000Z');
    const exact = await remind(a, rita, { what: 'Exact', dueAt: new Date('2026-12-04T10:00:01Z') });
    expect(exact.dueAt.toISOString()).toBe('2026-12-04T10:00:01.000Z');
  });

  it('links an existing account and stores a deal id as given', async () => {
    const acme = await createAccount(a.ctx(rita), { name: 'Acme GmbH' });
    if (!acme.ok) throw new Error('setup');
    const r = await remind(a, rita, {
      what: 'Send contract',
      dueAt: 'in 3 days',
      accountId: acme.value.id,
      dealId: 'deal-42',
    });
    expect(r).toMatchObject({ accountId: acme.value.id, dealId: 'deal-42' });
    expect((await a.repos.reminders.get(r.id))?.dealId).toBe('deal-42');
  });

  it('answers bad input with the right code and writes nothing', async () => {
    const before = await count();
    const cases: [unknown, string][] = [
      [{ dueAt: 'tomorrow' }, 'reminder.what_required'],
      [{ what: '   ', dueAt: 'tomorrow' }, 'reminder.what_required'],
      [{ what: 'x'.repeat(501), dueAt: 'tomorrow' }, 'reminder.what_too_long'],
      [{ what: 'Call' }, 'reminder.due_required'],
      [{ what: 'Call', dueAt: '' }, 'reminder.due_required'],
      [{ what: 'Call', dueAt: 'whenever you like' }, 'input.invalid_date'],
      [{ what: 'Call', dueAt: 'yesterday' }, 'reminder.in_past'],
      [{ what: 'Call', dueAt: 'gestern' }, 'reminder.in_past'],
      [{ what: 'Call', dueAt: new Date(NOW) }, 'reminder.in_past'],
      [{ what: 'Call', dueAt: 'tomorrow', accountId: '0123456789abcdef01234567' }, 'account.not_found'],
    ];
    for (const [input, code] of cases) {
      const res = await createReminder(a.ctx(rita), input);
      expect(res.ok ? 'ok' : res.error.code, JSON.stringify(input)).toBe(code);
    }
    const bad = await createReminder(a.ctx(rita), { what: 'Call', dueAt: 'whenever you like' });
    expect(bad.ok ? undefined : bad.error.params).toMatchObject({ value: 'whenever you like' });
    expect(await count()).toBe(before);
  });
});

describe('changing reminders', () => {
  it('lists only the actor’s open reminders, soonest first', async () => {
    const t = await createTestTenant(db.conn, { now: NOW });
    const me = await t.member('Mia Me');
    const later = await remind(t, me, { what: 'Later', dueAt: 'in 2 weeks' });
    const sooner = await remind(t, me, { what: 'Sooner', dueAt: 'tomorrow' });
    const done = await remind(t, me, { what: 'Done', dueAt: 'in 3 days' });
    await completeReminder(t.ctx(me), done.id);
    await remind(t, t.admin, { what: 'Not mine', dueAt: 'tomorrow' });
    const mine = await listMyReminders(t.ctx(me));
    expect(mine.map((r) => r.id)).toEqual([sooner.id, later.id]);
    expect((await listMyReminders(t.ctx(me), { limit: 1 })).length).toBe(1);
  });

  it('completes, cancels, snoozes and edits, then refuses to touch a closed one', async () => {
    const r = await remind(a, rita, { what: 'Prepare demo', dueAt: 'tomorrow 9am' });
    const snoozed = await snoozeReminder(a.ctx(rita), r.id, { days: 2 });
    expect(snoozed.ok && snoozed.value.dueAt.toISOString()).toBe('2026-12-07T08:00:00.000Z');
    const until = await snoozeReminder(a.ctx(rita), r.id, { until: 'morgen 14:30' });
    expect(until.ok && until.value.dueAt.toISOString()).toBe('2026-12-05T13:30:00.000Z');
    const edited = await updateReminder(a.ctx(rita), r.id, { what: 'Prepare the demo', dueAt: '24.12.' });
    expect(edited.ok && edited.value).toMatchObject({ what: 'Prepare the demo' });
    expect(edited.ok && edited.value.dueAt.toISOString()).toBe('2026-12-24T08:00:00.000Z');

    const done = await completeReminder(a.ctx(rita), r.id);
    expect(done.ok && done.value).toMatchObject({ status: 'done', doneAt: new Date(NOW) });
    for (const again of [
      () => completeReminder(a.ctx(rita), r.id),
      () => cancelReminder(a.ctx(rita), r.id),
      () => snoozeReminder(a.ctx(rita), r.id, { days: 1 }),
      () => updateReminder(a.ctx(rita), r.id, { what: 'Too late' }),
    ]) {
      expect(await again()).toMatchObject({
        ok: false,
        error: { code: 'reminder.not_open', params: { status: 'done' } },
      });
    }
    const c = await remind(a, rita, { what: 'Maybe', dueAt: 'in 3 days' });
    const cancelled = await cancelReminder(a.ctx(rita), c.id);
    expect(cancelled.ok && cancelled.value.status).toBe('cancelled');
  });

  it('rejects bad changes with the right code and leaves the reminder as it was', async () => {
    const r = await remind(a, rita, { what: 'Follow up', dueAt: 'tomorrow' });
    const cases: [() => Promise<unknown>, string][] = [
      [() => snoozeReminder(a.ctx(rita), r.id, { days: 0 }), 'reminder.invalid_snooze'],
      [() => snoozeReminder(a.ctx(rita), r.id, { days: 1.5 }), 'reminder.invalid_snooze'],
      [() => snoozeReminder(a.ctx(rita), r.id, { days: 366 }), 'reminder.invalid_snooze'],
      [() => snoozeReminder(a.ctx(rita), r.id, {} as never), 'reminder.invalid_snooze'],
      [() => snoozeReminder(a.ctx(rita), r.id, { until: 'yesterday' }), 'reminder.in_past'],
      [() => snoozeReminder(a.ctx(rita), r.id, { until: 'someday' }), 'input.invalid_date'],
      [() => updateReminder(a.ctx(rita), r.id, { dueAt: 'gestern' }), 'reminder.in_past'],
      [() => updateReminder(a.ctx(rita), r.id, { what: '' }), 'reminder.what_required'],
      [() => updateReminder(a.ctx(rita), r.id, {}), 'input.nothing_to_change'],
    ];
    for (const [run, code] of cases) {
      const res = (await run()) as { ok: boolean; error?: { code: string } };
      expect(res.ok ? 'ok' : res.error?.code, code).toBe(code);
    }
    const invalid = await snoozeReminder(a.ctx(rita), r.id, { days: 0 });
    expect(invalid.ok ? undefined : invalid.error.params).toEqual({ min: 1, max: 365 });
    expect(await a.repos.reminders.get(r.id)).toEqual(r);
  });

  it('lets only the reminder’s member change it, not other members or admins', async () => {
    const r = await remind(a, rita, { what: 'Private', dueAt: 'tomorrow' });
    for (const actor of [rolf, a.admin]) {
      const ctx = a.ctx(actor);
      for (const run of [
        () => completeReminder(ctx, r.id),
        () => cancelReminder(ctx, r.id),
        () => snoozeReminder(ctx, r.id, { days: 1 }),
        () => updateReminder(ctx, r.id, { what: 'Mine now' }),
      ]) {
        expect(await run()).toMatchObject({ ok: false, error: { code: 'member.forbidden' } });
      }
      expect(await listMyReminders(ctx)).not.toContainEqual(expect.objectContaining({ id: r.id }));
    }
    expect(await a.repos.reminders.get(r.id)).toEqual(r);
  });

  it('answers unknown ids with reminder.not_found', async () => {
    for (const id of ['0123456789abcdef01234567', 'nonsense']) {
      for (const run of [
        () => completeReminder(a.ctx(rita), id),
        () => cancelReminder(a.ctx(rita), id),
        () => snoozeReminder(a.ctx(rita), id, { days: 1 }),
        () => updateReminder(a.ctx(rita), id, { what: 'x' }),
      ]) {
        expect(await run()).toMatchObject({ ok: false, error: { code: 'reminder.not_found' } });
      }
    }
  });
});

describe('scheduler support', () => {
  it('hands out due reminders once, and again after a snooze', async () => {
    const t = await createTestTenant(db.conn, { now: NOW });
    const clock = t.clock as ManualClock;
    const me = await t.member('Max Me');
    const first = await remind(t, me, { what: 'First', dueAt: 'in 2 hours' });
    const second = await remind(t, t.admin, { what: 'Second', dueAt: 'tomorrow 9am' });
    const dropped = await remind(t, me, { what: 'Dropped', dueAt: 'in 2 hours' });
    await cancelReminder(t.ctx(me), dropped.id);
    expect(await t.repos.reminders.due(clock.now(), 10)).toEqual([]);

    clock.set('2026-12-05T08:00:00Z');
    const due = await t.repos.reminders.due(clock.now(), 10);
    expect(due.map((r) => r.id)).toEqual([first.id, second.id]);
    expect((await t.repos.reminders.due(clock.now(), 1)).map((r) => r.id)).toEqual([first.id]);

    expect(await t.repos.reminders.markNotified(first.id, clock.now())).toBe(true);
    expect(await t.repos.reminders.markNotified(first.id, clock.now())).toBe(false);
    expect(await t.repos.reminders.markNotified(dropped.id, clock.now())).toBe(false);
    expect((await t.repos.reminders.get(first.id))?.notifiedAt?.toISOString()).toBe(
      '2026-12-05T08:00:00.000Z',
    );
    expect((await t.repos.reminders.due(clock.now(), 10)).map((r) => r.id)).toEqual([second.id]);

    // Snoozing moves it a local day on (09:00 Berlin) and makes it deliverable again.
    const snoozed = await snoozeReminder(t.ctx(me), first.id, { days: 1 });
    expect(snoozed.ok && snoozed.value.dueAt.toISOString()).toBe('2026-12-06T08:00:00.000Z');
    expect(snoozed.ok && snoozed.value.notifiedAt).toBeUndefined();
    clock.set('2026-12-06T08:00:00Z');
    expect((await t.repos.reminders.due(clock.now(), 10)).map((r) => r.id)).toEqual([second.id, first.id]);
  });
});

describe('tenant isolation', () => {
  it('keeps tenants apart even when given the other tenant’s ids', async () => {
    const r = await remind(a, rita, { what: 'Secret', dueAt: 'tomorrow' });
    const before = await count();
    const repos = b.repos.reminders;
    expect(await repos.get(r.id)).toBeNull();
    expect(await repos.list({ memberId: rita.id })).toEqual([]);
    expect(await repos.count()).toBe(0);
    expect(await repos.updateOpen(r.id, { what: 'Hacked' })).toBeNull();
    expect(await repos.due(new Date('2030-01-01T00:00:00Z'), 10)).toEqual([]);
    expect(await repos.markNotified(r.id, new Date(NOW))).toBe(false);
    expect(await repos.delete(r.id)).toBe(false);

    const ctx = b.ctx(b.admin);
    for (const run of [
      () => completeReminder(ctx, r.id),
      () => cancelReminder(ctx, r.id),
      () => snoozeReminder(ctx, r.id, { days: 1 }),
      () => updateReminder(ctx, r.id, { what: 'Hacked' }),
    ]) {
      expect(await run()).toMatchObject({ ok: false, error: { code: 'reminder.not_found' } });
    }
    const acme = (await a.repos.accounts.search('acme', 1))[0];
    const foreign = await createReminder(ctx, { what: 'Spy', dueAt: 'tomorrow', accountId: acme?.id });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'account.not_found' } });
    expect(await count()).toBe(before);
    expect(await a.repos.reminders.get(r.id)).toEqual(r);
  });
});
