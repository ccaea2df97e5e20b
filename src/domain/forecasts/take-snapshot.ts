import type { Member } from '../members/member.js';
import type { Repositories, TenantRepos } from '../repositories.js';
import type { Tenant } from '../tenants/tenant.js';
import { computeForecast } from './forecast.js';
import { loadForecastData } from './forecast.service.js';
import { relativeQuarter } from './period.js';
import { isoWeekOf, memberOwner, type SnapshotOwner, snapshotFiguresOf, teamOwner } from './snapshot.js';

/** A manager's team as forecasts show it: the manager and everyone who reports to them. */
export const teamOf = (manager: Member, members: Member[]): Member[] => [
  manager,
  ...members.filter((m) => m.managerId === manager.id && m.id !== manager.id),
];

/**
 * Stores this week's forecast of the current and the next fiscal quarter for everyone (`all`), each
 * member and each manager's team. Unique per (tenant, ISO week, period, owner): a second run in the
 * same week writes nothing. Returns how many snapshots were written and how many already existed.
 * Called by the weekly job with the registry of all tenants or one tenant's repositories.
 */
export async function takeForecastSnapshot(
  repos: Repositories | TenantRepos,
  tenant: Tenant,
  now: Date,
): Promise<{ written: number; existing: number }> {
  const r = 'forTenant' in repos ? repos.forTenant(tenant.id) : repos;
  const settings = tenant.settings;
  const ctx = { now, timeZone: settings.timeZone, fiscalYearStartMonth: settings.fiscalYearStartMonth };
  const members = await r.members.list();
  const ids = members.map((m) => m.id);
  const owners: [SnapshotOwner, string[]][] = [
    ['all', ids],
    ...members.map((m): [SnapshotOwner, string[]] => [memberOwner(m.id), [m.id]]),
    ...members
      .filter((m) => members.some((o) => o.managerId === m.id && o.id !== m.id))
      .map((m): [SnapshotOwner, string[]] => [teamOwner(m.id), teamOf(m, members).map((t) => t.id)]),
  ];
  const week = isoWeekOf(now, settings.timeZone);
  let written = 0;
  let existing = 0;
  for (const period of [relativeQuarter(ctx, 0), relativeQuarter(ctx, 1)]) {
    const data = await loadForecastData(r, settings, period, ids, now);
    for (const [owner, ownerIds] of owners) {
      const { team } = computeForecast(data, ownerIds);
      const saved = await r.forecastSnapshots.saveOnce({
        week,
        period: period.label,
        owner,
        takenAt: now,
        currency: settings.currency,
        figures: snapshotFiguresOf(team),
      });
      if (saved) written++;
      else existing++;
    }
  }
  return { written, existing };
}
