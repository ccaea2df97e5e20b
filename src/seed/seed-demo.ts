import { PLAYGROUND_TENANT_NAME } from '../bot/web/personas.js';
import type { Repositories, TenantRepos } from '../domain/repositories.js';
import { defaultSettings } from '../domain/tenants/tenant.js';
import type { Clock } from '../shared/clock.js';
import type { TenantId } from '../shared/tenant.js';
import { ensureDemoMembers } from './personas.js';
import { planDemo } from './plan.js';
import { seedEnv } from './seed-env.js';
import { writeAccounts } from './write-accounts.js';
import { writeInteractions, writeReminders } from './write-activity.js';
import { writeDeals } from './write-deals.js';

export interface SeedOptions {
  repos: Repositories;
  tenantId: TenantId;
  /** Every date of the data set is relative to this instant. */
  now: Date;
  log?: (message: string) => void;
}

export interface SeedCounts {
  accounts: number;
  contacts: number;
  deals: number;
  quotes: number;
  interactions: number;
  reminders: number;
}

export interface SeedResult {
  /** What this run wrote (0 everywhere on a repeated run). */
  created: SeedCounts;
  /** What the tenant holds afterwards; reminders: the open ones. */
  total: SeedCounts & { members: number; won: number; lost: number; open: number };
}

async function totals(repos: TenantRepos, quoteDealIds: string[]): Promise<SeedResult['total']> {
  const [members, accounts, contacts, deals, won, lost, open, interactions, reminders, quotes] =
    await Promise.all([
      repos.members.list().then((m) => m.length),
      repos.accounts.count({ includeDormant: true }),
      repos.contacts.count(),
      repos.deals.count(),
      repos.deals.count({ status: 'won' }),
      repos.deals.count({ status: 'lost' }),
      repos.deals.count({ status: 'open' }),
      repos.interactions.count(),
      repos.reminders.count({ status: 'open' }),
      Promise.all(quoteDealIds.map((id) => repos.quotes.current(id))).then((q) => q.filter(Boolean).length),
    ]);
  return { members, accounts, contacts, deals, won, lost, open, quotes, interactions, reminders };
}

/**
 * Fills a tenant with a realistic, deterministic B2B data set in German and English – 60 accounts, their
 * people, ~120 deals with 12 months of stage history and quotes, ~1,500 interactions (some accounts
 * overdue for contact), open reminders – all written through the domain's use cases. Running it again
 * adds nothing: every record is found by its natural key first.
 */
export async function seedDemo(opts: SeedOptions): Promise<SeedResult> {
  const log = opts.log ?? (() => {});
  await opts.repos.tenants.ensure(opts.tenantId, {
    name: PLAYGROUND_TENANT_NAME,
    settings: defaultSettings({ locale: 'en', timeZone: 'Europe/Berlin', currency: 'EUR' }),
  });
  const repos = opts.repos.forTenant(opts.tenantId);
  const settings = await repos.settings.get();
  const members = await ensureDemoMembers(repos);
  const env = seedEnv(repos, settings, members, opts.now, log);
  const plan = planDemo(settings, opts.now);

  const accounts = await writeAccounts(env, plan.accounts);
  log(`demo data: ${accounts.created.accounts} accounts, ${accounts.created.contacts} contacts created`);
  const deals = await writeDeals(env, plan.deals, accounts.accounts);
  log(`demo data: ${deals.created.deals} deals, ${deals.created.quotes} quotes created`);
  const byDeal = { plans: plan.deals, ids: deals.ids };
  const interactions = await writeInteractions(env, plan.interactions, accounts.accounts, byDeal);
  log(`demo data: ${interactions} interactions logged`);
  const reminders = await writeReminders(env, plan.reminders, accounts.accounts, byDeal);
  log(`demo data: ${reminders} reminders set`);

  const quoteDealIds = plan.deals.flatMap((d) => (d.quote ? (deals.ids.get(d.index) ?? []) : []));
  return {
    created: { ...accounts.created, ...deals.created, interactions, reminders },
    total: await totals(repos, quoteDealIds),
  };
}

/**
 * The playground's "Load demo data": seeds the given tenant as of the clock's now. A click while a run
 * is still going joins that run instead of starting a second one.
 */
export function createDemoSeed(deps: { repos: Repositories; clock: Clock; log?: (message: string) => void }) {
  let running: Promise<SeedResult> | undefined;
  return async (target: { tenantId: TenantId }): Promise<void> => {
    running ??= seedDemo({ ...deps, tenantId: target.tenantId, now: deps.clock.now() }).finally(() => {
      running = undefined;
    });
    await running;
  };
}
