import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import type { TenantId } from '../../../shared/tenant.js';
import { isDuplicateKey, isId, TenantScope } from '../../db/tenant-scope.js';
import type { OutboxEntry, OutboxKind, OutboxStatus } from '../outbox.js';
import type { OutboxListFilter, OutboxRepository, OutboxSettlement } from '../outbox.repository.js';
import { type OutboxDoc, outboxModel } from './outbox.model.js';
import { outboxClaimModel } from './outbox-claim.model.js';

export function toOutboxEntry(d: OutboxDoc): OutboxEntry {
  return {
    id: String(d._id),
    memberId: d.memberId,
    kind: d.kind as OutboxKind,
    subject: d.subject,
    day: d.day,
    status: d.status as OutboxStatus,
    attempt: d.attempt,
    failures: d.failures ?? 0,
    payload: d.payload,
    ...(d.ref ? { ref: d.ref } : {}),
    notBefore: d.notBefore,
    ...(d.claimedAt ? { claimedAt: d.claimedAt } : {}),
    ...(d.claimToken ? { claimToken: d.claimToken } : {}),
    ...(d.sentAt ? { sentAt: d.sentAt } : {}),
    ...(d.lastError ? { lastError: d.lastError } : {}),
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
}

function toFilter(f: OutboxListFilter = {}): Record<string, unknown> {
  const q: Record<string, unknown> = {};
  if (f.status) q.status = Array.isArray(f.status) ? { $in: f.status } : f.status;
  if (f.memberId) q.memberId = f.memberId;
  if (f.kind) q.kind = f.kind;
  return q;
}

const settlementSet = (o: OutboxSettlement): Record<string, unknown> => {
  switch (o.status) {
    case 'sent':
      return { status: 'sent', sentAt: o.at };
    case 'retry':
      return {
        status: 'retry',
        notBefore: o.notBefore,
        failures: o.failures,
        ...(o.error ? { lastError: o.error } : {}),
      };
    case 'failed':
      return { status: 'failed', lastError: o.error };
    case 'dropped':
      return { status: 'dropped', lastError: o.reason };
  }
};

export function outboxRepository(conn: Connection, tenantId: TenantId): OutboxRepository {
  const model = outboxModel(conn);
  const tickets = outboxClaimModel(conn);
  const scope = new TenantScope<OutboxDoc>(model, tenantId);
  const one = (d: OutboxDoc | null) => (d ? toOutboxEntry(d) : null);

  // One single-document conditional update; true when it matched (and so changed) the row.
  const guarded = async (filter: Record<string, unknown>, update: Record<string, unknown>) => {
    const res = await model.updateOne(scope.filter(filter), update);
    return res.modifiedCount === 1;
  };
  const ourClaim = (c: OutboxEntry) => ({
    _id: c.id,
    status: 'claimed',
    attempt: c.attempt,
    ...(c.claimToken ? { claimToken: c.claimToken } : {}),
  });

  return {
    async claimNew(entry, now) {
      const immediate = entry.notBefore.getTime() <= now.getTime();
      const doc: Record<string, unknown> = {
        ...entry,
        status: immediate ? 'claimed' : 'pending',
        attempt: immediate ? 1 : 0,
        failures: 0,
        createdAt: now,
        updatedAt: now,
        ...(immediate ? { claimedAt: now, claimToken: randomUUID() } : {}),
      };
      if (!entry.ref) delete doc.ref;
      try {
        return toOutboxEntry(await scope.insert(doc));
      } catch (e) {
        if (isDuplicateKey(e)) return null;
        throw e;
      }
    },
    get: async (key) =>
      one(
        await scope.findOne({ memberId: key.memberId, kind: key.kind, subject: key.subject, day: key.day }),
      ),
    byId: async (id) => one(await scope.findById(id)),
    ready: async (now, leaseMs, limit) =>
      (
        await scope.find(
          {
            $or: [
              { status: { $in: ['pending', 'retry'] }, notBefore: { $lte: now } },
              { status: 'claimed', claimedAt: { $lte: new Date(now.getTime() - leaseMs) } },
            ],
          },
          { sort: { notBefore: 1, _id: 1 }, limit },
        )
      ).map(toOutboxEntry),
    async reclaim(seen, now, leaseMs) {
      if (!isId(seen.id)) return null;
      try {
        await tickets.create({
          tenantId,
          outboxId: seen.id,
          basis: `${seen.status}:${seen.attempt}:${seen.updatedAt.getTime()}`,
          slot: Math.floor(now.getTime() / leaseMs),
          createdAt: now,
        });
      } catch (e) {
        if (isDuplicateKey(e)) return null;
        throw e;
      }
      const token = randomUUID();
      const won = await guarded(
        {
          _id: seen.id,
          status: seen.status,
          attempt: seen.attempt,
          ...(seen.status === 'claimed' ? { claimedAt: seen.claimedAt } : { notBefore: { $lte: now } }),
        },
        {
          $set: { status: 'claimed', claimedAt: now, claimToken: token, updatedAt: now },
          $inc: { attempt: 1 },
        },
      );
      if (!won) return null;
      const after = await scope.findById(seen.id);
      return after && after.claimToken === token ? toOutboxEntry(after) : null;
    },
    async pruneTickets(before) {
      const res = await tickets.deleteMany({ tenantId, createdAt: { $lt: before } });
      return res.deletedCount;
    },
    settle: (claim, outcome, now) =>
      guarded(ourClaim(claim), { $set: { ...settlementSet(outcome), updatedAt: now } }),
    release: (claim, notBefore, now) =>
      guarded(ourClaim(claim), { $set: { status: 'pending', notBefore, updatedAt: now } }),
    async revive(id, now) {
      if (!isId(id)) return null;
      const ok = await guarded(
        { _id: id, status: 'failed' },
        { $set: { status: 'retry', notBefore: now, failures: 0, attempt: 0, updatedAt: now } },
      );
      return ok ? one(await scope.findById(id)) : null;
    },
    list: async (filter, page = {}) =>
      (await scope.find(toFilter(filter), { sort: { updatedAt: -1, _id: -1 }, ...page })).map(toOutboxEntry),
    count: (filter) => scope.count(toFilter(filter)),
  };
}
