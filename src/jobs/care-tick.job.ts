import {
  addSummaries,
  type CareJob,
  emptySummary,
  type JobRunner,
  type RunSummary,
} from '../domain/care/care-jobs.js';
import { asTenantId, type TenantId } from '../shared/tenant.js';
import { runWeeklyDigest } from './digest.job.js';
import { runDealHygiene } from './hygiene.job.js';
import type { JobDeps } from './job-deps.js';
import { runNeglectScan } from './neglect.job.js';
import { deliverDueReminders } from './reminders.job.js';
import { runForecastSnapshot } from './snapshot.job.js';

type TenantJob = (deps: JobDeps, tenantId: TenantId, now: Date) => Promise<RunSummary>;

const TICK: [string, TenantJob][] = [
  ['neglect', runNeglectScan],
  ['hygiene', runDealHygiene],
  ['digest', (deps, id, now) => runWeeklyDigest(deps, id, now)],
];

/**
 * The `care.tick` job (every 15 minutes): for every tenant and member, whatever is due now in the
 * member's local time — the neglect nudge and deal hygiene once their working day has begun, the digest
 * on the first working day of the week. A failing tenant or job is logged and does not stop the others.
 */
export async function runCareTick(deps: JobDeps, now: Date): Promise<RunSummary> {
  let total = emptySummary();
  for (const tenantId of await deps.repos.tenants.listIds()) {
    for (const [name, job] of TICK) {
      try {
        total = addSummaries(total, await job(deps, tenantId, now));
      } catch (e) {
        deps.log.error({ err: e, tenant: tenantId, job: name }, 'job failed for tenant');
      }
    }
  }
  return total;
}

/** One job for one tenant, now (`/crm admin run`, the `care.run` job). The digest runs on any weekday. */
export function runJobNow(deps: JobDeps, job: CareJob, tenantId: TenantId, now: Date): Promise<RunSummary> {
  switch (job) {
    case 'neglect':
      return runNeglectScan(deps, tenantId, now);
    case 'reminders':
      return deliverDueReminders(deps, now, [tenantId]);
    case 'hygiene':
      return runDealHygiene(deps, tenantId, now);
    case 'digest':
      return runWeeklyDigest(deps, tenantId, now, { anyWeekday: true });
    case 'snapshot':
      return runForecastSnapshot(deps, now, [tenantId]);
  }
}

/** Runs jobs inline for the command layer, timed by the injected clock. */
export function createJobRunner(deps: JobDeps): JobRunner {
  return {
    run: (job, tenantId) => runJobNow(deps, job, asTenantId(tenantId), deps.clock.now()),
  };
}
