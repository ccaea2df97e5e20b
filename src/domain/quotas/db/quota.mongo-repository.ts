import type { Connection } from 'mongoose';
import type { TenantId } from '../../../shared/tenant.js';
import { TenantScope } from '../../db/tenant-scope.js';
import type { ActivityKind } from '../quota.js';
import type { QuotaRepository } from '../quota.repository.js';
import { activityQuotaModel, revenueQuotaModel } from './quota.model.js';

export function quotaRepository(conn: Connection, tenantId: TenantId): QuotaRepository {
  const revenue = new TenantScope(revenueQuotaModel(conn), tenantId);
  const activity = new TenantScope(activityQuotaModel(conn), tenantId);

  return {
    async setRevenue(entries) {
      if (!entries.length) return;
      // Upserts on the unique (tenant, member, month) key: setting a quota twice replaces it.
      await revenue.model.bulkWrite(
        entries.map((e) => ({
          updateOne: {
            filter: revenue.filter({ memberId: e.memberId, month: e.month }),
            update: { $set: { amount: e.amount, currency: e.currency, setById: e.setById } },
            upsert: true,
          },
        })),
      );
    },
    async revenueFor(memberIds, months) {
      if (!memberIds.length || !months.length) return [];
      const docs = await revenue.find(
        { memberId: { $in: memberIds }, month: { $in: months } },
        { sort: { memberId: 1, month: 1 } },
      );
      return docs.map((d) => ({
        memberId: d.memberId,
        month: d.month,
        amount: d.amount,
        currency: d.currency,
        setById: d.setById,
      }));
    },
    async setActivity(q) {
      const key = activity.filter({ memberId: q.memberId, kind: q.kind });
      if (q.perWeek === 0) {
        await activity.model.deleteOne(key);
        return;
      }
      await activity.model.updateOne(
        key,
        { $set: { perWeek: q.perWeek, setById: q.setById } },
        { upsert: true },
      );
    },
    async activityFor(memberIds) {
      if (!memberIds.length) return [];
      const docs = await activity.find({ memberId: { $in: memberIds } }, { sort: { memberId: 1, kind: 1 } });
      return docs.map((d) => ({
        memberId: d.memberId,
        kind: d.kind as ActivityKind,
        perWeek: d.perWeek,
        setById: d.setById,
      }));
    },
  };
}
