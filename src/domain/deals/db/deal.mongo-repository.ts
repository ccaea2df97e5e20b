import type { Connection } from 'mongoose';
import { appError } from '../../../shared/errors.js';
import { err, ok } from '../../../shared/result.js';
import type { TenantId } from '../../../shared/tenant.js';
import { lookupByName, searchByName } from '../../db/name-lookup.js';
import { isId, TenantScope } from '../../db/tenant-scope.js';
import type { ForecastCategory } from '../../tenants/tenant.js';
import type { Deal, DealHistoryEntry, DealHistoryKind, DealState, DealStatus } from '../deal.js';
import type { DealListFilter, DealRepository, DealSum } from '../deal.repository.js';
import { type DealDoc, type DealHistoryDoc, dealModel } from './deal.model.js';

// Every field a save writes; the Record type makes the compiler insist on each key of DealState.
const STATE_KEYS = Object.keys({
  accountId: 1,
  title: 1,
  ownerId: 1,
  amount: 1,
  currency: 1,
  stageId: 1,
  probability: 1,
  probabilityOverridden: 1,
  forecastCategory: 1,
  expectedCloseDate: 1,
  nextStep: 1,
  status: 1,
  closedAt: 1,
  lostReason: 1,
  stageEnteredAt: 1,
  weightedAmount: 1,
  closeMonth: 1,
  closeQuarter: 1,
  titleKey: 1,
} satisfies Record<keyof DealState, 1>) as (keyof DealState)[];

const toEntry = (h: DealHistoryDoc): DealHistoryEntry => ({
  at: h.at,
  byId: h.byId,
  kind: h.kind as DealHistoryKind,
  ...(h.from !== undefined && h.from !== null ? { from: h.from } : {}),
  ...(h.to !== undefined && h.to !== null ? { to: h.to } : {}),
  ...(h.reason ? { reason: h.reason } : {}),
});

export function toDeal(d: DealDoc): Deal {
  return {
    id: String(d._id),
    accountId: d.accountId,
    title: d.title,
    titleKey: d.titleKey,
    ownerId: d.ownerId,
    amount: d.amount,
    currency: d.currency,
    stageId: d.stageId,
    probability: d.probability,
    probabilityOverridden: Boolean(d.probabilityOverridden),
    forecastCategory: d.forecastCategory as ForecastCategory,
    ...(d.expectedCloseDate ? { expectedCloseDate: d.expectedCloseDate } : {}),
    ...(d.nextStep ? { nextStep: d.nextStep } : {}),
    status: d.status as DealStatus,
    ...(d.closedAt ? { closedAt: d.closedAt } : {}),
    ...(d.lostReason ? { lostReason: d.lostReason } : {}),
    stageEnteredAt: d.stageEnteredAt,
    weightedAmount: d.weightedAmount,
    ...(d.closeMonth ? { closeMonth: d.closeMonth } : {}),
    ...(d.closeQuarter ? { closeQuarter: d.closeQuarter } : {}),
    history: (d.history ?? []).map(toEntry),
    version: d.version ?? 0,
    createdAt: d.createdAt,
  };
}

function toFilter(f: DealListFilter = {}): Record<string, unknown> {
  const q: Record<string, unknown> = {};
  if (f.status) q.status = Array.isArray(f.status) ? { $in: f.status } : f.status;
  if (f.ownerIds) q.ownerId = { $in: f.ownerIds };
  if (f.stageIds) q.stageId = { $in: f.stageIds };
  if (f.accountId) q.accountId = f.accountId;
  if (f.closeMonthFrom || f.closeMonthTo) {
    q.closeMonth = {
      ...(f.closeMonthFrom ? { $gte: f.closeMonthFrom } : {}),
      ...(f.closeMonthTo ? { $lte: f.closeMonthTo } : {}),
    };
  }
  if (f.closeQuarter) q.closeQuarter = f.closeQuarter;
  return q;
}

interface Grouped {
  _id: { key: string; currency: string };
  v: number;
}

export function dealRepository(conn: Connection, tenantId: TenantId): DealRepository {
  const scope = new TenantScope<DealDoc>(dealModel(conn), tenantId);
  const notFound = (id: string) => err(appError('deal.not_found', { name: id }, { field: 'deal' }));

  // FerretDB computes only the first accumulator of a $group, so each measure gets its own pipeline.
  async function sumBy(field: 'stageId' | 'ownerId', filter?: DealListFilter): Promise<DealSum[]> {
    const group = (acc: unknown) =>
      scope.aggregate<Grouped>(toFilter(filter), [
        { $group: { _id: { key: `$${field}`, currency: '$currency' }, v: acc } },
      ]);
    const [counts, amounts, weighted] = await Promise.all([
      group({ $sum: 1 }),
      group({ $sum: '$amount' }),
      group({ $sum: '$weightedAmount' }),
    ]);
    const id = (g: Grouped) => `${g._id.key}\u0000${g._id.currency}`;
    const amountOf = new Map(amounts.map((g) => [id(g), g.v]));
    const weightedOf = new Map(weighted.map((g) => [id(g), g.v]));
    return counts
      .map((g) => ({
        key: g._id.key,
        currency: g._id.currency,
        count: g.v,
        amount: amountOf.get(id(g)) ?? 0,
        weightedAmount: weightedOf.get(id(g)) ?? 0,
      }))
      .sort((a, b) => a.key.localeCompare(b.key) || a.currency.localeCompare(b.currency));
  }

  return {
    async create(state, history) {
      const doc = await scope.insert({ ...state, history, version: 0 });
      return toDeal(doc);
    },
    get: async (id) => {
      const d = await scope.findById(id);
      return d ? toDeal(d) : null;
    },
    getMany: async (ids) => (await scope.findByIds(ids)).map(toDeal),
    async lookup(query, within = {}) {
      const found = await lookupByName(
        scope,
        query,
        (d) => ({ id: String(d._id), label: d.title, detail: d.accountId }),
        { keyField: 'titleKey', nameField: 'title', extra: { ...within } },
      );
      return found.kind === 'found' ? { kind: 'found', item: toDeal(found.item) } : found;
    },
    search: async (text, limit, within = {}) =>
      (await searchByName(scope, text, limit, { ...within }, 'titleKey')).map(toDeal),
    list: async (filter, page = {}) =>
      (
        await scope.find(toFilter(filter), { sort: { expectedCloseDate: 1, titleKey: 1, _id: 1 }, ...page })
      ).map(toDeal),
    count: (filter) => scope.count(toFilter(filter)),
    async save(id, expectedVersion, state, history) {
      if (!isId(id)) return notFound(id);
      const set: Record<string, unknown> = {};
      const unset: Record<string, ''> = {};
      for (const key of STATE_KEYS) {
        if (state[key] === undefined) unset[key] = '';
        else set[key] = state[key];
      }
      const updated = await scope.updateById(
        id,
        {
          $set: set,
          ...(Object.keys(unset).length ? { $unset: unset } : {}),
          $inc: { version: 1 },
          ...(history.length ? { $push: { history: { $each: history } } } : {}),
        },
        { version: expectedVersion },
      );
      if (updated) return ok(toDeal(updated));
      const current = await scope.findById(id);
      if (!current) return notFound(id);
      return err(appError('deal.conflict', { title: current.title }));
    },
    sumByStage: (filter) => sumBy('stageId', filter),
    sumByOwner: (filter) => sumBy('ownerId', filter),
    delete: (id) => scope.deleteById(id),
  };
}
