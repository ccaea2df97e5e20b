import type { Connection } from 'mongoose';
import type { TenantId } from '../../../shared/tenant.js';
import { TenantScope } from '../../db/tenant-scope.js';
import type { Reminder, ReminderStatus } from '../reminder.js';
import type { ReminderChanges, ReminderListFilter, ReminderRepository } from '../reminder.repository.js';
import { type ReminderDoc, reminderModel } from './reminder.model.js';

export function toReminder(d: ReminderDoc): Reminder {
  return {
    id: String(d._id),
    memberId: d.memberId,
    what: d.what,
    dueAt: d.dueAt,
    ...(d.accountId ? { accountId: d.accountId } : {}),
    ...(d.dealId ? { dealId: d.dealId } : {}),
    status: d.status as ReminderStatus,
    createdAt: d.createdAt,
    ...(d.doneAt ? { doneAt: d.doneAt } : {}),
    ...(d.notifiedAt ? { notifiedAt: d.notifiedAt } : {}),
  };
}

function toFilter(f: ReminderListFilter = {}): Record<string, unknown> {
  const q: Record<string, unknown> = {};
  for (const key of ['memberId', 'status', 'accountId', 'dealId'] as const) {
    if (f[key] !== undefined) q[key] = f[key];
  }
  return q;
}

const OPEN = { status: 'open' };
const BY_DUE = { dueAt: 1, _id: 1 } as const;

export function reminderRepository(conn: Connection, tenantId: TenantId): ReminderRepository {
  const scope = new TenantScope<ReminderDoc>(reminderModel(conn), tenantId);

  return {
    async create(record) {
      const doc: Record<string, unknown> = { ...record, status: 'open' };
      for (const key of ['accountId', 'dealId'] as const) if (!record[key]) delete doc[key];
      return toReminder(await scope.insert(doc));
    },
    get: async (id) => {
      const d = await scope.findById(id);
      return d ? toReminder(d) : null;
    },
    list: async (filter, page = {}) =>
      (await scope.find(toFilter(filter), { sort: BY_DUE, ...page })).map(toReminder),
    count: (filter) => scope.count(toFilter(filter)),
    async updateOpen(id, changes: ReminderChanges) {
      const set: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(changes)) if (v !== undefined) set[k] = v;
      const update: Record<string, unknown> = { $set: set };
      if (changes.dueAt) update.$unset = { notifiedAt: '' };
      const d = await scope.updateById(id, update, OPEN);
      return d ? toReminder(d) : null;
    },
    due: async (now, limit) =>
      (
        await scope.find(
          { ...OPEN, dueAt: { $lte: now }, notifiedAt: { $exists: false } },
          { sort: BY_DUE, limit },
        )
      ).map(toReminder),
    markNotified: async (id, at) =>
      (await scope.updateById(
        id,
        { $set: { notifiedAt: at } },
        { ...OPEN, notifiedAt: { $exists: false } },
      )) !== null,
    delete: (id) => scope.deleteById(id),
  };
}
