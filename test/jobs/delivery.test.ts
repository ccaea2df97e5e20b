import { beforeAll, describe, expect, it } from 'vitest';
import { rateLimited, undeliverable } from '../../src/domain/outbox/delivery-error.js';
import { createReminder } from '../../src/domain/reminders/create-reminder.js';
import { createJobDeps } from '../../src/jobs/job-deps.js';
import { deliverDueReminders } from '../../src/jobs/reminders.job.js';
import { type CareHarness, careHarness } from '../support/care.js';
import { textOf } from '../support/commands.js';
import { useTestDatabase } from '../support/database.js';

const db = useTestDatabase();
const MIN = 60_000;

/** Creates a reminder for the member through the domain, as `/crm remind` would. */
async function remind(h: CareHarness, userId: string, what: string, dueAt: string) {
  const s = await h.kontakt.session(h.as(userId));
  const r = await createReminder(s.ctx, { what, dueAt: new Date(dueAt) });
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

const tick = (h: CareHarness, iso: string, deps = h.deps) => {
  h.clock.set(iso);
  return deliverDueReminders(deps, h.clock.now(), [h.tenantId]);
};

describe('quiet hours', () => {
  it('holds a reminder due at 03:00 until 09:00 local, then sends it once', async () => {
    const h = await careHarness(db.conn, 'quiet', '2026-12-07T12:00:00Z');
    const ada = await h.member('ada');
    const r = await remind(h, 'ada', 'Call Hans', '2026-12-08T02:00:00Z'); // Tuesday 03:00 CET
    expect(await tick(h, '2026-12-08T02:00:00Z')).toMatchObject({ sent: 0, deferred: 1 });
    const row = await h.tenant.outbox.get({
      memberId: ada.id,
      kind: 'reminder',
      subject: `${r.id}@${r.dueAt.getTime()}`,
      day: '2026-12-08',
    });
    expect(row).toMatchObject({ status: 'pending', notBefore: new Date('2026-12-08T08:00:00Z') });
    await tick(h, '2026-12-08T07:59:00Z');
    expect(h.notifier.sent).toHaveLength(0);
    expect(await tick(h, '2026-12-08T08:00:00Z')).toMatchObject({ sent: 1 });
    await tick(h, '2026-12-08T08:01:00Z');
    expect(h.notifier.sent.map((d) => [d.card.title, d.at.toISOString()])).toEqual([
      ['Follow-up due', '2026-12-08T08:00:00.000Z'],
    ]);
  });

  it('drops a deferred reminder that was completed before the morning', async () => {
    const h = await careHarness(db.conn, 'obsolete', '2026-12-07T12:00:00Z');
    await h.member('ada');
    const r = await remind(h, 'ada', 'Night task', '2026-12-08T01:00:00Z');
    await tick(h, '2026-12-08T01:00:00Z');
    h.clock.set('2026-12-08T06:00:00Z');
    await h.kontakt.action(h.as('ada'), 'reminder.done', { id: r.id });
    await tick(h, '2026-12-08T08:00:00Z');
    expect(h.notifier.sent).toHaveLength(0);
    expect(await h.tenant.outbox.count({ status: 'dropped' })).toBe(1);
  });
});

describe('crash between claim and send', () => {
  it('re-claims after the lease and delivers exactly once', async () => {
    const h = await careHarness(db.conn, 'crash', '2026-12-08T09:00:00Z');
    await h.member('ada');
    await remind(h, 'ada', 'Send the quote', '2026-12-08T09:30:00Z');
    // The first process claims the row and dies inside the platform call: the send never completes.
    let reached: () => void = () => {};
    const inFlight = new Promise<void>((resolve) => {
      reached = resolve;
    });
    h.notifier.during = () => {
      reached();
      return new Promise<never>(() => {});
    };
    h.clock.set('2026-12-08T09:30:00Z');
    void deliverDueReminders(h.deps, h.clock.now());
    await inFlight;
    h.notifier.during = undefined;
    expect(await h.tenant.outbox.count({ status: 'claimed' })).toBe(1);
    // A restarted process (fresh in-memory state, same database).
    const restarted = createJobDeps({ ...h.deps, sleep: h.deps.sleep });
    expect(await tick(h, '2026-12-08T09:35:00Z', restarted)).toMatchObject({ sent: 0, duplicates: 1 });
    expect(h.notifier.sent).toHaveLength(0); // still within the lease: the first process may yet finish
    expect(await tick(h, '2026-12-08T09:40:01Z', restarted)).toMatchObject({ sent: 1 });
    await tick(h, '2026-12-08T09:41:00Z', restarted);
    await tick(h, '2026-12-08T10:00:00Z', restarted);
    expect(h.notifier.sent.map((d) => d.text.split('\n')[1])).toEqual(['Send the quote']);
    expect(await h.tenant.outbox.count({ status: 'sent' })).toBe(1);
  });

  it('lets exactly one of several concurrent drains take over a stale claim', async () => {
    const h = await careHarness(db.conn, 'race', '2026-12-08T09:00:00Z');
    const ada = await h.member('ada');
    for (let round = 0; round < 10; round++) {
      const row = await h.tenant.outbox.claimNew(
        {
          memberId: ada.id,
          kind: 'neglect',
          subject: `race-${round}`,
          day: '2026-12-08',
          payload: '{}',
          notBefore: h.clock.now(),
        },
        h.clock.now(),
      );
      const later = new Date(h.clock.now().getTime() + 11 * MIN);
      const seen = (await h.tenant.outbox.ready(later, 10 * MIN, 100)).find((x) => x.id === row?.id);
      if (!seen) throw new Error('the stale claim is not ready');
      const winners = await Promise.all(
        Array.from({ length: 8 }, () => h.tenant.outbox.reclaim(seen, later, 10 * MIN)),
      );
      expect(winners.filter(Boolean).map((w) => w?.attempt)).toEqual([2]);
    }
  });
});

describe('rate limits and failures', () => {
  let h: CareHarness;
  beforeAll(async () => {
    h = await careHarness(db.conn, 'limits', '2026-12-08T09:00:00Z');
    await h.member('ada');
    await h.member('rita');
  });

  it('honours Retry-After: the next attempt is scheduled no earlier', async () => {
    await remind(h, 'rita', 'Rate limited', '2026-12-08T10:00:00Z');
    h.notifier.failNext(rateLimited(30_000));
    expect(await tick(h, '2026-12-08T10:00:00Z')).toMatchObject({ sent: 0, retrying: 1 });
    const [row] = await h.tenant.outbox.list({ status: 'retry' });
    expect(row).toMatchObject({ notBefore: new Date('2026-12-08T10:00:30Z'), failures: 0, attempt: 1 });
    await tick(h, '2026-12-08T10:00:29.999Z');
    expect(h.notifier.sent).toHaveLength(0);
    expect(await tick(h, '2026-12-08T10:00:30Z')).toMatchObject({ sent: 1 });
    expect(h.sleeps).toEqual([]);
  });

  it('spaces messages to one conversation a second apart without real waiting', async () => {
    const before = h.notifier.sent.length;
    await remind(h, 'rita', 'First', '2026-12-08T11:00:00Z');
    await remind(h, 'rita', 'Second', '2026-12-08T11:00:00Z');
    await tick(h, '2026-12-08T11:00:00Z');
    const sent = h.notifier.sent.slice(before);
    expect(sent.map((d) => d.at.getTime() - Date.parse('2026-12-08T11:00:00Z'))).toEqual([0, 1000]);
    expect(h.sleeps).toEqual([1000]);
  });

  it('retries transient failures with exponential back-off and gives up after five', async () => {
    await remind(h, 'rita', 'Doomed', '2026-12-08T12:00:00Z');
    h.notifier.failAlways(new Error('socket hang up'));
    await tick(h, '2026-12-08T12:00:00Z');
    const schedule: string[] = [];
    for (let i = 0; i < 4; i++) {
      const [row] = await h.tenant.outbox.list({ status: 'retry' });
      if (!row) throw new Error('expected a retry');
      schedule.push(`${row.failures}@${row.notBefore.toISOString().slice(11, 19)}`);
      await tick(h, row.notBefore.toISOString());
    }
    expect(schedule).toEqual(['1@12:01:00', '2@12:03:00', '3@12:07:00', '4@12:15:00']);
    const [failed] = await h.tenant.outbox.list({ status: 'failed' });
    expect(failed).toMatchObject({ kind: 'reminder', attempt: 5, lastError: 'socket hang up' });
    await tick(h, '2026-12-08T14:00:00Z');
    expect(await h.tenant.outbox.count({ status: 'failed' })).toBe(1);
  });

  it('gives up at once when the notifier says the message can never be delivered', async () => {
    await remind(h, 'rita', 'Gone', '2026-12-08T15:00:00Z');
    h.notifier.succeed();
    h.notifier.failNext(undeliverable('user left the workspace'));
    expect(await tick(h, '2026-12-08T15:00:00Z')).toMatchObject({ failed: 1 });
  });

  it('shows what was given up to admins in /crm admin outbox, and retries on request', async () => {
    const reply = textOf(await h.kontakt.text(h.as('ada'), '/crm admin outbox'));
    expect(reply).toMatch(/Undelivered messages/);
    expect(reply).toMatch(/2 given up · 0 waiting or retrying/);
    expect(reply).toMatch(/Reminder to rita — due 2026-12-08 · 5 attempts · last .* · socket hang up/);
    expect(reply).toMatch(/user left the workspace/);
    expect(textOf(await h.kontakt.text(h.as('rita'), '/crm admin outbox'))).toMatch(
      /Only admins can do that/,
    );
    const [doomed] = await h.tenant.outbox.list({ status: 'failed', kind: 'reminder' }, { limit: 1 });
    expect(
      textOf(await h.kontakt.action(h.as('rita'), 'admin.outbox_retry', { id: doomed?.id ?? '' })),
    ).toMatch(/Only admins/);
    const gone = (await h.tenant.outbox.list({ status: 'failed' })).find(
      (r) => r.lastError === 'socket hang up',
    );
    expect(textOf(await h.kontakt.action(h.as('ada'), 'admin.outbox_retry', { id: gone?.id ?? '' }))).toMatch(
      /Queued again/,
    );
    const before = h.notifier.sent.length;
    await tick(h, '2026-12-08T15:05:00Z');
    expect(h.notifier.sent.slice(before).map((d) => d.text.split('\n')[1])).toEqual(['Doomed']);
  });
});
