import { memberVoice } from '../commands/handlers/care.voice.js';
import { reminderDueCard } from '../commands/handlers/remind.view.js';
import { addSummaries, emptySummary, type RunSummary } from '../domain/care/care-jobs.js';
import { localDay, scheduleOf } from '../domain/care/working-hours.js';
import type { Member } from '../domain/members/member.js';
import type { TenantId } from '../shared/tenant.js';
import { deliver, drainOutbox, tally } from './delivery.js';
import type { JobDeps } from './job-deps.js';
import { openTenantRun } from './tenant-run.js';

/** Due reminders taken per tenant and run; the rest follow a minute later. */
export const REMINDER_BATCH = 200;

/**
 * One tenant's due reminders: each becomes an outbox row keyed by (member, reminder and its due time,
 * due local day) — sent now inside the member's working hours, else queued for their next start — and
 * is then marked notified. Afterwards the tenant's outbox is drained (deferred rows, retries, abandoned
 * claims).
 */
export async function deliverTenantReminders(
  deps: JobDeps,
  tenantId: TenantId,
  now: Date,
): Promise<RunSummary> {
  const run = await openTenantRun(deps, tenantId);
  if (!run) return emptySummary();
  const { repos, settings, summary } = run;
  const members = new Map<string, Member | null>();
  for (const r of await repos.reminders.due(now, REMINDER_BATCH)) {
    if (!members.has(r.memberId)) members.set(r.memberId, await repos.members.get(r.memberId));
    const member = members.get(r.memberId);
    if (member) {
      const [account, deal] = await Promise.all([
        r.accountId ? repos.accounts.get(r.accountId) : null,
        r.dealId ? repos.deals.get(r.dealId) : null,
      ]);
      const due = r.dueAt.getTime();
      const outcome = await deliver(deps, repos, settings, {
        member,
        kind: 'reminder',
        subject: `${r.id}@${due}`,
        day: localDay(r.dueAt, scheduleOf(member, settings).zone),
        ref: `reminder:${r.id}@${due}`,
        card: reminderDueCard(memberVoice(deps.i18n, member, settings), r, { account, deal }),
      });
      tally(summary, outcome);
    } else {
      deps.log.warn({ tenant: tenantId, reminder: r.id }, 'reminder of a missing member; not delivered');
    }
    // Handed to the outbox (or undeliverable): the outbox owns it from here on.
    await repos.reminders.markNotified(r.id, deps.clock.now());
  }
  await drainOutbox(deps, repos, settings, summary);
  return summary;
}

/** Every tenant's due reminders and waiting outbox rows (the `reminders.deliver` job, every minute). */
export async function deliverDueReminders(
  deps: JobDeps,
  now: Date,
  tenantIds?: TenantId[],
): Promise<RunSummary> {
  let total = emptySummary();
  for (const tenantId of tenantIds ?? (await deps.repos.tenants.listIds())) {
    try {
      total = addSummaries(total, await deliverTenantReminders(deps, tenantId, now));
    } catch (e) {
      deps.log.error({ err: e, tenant: tenantId, job: 'reminders' }, 'job failed for tenant');
    }
  }
  return total;
}
