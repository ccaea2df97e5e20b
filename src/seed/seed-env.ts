import type { DomainContext } from '../domain/context.js';
import type { TenantRepos } from '../domain/repositories.js';
import type { TenantSettings } from '../domain/tenants/tenant.js';
import { type ManualClock, manualClock } from '../shared/clock.js';
import { CodedError } from '../shared/errors.js';
import type { Result } from '../shared/result.js';
import type { DemoMembers, DemoPersonaId } from './personas.js';

/** What the writers share: the tenant's repositories and settings, the demo members and "now". */
export interface SeedEnv {
  readonly repos: TenantRepos;
  readonly settings: TenantSettings;
  readonly members: DemoMembers;
  readonly now: Date;
  /** Calls run concurrently, so each gets its own clock (at `now` unless told otherwise). */
  ctx(member: DemoPersonaId, at?: Date): DomainContext & { clock: ManualClock };
  log(message: string): void;
}

export function seedEnv(
  repos: TenantRepos,
  settings: TenantSettings,
  members: DemoMembers,
  now: Date,
  log: (message: string) => void,
): SeedEnv {
  return {
    repos,
    settings,
    members,
    now,
    ctx: (member, at = now) => ({ repos, settings, actor: members[member], clock: manualClock(at) }),
    log,
  };
}

/** The value of a use case's result; a failure means the demo plan is wrong, which is a bug. */
export function must<T>(res: Result<T>, what: string): T {
  if (res.ok) return res.value;
  throw new CodedError('seed.failed', `demo data: ${what} failed with ${res.error.code}`);
}
