import { emptySummary, type RunSummary } from '../domain/care/care-jobs.js';
import { takeForecastSnapshot } from '../domain/forecasts/take-snapshot.js';
import type { TenantId } from '../shared/tenant.js';
import type { JobDeps } from './job-deps.js';

/**
 * The `forecast.snapshot` job: stores this ISO week's forecast per tenant. Snapshots are unique per
 * week, so the job may run daily — the first run of a week writes, the others find it and write nothing,
 * and a week missed while Kontakt was down is caught up on the next run.
 */
export async function runForecastSnapshot(
  deps: JobDeps,
  now: Date,
  tenantIds?: TenantId[],
): Promise<RunSummary> {
  const summary = emptySummary();
  const snapshots = { written: 0, existing: 0 };
  for (const tenantId of tenantIds ?? (await deps.repos.tenants.listIds())) {
    try {
      const tenant = await deps.repos.tenants.get(tenantId);
      if (!tenant) continue;
      const r = await takeForecastSnapshot(deps.repos, tenant, now);
      snapshots.written += r.written;
      snapshots.existing += r.existing;
    } catch (e) {
      deps.log.error({ err: e, tenant: tenantId, job: 'snapshot' }, 'job failed for tenant');
      summary.failed += 1;
    }
  }
  return { ...summary, snapshots };
}
