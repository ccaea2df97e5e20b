import { neglectCard } from '../commands/handlers/care.cards.js';
import { memberVoice } from '../commands/handlers/care.voice.js';
import { emptySummary, type RunSummary } from '../domain/care/care-jobs.js';
import { accountsOwnedBy, neglectedAccounts } from '../domain/care/neglect.js';
import { endOfLocalDay, isWithinWorkingHours, localDay, scheduleOf } from '../domain/care/working-hours.js';
import type { TenantId } from '../shared/tenant.js';
import { alreadyQueued, deliver, tally } from './delivery.js';
import type { JobDeps } from './job-deps.js';
import { groupBy, openTenantRun } from './tenant-run.js';

/**
 * The daily neglect nudge of one tenant: each owner whose working day has begun (in their zone, with
 * their hours) and who owns accounts past cadence (or due later that day) gets ONE DM a day, most
 * overdue first. Owners outside their working hours are left for a later tick; the outbox key (owner,
 * kind, day) keeps it to one a day, whichever process or tick gets there first.
 */
export async function runNeglectScan(deps: JobDeps, tenantId: TenantId, now: Date): Promise<RunSummary> {
  const run = await openTenantRun(deps, tenantId);
  if (!run) return emptySummary();
  const { repos, settings, summary } = run;
  const members = await repos.members.list();
  const accounts = await accountsOwnedBy(
    repos.accounts,
    members.map((m) => m.id),
  );
  const byOwner = groupBy(accounts, (a) => a.ownerId);
  for (const member of members) {
    const schedule = scheduleOf(member, settings);
    // Everything due by the end of the owner's day, so the morning DM is the day's whole list.
    const dueBy = endOfLocalDay(now, schedule.zone);
    const mine = neglectedAccounts(byOwner.get(member.id) ?? [], settings, now, dueBy);
    if (!mine.length) continue;
    if (!isWithinWorkingHours(now, schedule)) {
      summary.quiet += 1;
      continue;
    }
    const day = localDay(now, schedule.zone);
    if (await alreadyQueued(repos, { memberId: member.id, kind: 'neglect', subject: 'accounts', day })) {
      summary.duplicates += 1;
      continue;
    }
    const card = neglectCard(memberVoice(deps.i18n, member, settings), mine, now);
    const outcome = await deliver(deps, repos, settings, {
      member,
      kind: 'neglect',
      subject: 'accounts',
      day,
      card,
    });
    tally(summary, outcome);
  }
  return summary;
}
