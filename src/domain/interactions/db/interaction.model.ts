import { type Connection, type Model, Schema, type Types } from 'mongoose';

export interface InteractionDoc {
  _id: Types.ObjectId;
  tenantId: string;
  accountId: string;
  contactIds: string[];
  dealId?: string;
  type: string;
  direction: string;
  occurredAt: Date;
  summary: string;
  loggedById: string;
  source: string;
  permalink?: string;
  idempotencyKey?: string;
  /** `<tenantId> <idempotencyKey>`, present only with a key (never null). */
  idempotencyScope?: string;
  month: string;
  createdAt: Date;
}

const schema = new Schema<InteractionDoc>(
  {
    tenantId: { type: String, required: true, immutable: true },
    accountId: { type: String, required: true },
    contactIds: { type: [String], default: [] },
    dealId: String,
    type: { type: String, required: true },
    direction: { type: String, required: true },
    occurredAt: { type: Date, required: true },
    summary: { type: String, required: true },
    loggedById: { type: String, required: true },
    source: { type: String, required: true },
    permalink: String,
    idempotencyKey: String,
    idempotencyScope: String,
    month: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);
// A sparse compound index would index every interaction by its tenantId, so MongoDB would take all the
// key-less ones as duplicate nulls. The key carries the tenant instead, on a single-field sparse index.
schema.index({ idempotencyScope: 1 }, { unique: true, sparse: true });
schema.index({ tenantId: 1, accountId: 1, occurredAt: -1 });
schema.index({ tenantId: 1, loggedById: 1, occurredAt: -1 });
schema.index({ tenantId: 1, occurredAt: -1 });

export const idempotencyScopeOf = (tenantId: string, key: string): string => `${tenantId} ${key}`;

export const interactionModel = (conn: Connection): Model<InteractionDoc> =>
  (conn.models.Interaction as Model<InteractionDoc> | undefined) ??
  conn.model<InteractionDoc>('Interaction', schema);
