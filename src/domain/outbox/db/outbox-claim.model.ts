import { type Connection, type Model, Schema, type Types } from 'mongoose';

/**
 * A ticket for taking over an outbox row in one state. Its unique key makes the take-over atomic on
 * FerretDB too, where a conditional update is a read-then-write that several callers can all "win".
 */
export interface OutboxClaimDoc {
  _id: Types.ObjectId;
  tenantId: string;
  outboxId: string;
  /** The row state taken over: status, attempt and last change, e.g. 'claimed:1:1796630400000'. */
  basis: string;
  /** floor(now / lease): a ticket whose holder died before updating the row blocks one lease at most. */
  slot: number;
  createdAt: Date;
}

const schema = new Schema<OutboxClaimDoc>(
  {
    tenantId: { type: String, required: true, immutable: true },
    outboxId: { type: String, required: true },
    basis: { type: String, required: true },
    slot: { type: Number, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'outboxClaims' },
);
schema.index({ tenantId: 1, outboxId: 1, basis: 1, slot: 1 }, { unique: true });
schema.index({ tenantId: 1, createdAt: 1 });

export const outboxClaimModel = (conn: Connection): Model<OutboxClaimDoc> =>
  (conn.models.OutboxClaim as Model<OutboxClaimDoc> | undefined) ??
  conn.model<OutboxClaimDoc>('OutboxClaim', schema);
