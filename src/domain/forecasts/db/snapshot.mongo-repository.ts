import type { Connection } from 'mongoose';
import type { TenantId } from '../../../shared/tenant.js';
import { isDuplicateKey, TenantScope } from '../../db/tenant-scope.js';
import {
  type ForecastSnapshot,
  SNAPSHOT_FIGURES,
  type SnapshotFigures,
  type SnapshotOwner,
} from '../snapshot.js';
import type { SnapshotRepository } from '../snapshot.repository.js';
import { type SnapshotDoc, snapshotModel } from './snapshot.model.js';

const toSnapshot = (d: SnapshotDoc): ForecastSnapshot => ({
  week: d.week,
  period: d.period,
  owner: d.owner as SnapshotOwner,
  takenAt: d.takenAt,
  currency: d.currency,
  figures: Object.fromEntries(
    SNAPSHOT_FIGURES.map((k) => [k, Number(d.figures?.[k] ?? 0)]),
  ) as SnapshotFigures,
});

export function snapshotRepository(conn: Connection, tenantId: TenantId): SnapshotRepository {
  const scope = new TenantScope<SnapshotDoc>(snapshotModel(conn), tenantId);

  return {
    async saveOnce(s) {
      const key = scope.filter({ week: s.week, period: s.period, owner: s.owner });
      try {
        // $setOnInsert on the unique key: an existing snapshot of the week is left as it was.
        const res = await scope.model.updateOne(
          key,
          { $setOnInsert: { takenAt: s.takenAt, currency: s.currency, figures: s.figures } },
          { upsert: true },
        );
        return res.upsertedCount === 1;
      } catch (e) {
        // Two runs at the same moment: the other one inserted it.
        if (isDuplicateKey(e)) return false;
        throw e;
      }
    },
    async latestAtOrBefore(period, owner, at) {
      const d = await scope.findOne({ period, owner, takenAt: { $lte: at } }, { takenAt: -1, _id: -1 });
      return d ? toSnapshot(d) : null;
    },
    listWeek: async (week) => (await scope.find({ week }, { sort: { period: 1, owner: 1 } })).map(toSnapshot),
  };
}
