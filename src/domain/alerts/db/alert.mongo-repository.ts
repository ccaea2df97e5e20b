import type { Connection } from 'mongoose';
import type { Platform, TenantId } from '../../../shared/tenant.js';
import { isDuplicateKey, TenantScope } from '../../db/tenant-scope.js';
import type { AlertKind, AlertSubscription } from '../alert.js';
import type { AlertRepository } from '../alert.repository.js';
import { type AlertDoc, alertModel } from './alert.model.js';

const toSubscription = (d: AlertDoc): AlertSubscription => ({
  id: String(d._id),
  channel: { platform: d.platform as Platform, ref: d.ref, ...(d.label ? { label: d.label } : {}) },
  kinds: [...(d.kinds ?? [])] as AlertKind[],
  createdById: d.createdById,
  createdAt: d.createdAt,
});

export function alertRepository(conn: Connection, tenantId: TenantId): AlertRepository {
  const scope = new TenantScope<AlertDoc>(alertModel(conn), tenantId);

  return {
    async subscribe(channel, kinds, byId) {
      const key = scope.filter({ platform: channel.platform, ref: channel.ref });
      const update = {
        $set: { kinds, ...(channel.label ? { label: channel.label } : {}) },
        $setOnInsert: { createdById: byId },
      };
      const upsert = () =>
        scope.model.findOneAndUpdate(key, update, { upsert: true, returnDocument: 'after' }).lean();
      let doc: AlertDoc | null;
      try {
        doc = (await upsert()) as AlertDoc | null;
      } catch (e) {
        // Subscribed twice at once: the other upsert created it; this one now updates it.
        if (!isDuplicateKey(e)) throw e;
        doc = (await upsert()) as AlertDoc | null;
      }
      if (!doc) throw new Error('alert subscription upsert returned nothing');
      return toSubscription(doc);
    },
    get: async (id) => {
      const d = await scope.findById(id);
      return d ? toSubscription(d) : null;
    },
    list: async () => (await scope.find({}, { sort: { createdAt: 1, _id: 1 } })).map(toSubscription),
    remove: (id) => scope.deleteById(id),
  };
}
