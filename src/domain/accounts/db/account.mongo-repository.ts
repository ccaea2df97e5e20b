import type { Connection } from 'mongoose';
import { appError } from '../../../shared/errors.js';
import { err, ok } from '../../../shared/result.js';
import type { TenantId } from '../../../shared/tenant.js';
import { normalizeName } from '../../../shared/text.js';
import { lookupByName, searchByName } from '../../db/name-lookup.js';
import { isDuplicateKey, isId, TenantScope } from '../../db/tenant-scope.js';
import type { Tier } from '../../tenants/tenant.js';
import type { Account } from '../account.js';
import type { AccountChanges, AccountListFilter, AccountRepository } from '../account.repository.js';
import { type AccountDoc, accountModel } from './account.model.js';

export function toAccount(d: AccountDoc): Account {
  return {
    id: String(d._id),
    name: d.name,
    ownerId: d.ownerId,
    tier: d.tier as Tier,
    ...(d.cadenceDays ? { cadenceDays: d.cadenceDays } : {}),
    ...(d.industry ? { industry: d.industry } : {}),
    ...(d.website ? { website: d.website } : {}),
    ...(d.notes ? { notes: d.notes } : {}),
    ...(d.lastInteractionAt ? { lastInteractionAt: d.lastInteractionAt } : {}),
    ...(d.snoozedUntil ? { snoozedUntil: d.snoozedUntil } : {}),
    dormant: Boolean(d.dormant),
    createdAt: d.createdAt,
  };
}

function toFilter(f: AccountListFilter = {}): Record<string, unknown> {
  const q: Record<string, unknown> = {};
  if (f.ownerId) q.ownerId = f.ownerId;
  if (f.ownerIds) q.ownerId = { $in: f.ownerIds };
  if (!f.includeDormant) q.dormant = { $ne: true };
  if (f.lastContactBefore) {
    q.$or = [{ lastInteractionAt: { $lt: f.lastContactBefore } }, { lastInteractionAt: { $exists: false } }];
  }
  return q;
}

export function accountRepository(conn: Connection, tenantId: TenantId): AccountRepository {
  const scope = new TenantScope<AccountDoc>(accountModel(conn), tenantId);
  const duplicate = (name: string) => err(appError('account.duplicate', { name }, { field: 'name' }));

  return {
    async create(record) {
      try {
        const doc = await scope.insert({ ...record, nameKey: normalizeName(record.name), dormant: false });
        return ok(toAccount(doc));
      } catch (e) {
        if (isDuplicateKey(e)) return duplicate(record.name);
        throw e;
      }
    },
    get: async (id) => {
      const d = await scope.findById(id);
      return d ? toAccount(d) : null;
    },
    getMany: async (ids) => (await scope.findByIds(ids)).map(toAccount),
    async lookup(query) {
      const found = await lookupByName(scope, query, (d) => ({
        id: String(d._id),
        label: d.name,
        detail: d.tier,
      }));
      return found.kind === 'found' ? { kind: 'found', item: toAccount(found.item) } : found;
    },
    search: async (text, limit) => (await searchByName(scope, text, limit)).map(toAccount),
    list: async (filter, page = {}) =>
      (await scope.find(toFilter(filter), { sort: { nameKey: 1 }, ...page })).map(toAccount),
    count: (filter) => scope.count(toFilter(filter)),
    async update(id, changes: AccountChanges) {
      if (!isId(id)) return err(appError('account.not_found', { name: id }));
      const set: Record<string, unknown> = {};
      const unset: Record<string, ''> = {};
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined) continue;
        if (v === null) unset[k] = '';
        else set[k] = v;
      }
      if (changes.name) {
        set.nameKey = normalizeName(changes.name);
        // FerretDB reports a unique clash on update as an internal error, so look first.
        const clash = await scope.findOne({ nameKey: set.nameKey, _id: { $ne: id } });
        if (clash) return duplicate(changes.name);
      }
      try {
        const d = await scope.updateById(id, {
          ...(Object.keys(set).length ? { $set: set } : {}),
          ...(Object.keys(unset).length ? { $unset: unset } : {}),
        });
        return d ? ok(toAccount(d)) : err(appError('account.not_found', { name: id }));
      } catch (e) {
        if (isDuplicateKey(e) && changes.name) return duplicate(changes.name);
        throw e;
      }
    },
    async touch(id, at) {
      await scope.updateById(id, { $max: { lastInteractionAt: at } });
    },
    delete: (id) => scope.deleteById(id),
  };
}
