import type { TenantId } from '../../shared/tenant.js';

/**
 * The credentials a chat platform granted when a workspace (or a whole organisation) installed Kontakt.
 * `payload` is the platform's own installation object as JSON: it may hold keys that MongoDB-compatible
 * servers reject, and only the adapter that wrote it reads it back.
 */
export interface Installation {
  /** `slack:<enterprise id>` for org-wide installs, `slack:<team id>` otherwise. */
  tenantId: TenantId;
  payload: string;
  updatedAt: Date;
}
