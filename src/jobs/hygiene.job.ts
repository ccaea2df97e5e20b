import { hygieneCard } from '../commands/handlers/care.cards.js';
import { memberVoice } from '../commands/handlers/care.voice.js';
import { emptySummary, type RunSummary } from '../domain/care/care-jobs.js';
import { allDeals, dealIssues } from '../domain/care/hygiene.js';
import { isWithinWorkingHours, localDay, scheduleOf } from '../domain/care/working-hours.js';
import type { TenantId } from '../shared/tenant.js';
import { alreadyQueued, deliver, tally } from './delivery.js';
import type { JobDeps } from './job-deps.js';
import { groupBy, openTenantRun } from './tenant-run.js';

/**
 * Deal hygiene of one tenant: open deals whose close date passed or that sit in a stage longer than its
 * `staleAfterDays` → one DM per owner per day, in the owner's working hours, each deal with "Open deal".
 */
export async function runDealHygiene(deps: JobDeps, tenantId: TenantId, now: Date): Promise<RunSummary> {
  const run = await openTenantRun(deps, tenantId);
  if (!run) return emptySummary();
  const { repos, settings, summary } = run;
  const issues = dealIssues(await allDeals(repos.deals, { status: 'open' }), settings, now);
  const byOwner = groupBy(issues, (i) => i.deal.ownerId);
  for (const [ownerId, mine] of byOwner) {
    const member = await repos.members.get(ownerId);
    if (!member) continue;
    const schedule = scheduleOf(member, settings);
    if (!isWithinWorkingHours(now, schedule)) {
      summary.quiet += 1;
      continue;
    }
    const day = localDay(now, schedule.zone);
    if (await alreadyQueued(repos, { memberId: member.id, kind: 'hygiene', subject: 'deals', day })) {
      summary.duplicates += 1;
      continue;
    }
    const outcome = await deliver(deps, repos, settings, {
      member,
      kind: 'hygiene',
      subject: 'deals',
      day,
      card: hygieneCard(memberVoice(deps.i18n, member, settings), mine, now),
    });
    tally(summary, outcome);
  }
  return summary;
}
