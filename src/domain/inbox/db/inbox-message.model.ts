import { type Connection, type Model, Schema, type Types } from 'mongoose';

export interface InboxMessageDoc {
  _id: Types.ObjectId;
  tenantId: string;
  kind: string;
  memberId?: string;
  channel?: string;
  text: string;
  payload: string;
  createdAt: Date;
}

const schema = new Schema<InboxMessageDoc>(
  {
    tenantId: { type: String, required: true, immutable: true },
    kind: { type: String, required: true, enum: ['direct', 'channel'] },
    memberId: String,
    channel: String,
    text: { type: String, required: true },
    payload: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
schema.index({ tenantId: 1, memberId: 1, createdAt: -1 });
schema.index({ tenantId: 1, channel: 1, createdAt: -1 });

export const inboxMessageModel = (conn: Connection): Model<InboxMessageDoc> =>
  (conn.models.InboxMessage as Model<InboxMessageDoc> | undefined) ??
  conn.model<InboxMessageDoc>('InboxMessage', schema, 'inbox_messages');
