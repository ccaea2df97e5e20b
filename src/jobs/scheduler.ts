import { MongoBackend } from '@agendajs/mongo-backend';
import { Agenda, type Job } from 'agenda';
import type { CareJob } from '../domain/care/care-jobs.js';
import type { Connection } from '../domain/db/connection.js';
import { asTenantId, type TenantId } from '../shared/tenant.js';
import { runCareTick, runJobNow } from './care-tick.job.js';
import { createJobDeps, type JobDeps, type JobDepsInput } from './job-deps.js';
import { careRunPayload, noPayload, parsePayload } from './payloads.js';
import { deliverDueReminders } from './reminders.job.js';
import { runForecastSnapshot } from './snapshot.job.js';

export const JOB_NAMES = {
  tick: 'care.tick',
  reminders: 'reminders.deliver',
  snapshot: 'forecast.snapshot',
  run: 'care.run',
} as const;

/** When the recurring jobs run (Agenda intervals; the job logic decides per member's local time). */
export const SCHEDULES = {
  tick: '15 minutes',
  reminders: '1 minute',
  // Snapshots are unique per ISO week: a daily run writes each week's once and catches up after downtime.
  snapshot: '0 3 * * *',
} as const;

export interface SchedulerOptions extends JobDepsInput {
  /** The app's mongoose connection; Agenda keeps its jobs in `agendaJobs` of the same database. */
  conn: Connection;
  /** Polling interval of Agenda (default 5 seconds). No change streams: FerretDB has none. */
  processEvery?: string | number;
  /** Shares deps (throttle, fakes) with other callers, e.g. the command layer's job runner. */
  deps?: JobDeps;
}

export interface Scheduler {
  readonly agenda: Agenda;
  readonly deps: JobDeps;
  /** Defines nothing new; registers the recurring jobs and starts polling. */
  start(): Promise<void>;
  /** Waits for running jobs (up to 30 s), then stops polling; the connection stays open. */
  stop(): Promise<void>;
  /** Queues `care.run` for the tenant; whichever instance polls first runs it. */
  runNow(job: CareJob, tenantId: TenantId): Promise<void>;
}

const LOCK_LIFETIME_MS = 10 * 60_000;

/** Agenda v6 on the app's own connection, with Kontakt's jobs defined; nothing runs until `start()`. */
export function createScheduler(opts: SchedulerOptions): Scheduler {
  const deps = opts.deps ?? createJobDeps(opts);
  const db = opts.conn.db;
  if (!db) throw new Error('createScheduler needs an open connection');
  const agenda = new Agenda({
    backend: new MongoBackend({ mongo: db, collection: 'agendaJobs' }),
    ...(opts.processEvery !== undefined ? { processEvery: opts.processEvery } : {}),
    defaultLockLifetime: LOCK_LIFETIME_MS,
  });
  const { log } = deps;
  const defineJob = (name: string, fn: (job: Job<unknown>) => Promise<unknown>) =>
    agenda.define(
      name,
      async (job: Job<unknown>) => {
        const summary = await fn(job);
        log.debug({ job: name, summary }, 'job finished');
      },
      { concurrency: 1, lockLifetime: LOCK_LIFETIME_MS },
    );

  defineJob(JOB_NAMES.tick, async (job) => {
    parsePayload(noPayload, JOB_NAMES.tick, job.attrs.data);
    return runCareTick(deps, deps.clock.now());
  });
  defineJob(JOB_NAMES.reminders, async (job) => {
    parsePayload(noPayload, JOB_NAMES.reminders, job.attrs.data);
    return deliverDueReminders(deps, deps.clock.now());
  });
  defineJob(JOB_NAMES.snapshot, async (job) => {
    parsePayload(noPayload, JOB_NAMES.snapshot, job.attrs.data);
    return runForecastSnapshot(deps, deps.clock.now());
  });
  defineJob(JOB_NAMES.run, async (job) => {
    const data = parsePayload(careRunPayload, JOB_NAMES.run, job.attrs.data);
    return runJobNow(deps, data.job, asTenantId(data.tenantId), deps.clock.now());
  });

  agenda.on('fail', (err: unknown, job: Job) => {
    const e = err as { code?: string; message?: string };
    log.error({ job: job.attrs?.name, code: e?.code, err: e?.message }, 'job failed');
  });
  agenda.on('error', (err: Error) => log.error({ err }, 'agenda error'));

  return {
    agenda,
    deps,
    async start() {
      await agenda.start();
      await agenda.every(SCHEDULES.tick, JOB_NAMES.tick);
      await agenda.every(SCHEDULES.reminders, JOB_NAMES.reminders);
      await agenda.every(SCHEDULES.snapshot, JOB_NAMES.snapshot, undefined, { timezone: 'UTC' });
      log.info({ jobs: Object.values(JOB_NAMES) }, 'scheduler started');
    },
    async stop() {
      if (!agenda.isActiveJobProcessor()) return;
      const result = await agenda.drain({ timeout: 30_000 });
      if (result.timedOut) await agenda.stop();
      log.info('scheduler stopped');
    },
    async runNow(job, tenantId) {
      await agenda.now(JOB_NAMES.run, careRunPayload.parse({ job, tenantId }));
    },
  };
}
