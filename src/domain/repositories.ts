import type { TenantId } from '../shared/tenant.js';
import type { AccountRepository } from './accounts/account.repository.js';
import type { MemberRepository } from './members/member.repository.js';
import type { SettingsRepository, TenantRegistry } from './tenants/tenant.repository.js';

/** Every repository of one tenant. None of their methods takes a tenant id. */
export interface TenantRepos {
  readonly tenantId: TenantId;
  readonly settings: SettingsRepository;
  readonly members: MemberRepository;
  readonly accounts: AccountRepository;
}

/** The door to all data: tenants are listed here, everything else is reached `forTenant(id)`. */
export interface Repositories {
  readonly tenants: TenantRegistry;
  forTenant(id: TenantId): TenantRepos;
}
