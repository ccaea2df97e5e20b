import { type Connection, type Model, Schema, type Types } from 'mongoose';

export interface OutboxDoc {
  _id: Types.ObjectId;
  tenantId: string;
  memberId: string;
  kind: string;
  subject: string;
  day: string;
  status: string;
  attempt: number;
  failures: number;
  payload: string;
  ref?: string;
  notBefore: Date;
  claimedAt?: Date;
  claimToken?: string;
  sentAt?: Date;
  lastError?: string;
  createdAt: Date;
  updatedAt: Date;
}

// Timestamps come from the injected clock, not mongoose, so tests can move time.
const schema = new Schema<OutboxDoc>(
  {
    tenantId: { type: String, required: true, immutable: true },
    memberId: { type: String, required: true },
    kind: { type: String, required: true },
    subject: { type: String, required: true },
    day: { type: String, required: true },
    status: { type: String, required: true },
    attempt: { type: Number, required: true },
    failures: { type: Number, required: true, default: 0 },
    payload: { type: String, required: true },
    ref: String,
    notBefore: { type: Date, required: true },
    claimedAt: Date,
    claimToken: String,
    sentAt: Date,
    lastError: String,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'outbox' },
);
// The idempotency key: whoever inserts it owns the delivery (one of two racing inserts gets E11000).
schema.index({ tenantId: 1, memberId: 1, kind: 1, subject: 1, day: 1 }, { unique: true });
schema.index({ tenantId: 1, status: 1, notBefore: 1 });
schema.index({ tenantId: 1, status: 1, updatedAt: -1 });

export const outboxModel = (conn: Connection): Model<OutboxDoc> =>
  (conn.models.Outbox as Model<OutboxDoc> | undefined) ?? conn.model<OutboxDoc>('Outbox', schema);
