import { type Connection, type Model, Schema, type Types } from 'mongoose';

export interface AlertDoc {
  _id: Types.ObjectId;
  tenantId: string;
  platform: string;
  ref: string;
  label?: string;
  kinds: string[];
  createdById: string;
  createdAt: Date;
}

const schema = new Schema<AlertDoc>(
  {
    tenantId: { type: String, required: true, immutable: true },
    platform: { type: String, required: true },
    ref: { type: String, required: true },
    label: String,
    kinds: { type: [String], default: [] },
    createdById: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);
schema.index({ tenantId: 1, platform: 1, ref: 1 }, { unique: true });

export const alertModel = (conn: Connection): Model<AlertDoc> =>
  (conn.models.AlertSubscription as Model<AlertDoc> | undefined) ??
  conn.model<AlertDoc>('AlertSubscription', schema, 'alertSubscriptions');
