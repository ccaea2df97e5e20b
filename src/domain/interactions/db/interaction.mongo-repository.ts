import type { Connection } from 'mongoose';
import type { TenantId } from '../../../shared/tenant.js';
import { isDuplicateKey, TenantScope } from '../../db/tenant-scope.js';
import type { Direction, Interaction, InteractionSource, InteractionType } from '../interaction.js';
import type {
  InteractionFilter,
  InteractionRepository,
  LoggerContactCount,
} from '../interaction.repository.js';
import { type InteractionDoc, idempotencyScopeOf, interactionModel } from './interaction.model.js';

export function toInteraction(d: InteractionDoc): Interaction {
  return {
    id: String(d._id),
    accountId: d.accountId,
    contactIds: [...(d.contactIds ?? [])],
    ...(d.dealId ? { dealId: d.dealId } : {}),
    type: d.type as InteractionType,
    direction: d.direction as Direction,
    occurredAt: d.occurredAt,
    summary: d.summary,
    loggedById: d.loggedById,
    source: d.source as InteractionSource,
    ...(d.permalink ? { permalink: d.permalink } : {}),
    ...(d.idempotencyKey ? { idempotencyKey: d.idempotencyKey } : {}),
    month: d.month,
    createdAt: d.createdAt,
  };
}

function toFilter(f: InteractionFilter = {}): Record<string, unknown> {
  const q: Record<string, unknown> = {};
  if (f.accountId) q.accountId = f.accountId;
  if (f.loggedByIds) q.loggedById = { $in: f.loggedByIds };
  if (f.from || f.to) q.occurredAt = { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lt: f.to } : {}) };
  return q;
}

const NEWEST = { occurredAt: -1, _id: -1 } as const;
const MAX_PAGE = 200;
const pageOf = (p: { limit?: number; skip?: number } = {}) => ({
  limit: Math.min(Math.max(p.limit ?? 50, 1), MAX_PAGE),
  skip: Math.max(p.skip ?? 0, 0),
});

export function interactionRepository(conn: Connection, tenantId: TenantId): InteractionRepository {
  const scope = new TenantScope<InteractionDoc>(interactionModel(conn), tenantId);
  const byKey = async (key: string) => {
    const d = await scope.findOne({ idempotencyScope: idempotencyScopeOf(tenantId, key) });
    return d ? toInteraction(d) : null;
  };
  // One accumulator per $group: FerretDB computes only the first.
  const countBy = <K>(filter: InteractionFilter | undefined, id: unknown) =>
    scope.aggregate<{ _id: K; count: number }>(toFilter(filter), [
      { $group: { _id: id, count: { $sum: 1 } } },
    ]);

  return {
    async create(record) {
      const key = record.idempotencyKey;
      if (key) {
        const existing = await byKey(key);
        if (existing) return { interaction: existing, created: false };
      }
      try {
        const doc = await scope.insert({
          ...record,
          ...(key ? { idempotencyScope: idempotencyScopeOf(tenantId, key) } : {}),
        });
        return { interaction: toInteraction(doc), created: true };
      } catch (e) {
        // Two deliveries of the same event at once: the other one won the unique key.
        const existing = key && isDuplicateKey(e) ? await byKey(key) : null;
        if (existing) return { interaction: existing, created: false };
        throw e;
      }
    },
    async createMany(records) {
      // One bulk insert: the unique key rejects what was imported before, with no lookup per record.
      const { inserted } = await scope.insertMany(
        records.map((record) => ({
          ...record,
          ...(record.idempotencyKey
            ? { idempotencyScope: idempotencyScopeOf(tenantId, record.idempotencyKey) }
            : {}),
        })),
      );
      return inserted.map(toInteraction);
    },
    get: async (id) => {
      const d = await scope.findById(id);
      return d ? toInteraction(d) : null;
    },
    byIdempotencyKey: byKey,
    listForAccount: async (accountId, page) =>
      (await scope.find({ accountId }, { sort: NEWEST, ...pageOf(page) })).map(toInteraction),
    listByLogger: async (loggedByIds, range = {}, page) =>
      (await scope.find(toFilter({ ...range, loggedByIds }), { sort: NEWEST, ...pageOf(page) })).map(
        toInteraction,
      ),
    count: (filter) => scope.count(toFilter(filter)),
    async countByLoggerAndContact(filter) {
      // Not `$unwind: '$contactIds'` then `$group` by logger and contact: FerretDB 1.24's $unwind keeps only
      // `_id` and the unwound field, so the logger would be lost. Grouping by (logger, contact list) and
      // spreading each list here gives the same counts on both engines, still with one accumulator.
      const rows = await countBy<{ loggedById: string; contactIds?: string[] }>(filter, {
        loggedById: '$loggedById',
        contactIds: '$contactIds',
      });
      const counts = new Map<string, LoggerContactCount>();
      for (const { _id, count } of rows) {
        for (const contactId of new Set(_id.contactIds ?? [])) {
          const key = `${_id.loggedById} ${contactId}`;
          const seen = counts.get(key);
          if (seen) seen.count += count;
          else counts.set(key, { loggedById: _id.loggedById, contactId, count });
        }
      }
      return [...counts.values()].sort(
        (a, b) =>
          b.count - a.count ||
          a.loggedById.localeCompare(b.loggedById) ||
          a.contactId.localeCompare(b.contactId),
      );
    },
    async countByType(filter) {
      const rows = await countBy<InteractionType>(filter, '$type');
      return rows
        .map((r) => ({ type: r._id, count: r.count }))
        .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
    },
    async countByMonth(filter) {
      const rows = await countBy<string>(filter, '$month');
      return rows
        .map((r) => ({ month: r._id, count: r.count }))
        .sort((a, b) => a.month.localeCompare(b.month));
    },
    delete: (id) => scope.deleteById(id),
  };
}
