import type { Connection, Types } from 'mongoose';
import type { TenantId } from '../../../shared/tenant.js';
import { type AccountDoc, accountModel } from '../../accounts/db/account.model.js';
import { TenantScope } from '../../db/tenant-scope.js';
import { type DealDoc, dealModel } from '../../deals/db/deal.model.js';
import { type InteractionDoc, interactionModel } from '../../interactions/db/interaction.model.js';
import type { ActivityRepository, MemberCount, TimeRange } from '../activity.repository.js';

const within = (r: TimeRange) => ({ $gte: r.from, $lt: r.to });

interface Row<K> {
  _id: K;
  n: number;
}

const toCounts = (rows: Row<string>[]): MemberCount[] =>
  rows.map((r) => ({ memberId: r._id, count: r.n })).sort((a, b) => a.memberId.localeCompare(b.memberId));

// FerretDB computes only the first accumulator of a $group: every pipeline here has exactly one, and
// measures needing two (count and amount) run two pipelines merged in code.
export function activityRepository(conn: Connection, tenantId: TenantId): ActivityRepository {
  const interactions = new TenantScope<InteractionDoc>(interactionModel(conn), tenantId);
  const deals = new TenantScope<DealDoc>(dealModel(conn), tenantId);
  const accounts = new TenantScope<AccountDoc>(accountModel(conn), tenantId);

  return {
    async accountsContacted(memberIds, range) {
      if (!memberIds.length) return [];
      const rows = await interactions.aggregate<Row<{ m: string; a: string }>>(
        { loggedById: { $in: memberIds }, occurredAt: within(range) },
        [{ $group: { _id: { m: '$loggedById', a: '$accountId' }, n: { $sum: 1 } } }],
      );
      return rows
        .map((r) => ({ memberId: r._id.m, accountId: r._id.a }))
        .sort((a, b) => a.memberId.localeCompare(b.memberId) || a.accountId.localeCompare(b.accountId));
    },
    async interactionsByMember(range, opts) {
      if (opts.memberIds && !opts.memberIds.length) return [];
      const rows = await interactions.aggregate<Row<string>>(
        {
          occurredAt: within(range),
          ...(opts.memberIds ? { loggedById: { $in: opts.memberIds } } : {}),
          ...(opts.accountId ? { accountId: opts.accountId } : {}),
        },
        [{ $group: { _id: '$loggedById', n: { $sum: 1 } } }],
      );
      return toCounts(rows);
    },
    async dealsCreated(ownerIds, range) {
      if (!ownerIds.length) return [];
      // FerretDB's $unwind keeps only _id and the unwound field, so the owner is looked up afterwards:
      // first the deals whose 'created' entry lies in the range, then their owners.
      const created = await deals.aggregate<Row<Types.ObjectId>>({ ownerId: { $in: ownerIds } }, [
        { $unwind: '$history' },
        { $match: { 'history.kind': 'created', 'history.at': within(range) } },
        { $group: { _id: '$_id', n: { $sum: 1 } } },
      ]);
      if (!created.length) return [];
      const rows = await deals.aggregate<Row<string>>(
        { _id: { $in: created.map((r) => r._id) }, ownerId: { $in: ownerIds } },
        [{ $group: { _id: '$ownerId', n: { $sum: 1 } } }],
      );
      return toCounts(rows);
    },
    async dealsWon(ownerIds, range, currency) {
      if (!ownerIds.length) return [];
      const match = { ownerId: { $in: ownerIds }, status: 'won', currency, closedAt: within(range) };
      const [counts, amounts] = await Promise.all([
        deals.aggregate<Row<string>>(match, [{ $group: { _id: '$ownerId', n: { $sum: 1 } } }]),
        deals.aggregate<Row<string>>(match, [{ $group: { _id: '$ownerId', n: { $sum: '$amount' } } }]),
      ]);
      const amountOf = new Map(amounts.map((r) => [r._id, r.n]));
      return toCounts(counts).map((c) => ({ ...c, amount: amountOf.get(c.memberId) ?? 0 }));
    },
    async accountsCreated(ownerIds, range) {
      if (!ownerIds.length) return [];
      const rows = await accounts.aggregate<Row<string>>(
        { ownerId: { $in: ownerIds }, createdAt: within(range) },
        [{ $group: { _id: '$ownerId', n: { $sum: 1 } } }],
      );
      return toCounts(rows);
    },
    async stageMoves(memberIds, range) {
      if (!memberIds.length) return [];
      const rows = await deals.aggregate<Row<{ m: string; f: string; t: string }>>(
        { 'history.byId': { $in: memberIds } },
        [
          { $unwind: '$history' },
          {
            $match: {
              'history.kind': 'stage',
              'history.byId': { $in: memberIds },
              'history.at': within(range),
            },
          },
          { $group: { _id: { m: '$history.byId', f: '$history.from', t: '$history.to' }, n: { $sum: 1 } } },
        ],
      );
      return rows
        .map((r) => ({ memberId: r._id.m, from: String(r._id.f), to: String(r._id.t), count: r.n }))
        .sort((a, b) => a.memberId.localeCompare(b.memberId) || b.count - a.count);
    },
    async contactMatrix(accountId, contactIds, range) {
      // Per contact rather than $unwind of contactIds: FerretDB's $unwind drops the logging member.
      const perContact = await Promise.all(
        contactIds.map(async (contactId) => {
          const rows = await interactions.aggregate<Row<string>>(
            { accountId, contactIds: contactId, occurredAt: within(range) },
            [{ $group: { _id: '$loggedById', n: { $sum: 1 } } }],
          );
          return rows.map((r) => ({ loggedById: r._id, contactId, count: r.n }));
        }),
      );
      return perContact
        .flat()
        .sort(
          (a, b) =>
            b.count - a.count ||
            a.loggedById.localeCompare(b.loggedById) ||
            a.contactId.localeCompare(b.contactId),
        );
    },
    async lastTouches(accountId, contactIds) {
      // No $max in the portable subset: the newest interaction per contact is a sorted find with limit 1.
      const newest = await Promise.all(
        contactIds.map(async (contactId) => {
          const [d] = await interactions.find(
            { accountId, contactIds: contactId },
            { sort: { occurredAt: -1, _id: -1 }, limit: 1 },
          );
          return d ? { contactId, at: d.occurredAt, loggedById: d.loggedById } : null;
        }),
      );
      return newest.filter((t): t is NonNullable<typeof t> => t !== null);
    },
  };
}
