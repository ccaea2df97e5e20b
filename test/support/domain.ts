import type { DomainContext } from '../../src/domain/context.js';
import type { Connection } from '../../src/domain/db/connection.js';
import { createRepositories, syncIndexes } from '../../src/domain/db/repositories.js';
import type { Member, Role } from '../../src/domain/members/member.js';
import type { Repositories, TenantRepos } from '../../src/domain/repositories.js';
import { defaultSettings, type TenantSettings } from '../../src/domain/tenants/tenant.js';
import { type Clock, manualClock } from '../../src/shared/clock.js';
import type { Locale } from '../../src/shared/i18n/translator.js';
import { type TenantId, tenantId } from '../../src/shared/tenant.js';

export interface TestTenant {
  id: TenantId;
  repos: TenantRepos;
  settings: TenantSettings;
  clock: Clock;
  admin: Member;
  /** Adds a member with a role (and optional manager). */
  member(name: string, role?: Role, managerId?: string): Promise<Member>;
  ctx(actor: Member): DomainContext;
}

let counter = 0;

/** A tenant with its first member (an admin) on a real database. */
export async function createTestTenant(
  conn: Connection,
  opts: { locale?: Locale; now?: string; key?: string } = {},
): Promise<TestTenant & { all: Repositories }> {
  await syncIndexes(conn);
  const all = createRepositories(conn);
  const id = tenantId('slack', opts.key ?? `T${++counter}${Math.random().toString(36).slice(2, 7)}`);
  const settings = defaultSettings({ locale: opts.locale ?? 'en' });
  await all.tenants.ensure(id, { name: `Tenant ${id}`, settings });
  const repos = all.forTenant(id);
  const clock = manualClock(opts.now ?? '2026-12-04T10:00:00Z');
  const member = async (name: string, role: Role = 'rep', managerId?: string) => {
    const m = await repos.members.ensure(
      { platform: 'slack', platformUserId: `U${name.replace(/\W/g, '').toUpperCase()}`, displayName: name },
      { timeZone: settings.timeZone, locale: settings.locale },
    );
    if (role === m.role && !managerId) return m;
    return (await repos.members.update(m.id, { role, ...(managerId ? { managerId } : {}) })) as Member;
  };
  const admin = await member('Ada Admin', 'admin');
  return {
    id,
    all,
    repos,
    settings,
    clock,
    admin,
    member,
    ctx: (actor) => ({ repos, settings, actor, clock }),
  };
}
