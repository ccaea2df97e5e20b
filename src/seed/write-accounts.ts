import type { Account } from '../domain/accounts/account.js';
import { createAccount } from '../domain/accounts/create-account.js';
import { snoozeAccount, updateAccount } from '../domain/accounts/update-account.js';
import { normalizeEmail } from '../domain/contacts/contact.js';
import { createContact } from '../domain/contacts/create-contact.js';
import { normalizeName } from '../shared/text.js';
import type { AccountPlan } from './plan-accounts.js';
import { forEachLimit } from './pool.js';
import { must, type SeedEnv } from './seed-env.js';

export interface SeededAccount {
  id: string;
  /** Created by this run (so it can have nothing seeded yet). */
  created: boolean;
  /** Contact ids by normalized e-mail. */
  contacts: Map<string, string>;
}

const DAY = 86_400_000;
const SNOOZE_DAYS = 30;

/** The account by its unique name: created when missing, found when there. */
async function ensureAccount(
  env: SeedEnv,
  p: AccountPlan,
  existing: Map<string, Account>,
): Promise<{ account: Account; created: boolean }> {
  const found = existing.get(normalizeName(p.company.name));
  if (found) return { account: found, created: false };
  const res = await createAccount(env.ctx(p.owner), {
    name: p.company.name,
    tier: p.company.tier,
    industry: p.company.industry,
    website: `https://www.${p.company.domain}`,
    ...(p.cadenceDays ? { cadenceDays: p.cadenceDays } : {}),
    ...(p.notes ? { notes: p.notes } : {}),
  });
  if (res.ok) return { account: res.value, created: true };
  // Created meanwhile (a second click on "Load demo data"): use that one.
  if (res.error.code === 'account.duplicate') {
    const again = await env.repos.accounts.lookup(p.company.name);
    if (again.kind === 'found') return { account: again.item, created: false };
  }
  return { account: must(res, `account ${p.company.name}`), created: true };
}

/** The account's people by e-mail (unique per tenant): created when missing. */
async function ensureContacts(env: SeedEnv, p: AccountPlan, accountId: string, fresh: boolean) {
  const known = new Map<string, string>();
  if (!fresh) {
    for (const c of await env.repos.contacts.listByAccount(accountId)) {
      if (c.email) known.set(normalizeEmail(c.email), c.id);
    }
  }
  let created = 0;
  for (const person of p.people) {
    const email = normalizeEmail(person.email);
    if (known.has(email)) continue;
    const res = await createContact(env.ctx(p.owner), { accountId, ...person });
    if (res.ok) {
      known.set(email, res.value.id);
      created++;
    } else if (res.error.code === 'contact.duplicate_email') {
      const other = await env.repos.contacts.byEmail(email);
      if (other?.accountId === accountId) known.set(email, other.id);
    } else {
      must(res, `contact ${person.email}`);
    }
  }
  return { known, created };
}

/** Accounts and their contacts, keyed by the plan's account index. */
export async function writeAccounts(env: SeedEnv, plans: AccountPlan[]) {
  const existing = new Map(
    (await env.repos.accounts.list({ includeDormant: true })).map((a) => [normalizeName(a.name), a]),
  );
  const seeded = new Map<number, SeededAccount>();
  const created = { accounts: 0, contacts: 0 };
  await forEachLimit(plans, 4, async (p) => {
    const { account, created: fresh } = await ensureAccount(env, p, existing);
    const contacts = await ensureContacts(env, p, account.id, fresh);
    seeded.set(p.index, { id: account.id, created: fresh, contacts: contacts.known });
    created.contacts += contacts.created;
    if (!fresh) return;
    created.accounts++;
    // Flags are set once, on creation: a later run must not undo what someone changed in the demo.
    if (p.flag === 'dormant')
      must(await updateAccount(env.ctx(p.owner), account.id, { dormant: true }), 'dormant');
    if (p.flag === 'snoozed') {
      const ctx = env.ctx(p.owner, new Date(env.now.getTime() - 2 * DAY));
      must(await snoozeAccount(ctx, account.id, SNOOZE_DAYS), 'snooze');
    }
  });
  return { accounts: seeded, created };
}
