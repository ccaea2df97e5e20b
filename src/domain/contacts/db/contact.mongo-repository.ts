import type { Connection } from 'mongoose';
import { appError } from '../../../shared/errors.js';
import { err, ok } from '../../../shared/result.js';
import type { TenantId } from '../../../shared/tenant.js';
import { normalizeName } from '../../../shared/text.js';
import { lookupByName, searchByName } from '../../db/name-lookup.js';
import { isDuplicateKey, isId, TenantScope } from '../../db/tenant-scope.js';
import { type Contact, looksLikeEmail } from '../contact.js';
import type { ContactChanges, ContactRepository } from '../contact.repository.js';
import { type ContactDoc, contactModel, emailKeyOf } from './contact.model.js';

export function toContact(d: ContactDoc): Contact {
  return {
    id: String(d._id),
    accountId: d.accountId,
    name: d.name,
    ...(d.email ? { email: d.email } : {}),
    ...(d.phone ? { phone: d.phone } : {}),
    ...(d.role ? { role: d.role } : {}),
    createdAt: d.createdAt,
  };
}

const inAccount = (accountId?: string) => (accountId ? { accountId } : {});

export function contactRepository(conn: Connection, tenantId: TenantId): ContactRepository {
  const scope = new TenantScope<ContactDoc>(contactModel(conn), tenantId);
  const duplicate = (email: string) =>
    err(appError('contact.duplicate_email', { email }, { field: 'email' }));
  const notFound = (id: string) => err(appError('contact.not_found', { name: id }, { field: 'contact' }));

  return {
    async create(record) {
      const doc: Record<string, unknown> = { ...record, nameKey: normalizeName(record.name) };
      if (record.email) doc.emailKey = emailKeyOf(tenantId, record.email);
      else delete doc.email;
      try {
        return ok(toContact(await scope.insert(doc)));
      } catch (e) {
        if (isDuplicateKey(e) && record.email) return duplicate(record.email);
        throw e;
      }
    },
    get: async (id) => {
      const d = await scope.findById(id);
      return d ? toContact(d) : null;
    },
    getMany: async (ids) => (await scope.findByIds(ids)).map(toContact),
    byEmail: async (email) => {
      const d = await scope.findOne({ emailKey: emailKeyOf(tenantId, email) });
      return d ? toContact(d) : null;
    },
    async lookup(query, opts = {}) {
      if (looksLikeEmail(query)) {
        const d = await scope.findOne({
          ...inAccount(opts.accountId),
          emailKey: emailKeyOf(tenantId, query),
        });
        if (d) return { kind: 'found', item: toContact(d) };
      }
      const found = await lookupByName(
        scope,
        query,
        (d) => ({ id: String(d._id), label: d.name, ...(d.email ? { detail: d.email } : {}) }),
        { extra: inAccount(opts.accountId) },
      );
      return found.kind === 'found' ? { kind: 'found', item: toContact(found.item) } : found;
    },
    search: async (text, limit, opts = {}) =>
      (await searchByName(scope, text, limit, inAccount(opts.accountId))).map(toContact),
    listByAccount: async (accountId) =>
      (await scope.find({ accountId }, { sort: { nameKey: 1 } })).map(toContact),
    count: (filter = {}) => scope.count(inAccount(filter.accountId)),
    async update(id, changes: ContactChanges) {
      if (!isId(id)) return notFound(id);
      const set: Record<string, unknown> = {};
      const unset: Record<string, ''> = {};
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined) continue;
        if (v === null) unset[k] = '';
        else set[k] = v;
      }
      if (changes.name) set.nameKey = normalizeName(changes.name);
      if (changes.email === null) unset.emailKey = '';
      if (changes.email) {
        set.emailKey = emailKeyOf(tenantId, changes.email);
        // FerretDB reports a unique clash on update as an internal error, so look first.
        const clash = await scope.findOne({ emailKey: set.emailKey, _id: { $ne: id } });
        if (clash) return duplicate(changes.email);
      }
      try {
        const d = await scope.updateById(id, {
          ...(Object.keys(set).length ? { $set: set } : {}),
          ...(Object.keys(unset).length ? { $unset: unset } : {}),
        });
        return d ? ok(toContact(d)) : notFound(id);
      } catch (e) {
        if (isDuplicateKey(e) && changes.email) return duplicate(changes.email);
        throw e;
      }
    },
    delete: (id) => scope.deleteById(id),
  };
}
