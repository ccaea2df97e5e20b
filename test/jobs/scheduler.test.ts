import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Connection, openConnection } from '../../src/domain/db/connection.js';
import type { Member } from '../../src/domain/members/member.js';
import { createScheduler, JOB_NAMES, type Scheduler } from '../../src/jobs/scheduler.js';
import { type CareHarness, careHarness } from '../support/care.js';
import { useTestDatabase } from '../support/database.js';

const db = useTestDatabase();

let h: CareHarness;
let rita: Member;
let second: Connection;
let schedulers: Scheduler[] = [];

/** Resolves once the schedulers together emitted `event` `count` times. */
function events(list: Scheduler[], event: string, count: number): Promise<unknown[]> {
  const seen: unknown[] = [];
  return new Promise((resolve) => {
    for (const s of list) {
      s.agenda.on(event as 'complete', (...args: unknown[]) => {
        seen.push(args[0]);
        if (seen.length === count) resolve(seen);
      });
    }
  });
}

beforeAll(async () => {
  h = await careHarness(db.conn, 'agenda', '2026-12-07T08:00:00Z'); // Monday 09:00 in Berlin
  await h.member('ada');
  rita = await h.member('rita');
  await h.account(rita, 'Neglected GmbH', '2026-09-01T10:00:00Z');
  // A second process: its own connection to the same database, its own Agenda and in-memory state.
  second = await openConnection(inject('dbUri'), db.name);
  const base = { repos: h.repos, notify: h.notify, clock: h.clock, i18n: h.deps.i18n, log: h.deps.log };
  schedulers = [
    createScheduler({ ...base, conn: db.conn, processEvery: 50, sleep: h.deps.sleep }),
    createScheduler({ ...base, conn: second, processEvery: 50, sleep: h.deps.sleep }),
  ];
});

afterAll(async () => {
  for (const s of schedulers) await s.stop();
  await second?.close();
});

describe('two schedulers on one database', () => {
  it('run the scan on both and still send one DM', async () => {
    const ticked = events(schedulers, `complete:${JOB_NAMES.tick}`, 1);
    const ran = events(schedulers, `complete:${JOB_NAMES.run}`, 2);
    for (const s of schedulers) await s.start();
    await ticked;
    for (const s of schedulers) await s.runNow('neglect', h.tenantId);
    await ran;
    expect(h.dmsTo(rita).map((d) => d.card.title)).toEqual(['1 account is waiting to hear from you']);
    const rows = await h.tenant.outbox.list({ kind: 'neglect' });
    expect(rows.map((r) => [r.status, r.day])).toEqual([['sent', '2026-12-07']]);
    const jobs = await db.conn.collection('agendaJobs').distinct('name');
    expect(jobs.sort()).toEqual(
      [JOB_NAMES.run, JOB_NAMES.tick, JOB_NAMES.snapshot, JOB_NAMES.reminders].sort(),
    );
  });

  it('re-validates a job’s payload on every run', async () => {
    const failed = events(schedulers, `fail:${JOB_NAMES.run}`, 1);
    await schedulers[0]?.agenda.now(JOB_NAMES.run, { job: 'coffee', tenantId: h.tenantId });
    const [error] = (await failed) as { code?: string; message?: string }[];
    expect(error?.code).toBe('jobs.invalid_payload');
    expect(error?.message).toMatch(/job care.run: invalid payload at job/);
  });
});
