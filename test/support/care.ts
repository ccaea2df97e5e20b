import { createCommandLayer, type Invocation, type Kontakt } from '../../src/commands/index.js';
import { createNotifierHub, type Notifier, type NotifierHub } from '../../src/commands/notifier.js';
import type { Card } from '../../src/commands/view/card.js';
import type { Account } from '../../src/domain/accounts/account.js';
import type { Connection } from '../../src/domain/db/connection.js';
import { createRepositories, syncIndexes } from '../../src/domain/db/repositories.js';
import type { Member, MemberPatch } from '../../src/domain/members/member.js';
import type { Repositories, TenantRepos } from '../../src/domain/repositories.js';
import type { TenantSettings, Tier } from '../../src/domain/tenants/tenant.js';
import { i18n } from '../../src/i18n/catalog.js';
import { createJobRunner } from '../../src/jobs/care-tick.job.js';
import { createJobDeps, type JobDeps } from '../../src/jobs/job-deps.js';
import { type ManualClock, manualClock } from '../../src/shared/clock.js';
import type { Locale } from '../../src/shared/i18n/translator.js';
import { createLogger } from '../../src/shared/logger.js';
import { type TenantId, tenantId } from '../../src/shared/tenant.js';

/** A DM as the recording notifier saw it, with the (manual) time it arrived. */
export interface Delivered {
  tenantId: TenantId;
  member: Member;
  card: Card;
  text: string;
  at: Date;
}

/** A Notifier for the playground platform that records every DM; queued errors are thrown first. */
export interface RecordingNotifier extends Notifier {
  readonly sent: Delivered[];
  /** The next sends throw these, one per send. */
  failNext(...errors: unknown[]): void;
  /** Every send from now on throws this (until `failNext`/`succeed`). */
  failAlways(error: unknown): void;
  succeed(): void;
  /** Runs while a send is in flight (before it is recorded): a crash, a concurrent drain. */
  during?: () => Promise<void>;
}

export function recordingNotifier(clock: ManualClock): RecordingNotifier {
  const queue: unknown[] = [];
  let always: unknown;
  const n: RecordingNotifier = {
    platform: 'web',
    sent: [],
    failNext: (...errors) => {
      queue.push(...errors);
    },
    failAlways: (error) => {
      always = error;
    },
    succeed: () => {
      always = undefined;
      queue.length = 0;
    },
    async direct(tenant, member, card, text) {
      if (queue.length) throw queue.shift();
      if (always) throw always;
      await n.during?.();
      n.sent.push({ tenantId: tenant, member, card, text, at: clock.now() });
    },
    async channel() {
      throw new Error('channel posts are not part of these tests');
    },
  };
  return n;
}

export interface CareHarness {
  repos: Repositories;
  tenant: TenantRepos;
  tenantId: TenantId;
  clock: ManualClock;
  notifier: RecordingNotifier;
  notify: NotifierHub;
  deps: JobDeps;
  /** Every in-process wait the delivery asked for (the fake sleeper advances the clock instead). */
  sleeps: number[];
  kontakt: Kontakt;
  as(userId: string): Invocation;
  /** A member created through the command layer (first sight), then given the patch. */
  member(userId: string, patch?: MemberPatch & { locale?: Locale }): Promise<Member>;
  /** An account owned by `owner`, last contacted at `last`. */
  account(
    owner: Member,
    name: string,
    last: string | Date,
    opts?: { tier?: Tier; cadenceDays?: number },
  ): Promise<Account>;
  settings(patch: Partial<TenantSettings>): Promise<TenantSettings>;
  /** DMs received by one member. */
  dmsTo(member: Member): Delivered[];
}

/** Jobs, command layer and a recording notifier on a real database, all on one manual clock. */
export async function careHarness(conn: Connection, name: string, now: string): Promise<CareHarness> {
  await syncIndexes(conn);
  const repos = createRepositories(conn);
  const clock = manualClock(now);
  const notify = createNotifierHub();
  const notifier = recordingNotifier(clock);
  notify.register(notifier);
  const sleeps: number[] = [];
  const deps = createJobDeps({
    repos,
    notify,
    clock,
    i18n,
    log: createLogger('silent'),
    sleep: async (ms) => {
      sleeps.push(ms);
      clock.advance(ms);
    },
  });
  const kontakt = createCommandLayer({ repos, clock, i18n, notify }, undefined, {
    jobs: createJobRunner(deps),
  });
  const id = tenantId('web', name);
  const tenant = repos.forTenant(id);
  const as = (userId: string, locale: Locale = 'en', timeZone = 'Europe/Berlin'): Invocation => ({
    platform: 'web',
    tenantExternalId: name,
    tenantName: name,
    user: { platformUserId: userId, profile: async () => ({ displayName: userId, locale, timeZone }) },
    source: 'playground',
  });
  return {
    repos,
    tenant,
    tenantId: id,
    clock,
    notifier,
    notify,
    deps,
    sleeps,
    kontakt,
    as: (userId) => as(userId),
    async member(userId, patch = {}) {
      const s = await kontakt.session(as(userId, patch.locale ?? 'en', patch.timeZone ?? 'Europe/Berlin'));
      if (!Object.keys(patch).length) return s.me;
      return (await tenant.members.update(s.me.id, patch)) as Member;
    },
    async account(owner, accountName, last, opts = {}) {
      const created = await tenant.accounts.create({
        name: accountName,
        ownerId: owner.id,
        tier: opts.tier ?? 'B',
        ...(opts.cadenceDays ? { cadenceDays: opts.cadenceDays } : {}),
      });
      if (!created.ok) throw new Error(`account ${accountName}: ${created.error.code}`);
      await tenant.accounts.touch(created.value.id, new Date(last));
      return (await tenant.accounts.get(created.value.id)) as Account;
    },
    async settings(patch) {
      const current = await tenant.settings.get();
      return tenant.settings.replace({ ...current, ...patch });
    },
    dmsTo: (m) => notifier.sent.filter((d) => d.member.id === m.id),
  };
}
