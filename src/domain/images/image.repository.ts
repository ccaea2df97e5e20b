import type { TenantId } from '../../shared/tenant.js';

/** A published image: found by its unguessable token only. */
export interface StoredImage {
  tenantId: TenantId;
  png: Uint8Array;
  createdAt: Date;
}

/** Images served at a public address (charts in Teams cards). Not tenant-bound: the token is the key. */
export interface ImageRepository {
  /** Stores the PNG under a new random token and drops the tenant's images older than `keepUntil`. */
  put(tenantId: TenantId, png: Uint8Array, now: Date): Promise<string>;
  get(token: string): Promise<StoredImage | null>;
}

/** How long a published image stays reachable. */
export const IMAGE_TTL_DAYS = 30;
