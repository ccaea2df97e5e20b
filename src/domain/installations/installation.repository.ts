import type { TenantId } from '../../shared/tenant.js';
import type { Installation } from './installation.js';

/**
 * Installations of the chat apps, one per tenant. Like the tenant registry it is not bound to a tenant:
 * requests name the tenant they come from before anything else is known.
 */
export interface InstallationRepository {
  /** Creates or replaces the tenant's installation (a re-install grants new tokens). */
  save(tenantId: TenantId, payload: string): Promise<Installation>;
  get(tenantId: TenantId): Promise<Installation | null>;
  /** Forgets the installation (uninstalled, tokens revoked); true when there was one. */
  delete(tenantId: TenantId): Promise<boolean>;
}
