import type { Connection } from 'mongoose';
import { asTenantId, type TenantId } from '../../../shared/tenant.js';
import type { Installation } from '../installation.js';
import type { InstallationRepository } from '../installation.repository.js';
import { type InstallationDoc, installationModel } from './installation.model.js';

const toInstallation = (d: InstallationDoc): Installation => ({
  tenantId: asTenantId(d._id),
  payload: d.payload,
  updatedAt: d.updatedAt,
});

export function installationRepository(conn: Connection): InstallationRepository {
  const model = installationModel(conn);
  return {
    async save(tenantId: TenantId, payload: string) {
      const doc = await model
        .findOneAndUpdate({ _id: tenantId }, { $set: { payload } }, { upsert: true, returnDocument: 'after' })
        .lean();
      if (!doc) throw new Error('installation upsert returned nothing');
      return toInstallation(doc as InstallationDoc);
    },
    async get(tenantId) {
      const doc = await model.findById(tenantId).lean();
      return doc ? toInstallation(doc as InstallationDoc) : null;
    },
    async delete(tenantId) {
      const res = await model.deleteOne({ _id: tenantId });
      return res.deletedCount > 0;
    },
  };
}
