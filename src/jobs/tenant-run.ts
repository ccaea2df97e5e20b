import type { RunSummary } from '../domain/care/care-jobs.js';
import { emptySummary } from '../domain/care/care-jobs.js';
import type { TenantRepos } from '../domain/repositories.js';
import type { TenantSettings } from '../domain/tenants/tenant.js';
import type { TenantId } from '../shared/tenant.js';
import type { JobDeps } from './job-deps.js';

export interface TenantRun {
  repos: TenantRepos;
  settings: TenantSettings;
  summary: RunSummary;
}

/** Binds a run to one tenant; `null` when the tenant does not exist (any more). */
export async function openTenantRun(deps: JobDeps, tenantId: TenantId): Promise<TenantRun | null> {
  const tenant = await deps.repos.tenants.get(tenantId);
  if (!tenant) return null;
  return { repos: deps.repos.forTenant(tenantId), settings: tenant.settings, summary: emptySummary() };
}

/** Groups items by a key (owner id), keeping their order. */
export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
