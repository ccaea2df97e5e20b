import { normalizeEmail } from '../domain/contacts/contact.js';
import { importInteractions } from '../domain/interactions/import-interactions.js';
import { createReminder } from '../domain/reminders/create-reminder.js';
import type { DealPlan } from './plan-deals.js';
import type { InteractionPlan } from './plan-interactions.js';
import type { ReminderPlan } from './plan-reminders.js';
import { must, type SeedEnv } from './seed-env.js';
import type { SeededAccount } from './write-accounts.js';

/**
 * Logs the interactions through `importInteractions` – one call per member who logged them – with their
 * 'seed:<n>' idempotency keys, so the accounts' last-contact dates move as in real use and a second run
 * logs nothing twice.
 */
export async function writeInteractions(
  env: SeedEnv,
  plans: InteractionPlan[],
  accounts: Map<number, SeededAccount>,
  deals: { plans: DealPlan[]; ids: Map<number, string> },
): Promise<number> {
  const dealIds = new Map(
    deals.plans.map((d) => [`${d.accountIndex}\u0000${d.title}`, deals.ids.get(d.index)] as const),
  );
  let created = 0;
  for (const by of new Set(plans.map((p) => p.by))) {
    const rows = plans
      .filter((p) => p.by === by)
      .map((p) => {
        const account = accounts.get(p.accountIndex);
        if (!account) throw new Error(`demo data: no account for ${p.key}`);
        const dealId = p.dealTitle ? dealIds.get(`${p.accountIndex}\u0000${p.dealTitle}`) : undefined;
        return {
          accountId: account.id,
          contactIds: p.contactEmails.flatMap((e) => account.contacts.get(normalizeEmail(e)) ?? []),
          ...(dealId ? { dealId } : {}),
          type: p.type,
          direction: p.direction,
          occurredAt: p.occurredAt,
          summary: p.summary,
          source: 'seed',
          idempotencyKey: p.key,
        };
      });
    created += must(await importInteractions(env.ctx(by), rows), `interactions by ${by}`).created.length;
  }
  return created;
}

/** Open reminders, each set back then (due times must lie ahead when set); natural key: member + text. */
export async function writeReminders(
  env: SeedEnv,
  plans: ReminderPlan[],
  accounts: Map<number, SeededAccount>,
  deals: { plans: DealPlan[]; ids: Map<number, string> },
): Promise<number> {
  let created = 0;
  for (const member of new Set(plans.map((p) => p.member))) {
    const memberId = env.members[member].id;
    const have = new Set((await env.repos.reminders.list({ memberId }, { limit: 500 })).map((r) => r.what));
    for (const p of plans.filter((x) => x.member === member && !have.has(x.what))) {
      const accountId = p.accountIndex === undefined ? undefined : accounts.get(p.accountIndex)?.id;
      const deal = p.dealTitle
        ? deals.plans.find((d) => d.title === p.dealTitle && d.accountIndex === p.accountIndex)
        : undefined;
      const dealId = deal ? deals.ids.get(deal.index) : undefined;
      const res = await createReminder(env.ctx(member, p.createdAt), {
        what: p.what,
        dueAt: p.dueAt,
        ...(accountId ? { accountId } : {}),
        ...(dealId ? { dealId } : {}),
      });
      must(res, `reminder "${p.what}"`);
      created++;
    }
  }
  return created;
}
