import type { TenantId } from '../../shared/tenant.js';
import type { Tenant, TenantSettings } from './tenant.js';

/** The list of tenants: the one repository not bound to a tenant (installs and jobs use it). */
export interface TenantRegistry {
  /** Creates the tenant on first sight; an existing tenant keeps its settings. */
  ensure(id: TenantId, init: { name: string; settings: TenantSettings }): Promise<Tenant>;
  get(id: TenantId): Promise<Tenant | null>;
  listIds(): Promise<TenantId[]>;
}

/** The settings of the bound tenant. */
export interface SettingsRepository {
  get(): Promise<TenantSettings>;
  replace(settings: TenantSettings): Promise<TenantSettings>;
}
