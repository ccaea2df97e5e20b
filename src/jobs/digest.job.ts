import { digestCard } from '../commands/handlers/care.digest-card.js';
import { memberVoice } from '../commands/handlers/care.voice.js';
import { emptySummary, type RunSummary } from '../domain/care/care-jobs.js';
import { collectTeamDigest } from '../domain/care/digest.js';
import { type ForecastChange, teamForecastChange } from '../domain/care/forecast-change.js';
import {
  isFirstWorkingDayOfWeek,
  isWithinWorkingHours,
  localDay,
  scheduleOf,
} from '../domain/care/working-hours.js';
import type { TenantId } from '../shared/tenant.js';
import { alreadyQueued, deliver, tally } from './delivery.js';
import type { JobDeps } from './job-deps.js';
import { openTenantRun } from './tenant-run.js';

export interface DigestOptions {
  /** `/crm admin run digest`: any weekday (quiet hours and the once-a-day key still apply). */
  anyWeekday?: boolean;
}

/**
 * The weekly manager digest of one tenant: on the first working day of the week (Monday), once the
 * manager's working hours have begun, every member with direct reports gets one DM about their team.
 */
export async function runWeeklyDigest(
  deps: JobDeps,
  tenantId: TenantId,
  now: Date,
  opts: DigestOptions = {},
): Promise<RunSummary> {
  const run = await openTenantRun(deps, tenantId);
  if (!run) return emptySummary();
  const { repos, settings, summary } = run;
  const members = await repos.members.list();
  const managerIds = new Set(members.flatMap((m) => (m.managerId ? [m.managerId] : [])));
  for (const manager of members.filter((m) => managerIds.has(m.id))) {
    const schedule = scheduleOf(manager, settings);
    if (!opts.anyWeekday && !isFirstWorkingDayOfWeek(now, schedule)) continue;
    if (!isWithinWorkingHours(now, schedule)) {
      summary.quiet += 1;
      continue;
    }
    const day = localDay(now, schedule.zone);
    if (await alreadyQueued(repos, { memberId: manager.id, kind: 'digest', subject: 'team', day })) {
      summary.duplicates += 1;
      continue;
    }
    const digest = await collectTeamDigest(repos, settings, manager, now);
    if (!digest) continue;
    let forecast: ForecastChange | null = null;
    try {
      forecast = await teamForecastChange(repos, settings, manager, members, now);
    } catch (e) {
      // The digest still goes out; the forecast line is the only part missing.
      deps.log.error({ err: e, tenant: tenantId, job: 'digest' }, 'forecast change failed');
    }
    const outcome = await deliver(deps, repos, settings, {
      member: manager,
      kind: 'digest',
      subject: 'team',
      day,
      card: digestCard(memberVoice(deps.i18n, manager, settings), digest, now, forecast ?? undefined),
    });
    tally(summary, outcome);
  }
  return summary;
}
