export type Platform = 'slack' | 'teams' | 'web';

/** `slack:<team or enterprise id>`, `teams:<tenant id>` or `web:<name>`: one namespace for all tenants. */
export type TenantId = string & { readonly __brand: 'TenantId' };

export function tenantId(platform: Platform, externalId: string): TenantId {
  if (!externalId) throw new Error('tenant id needs an external id');
  return `${platform}:${externalId}` as TenantId;
}

export function asTenantId(value: string): TenantId {
  if (!/^(slack|teams|web):.+$/.test(value)) throw new Error(`not a tenant id: ${value}`);
  return value as TenantId;
}
