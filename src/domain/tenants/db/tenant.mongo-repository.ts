import type { Connection } from 'mongoose';
import { asTenantId, type TenantId } from '../../../shared/tenant.js';
import { defaultSettings, type Tenant, type TenantSettings } from '../tenant.js';
import type { SettingsRepository, TenantRegistry } from '../tenant.repository.js';
import { settingsSchema } from '../tenant.schema.js';
import { type TenantDoc, tenantModel } from './tenant.model.js';

function toSettings(raw: Record<string, unknown>): TenantSettings {
  // Settings written by older versions gain the fields added since.
  const parsed = settingsSchema.safeParse({
    ...defaultSettings({ locale: raw.locale === 'de' ? 'de' : 'en' }),
    ...raw,
  });
  if (!parsed.success) throw new Error(`stored tenant settings are invalid: ${parsed.error.message}`);
  return parsed.data as TenantSettings;
}

const toTenant = (d: TenantDoc): Tenant => ({
  id: asTenantId(d._id),
  name: d.name,
  settings: toSettings(d.settings),
  createdAt: d.createdAt,
});

export function tenantRegistry(conn: Connection): TenantRegistry {
  const model = tenantModel(conn);
  return {
    async ensure(id, init) {
      const doc = await model
        .findOneAndUpdate(
          { _id: id },
          { $setOnInsert: { name: init.name, settings: init.settings } },
          { upsert: true, returnDocument: 'after' },
        )
        .lean();
      if (!doc) throw new Error('tenant upsert returned nothing');
      return toTenant(doc as TenantDoc);
    },
    async get(id) {
      const doc = await model.findById(id).lean();
      return doc ? toTenant(doc as TenantDoc) : null;
    },
    async listIds() {
      const docs = await model.find({}, { _id: 1 }).sort({ _id: 1 }).lean();
      return docs.map((d) => asTenantId(String(d._id)));
    },
  };
}

export function settingsRepository(conn: Connection, tenantId: TenantId): SettingsRepository {
  const model = tenantModel(conn);
  return {
    async get() {
      const doc = await model.findById(tenantId).lean();
      if (!doc) throw new Error(`tenant ${tenantId} does not exist`);
      return toSettings((doc as TenantDoc).settings);
    },
    async replace(settings) {
      const valid = settingsSchema.parse(settings) as TenantSettings;
      const doc = await model
        .findOneAndUpdate({ _id: tenantId }, { $set: { settings: valid } }, { returnDocument: 'after' })
        .lean();
      if (!doc) throw new Error(`tenant ${tenantId} does not exist`);
      return toSettings((doc as TenantDoc).settings);
    },
  };
}
