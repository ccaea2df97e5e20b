import type { Clock } from '../shared/clock.js';
import type { Member } from './members/member.js';
import type { TenantRepos } from './repositories.js';
import type { TenantSettings } from './tenants/tenant.js';

/** What every use case runs with: the tenant's repositories, its settings, who acts, and the clock. */
export interface DomainContext {
  readonly repos: TenantRepos;
  readonly settings: TenantSettings;
  readonly actor: Member;
  readonly clock: Clock;
}
