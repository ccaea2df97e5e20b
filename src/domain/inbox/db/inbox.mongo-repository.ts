import type { Connection } from 'mongoose';
import type { TenantId } from '../../../shared/tenant.js';
import { TenantScope } from '../../db/tenant-scope.js';
import type { InboxRepository, InboxStore } from '../inbox.repository.js';
import { type InboxMessage, MAX_PAYLOAD_CHARS, MAX_TEXT_CHARS } from '../inbox-message.js';
import { type InboxMessageDoc, inboxMessageModel } from './inbox-message.model.js';

function toMessage(d: InboxMessageDoc): InboxMessage {
  return {
    id: String(d._id),
    kind: d.kind as InboxMessage['kind'],
    ...(d.memberId ? { memberId: d.memberId } : {}),
    ...(d.channel ? { channel: d.channel } : {}),
    text: d.text,
    payload: d.payload,
    createdAt: d.createdAt,
  };
}

export function inboxRepository(conn: Connection, tenantId: TenantId): InboxRepository {
  const scope = new TenantScope<InboxMessageDoc>(inboxMessageModel(conn), tenantId);
  // Newest first from the index, handed back oldest first as a chat shows them.
  const latest = async (filter: Record<string, unknown>, limit: number) =>
    (await scope.find(filter, { sort: { createdAt: -1, _id: -1 }, limit })).reverse().map(toMessage);
  return {
    async add(message) {
      if (message.payload.length > MAX_PAYLOAD_CHARS) throw new Error('inbox payload too large');
      return toMessage(await scope.insert({ ...message, text: message.text.slice(0, MAX_TEXT_CHARS) }));
    },
    recentDirect: (memberId, limit) => latest({ kind: 'direct', memberId }, limit),
    recentChannel: (channel, limit) => latest({ kind: 'channel', channel }, limit),
  };
}

export function createInboxStore(conn: Connection): InboxStore {
  return {
    forTenant: (id) => inboxRepository(conn, id),
    init: async () => {
      await inboxMessageModel(conn).init();
    },
  };
}
