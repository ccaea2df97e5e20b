import { type Connection, type Model, Schema, type Types } from 'mongoose';

export interface AccountDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  nameKey: string;
  ownerId: string;
  tier: string;
  cadenceDays?: number;
  industry?: string;
  website?: string;
  notes?: string;
  lastInteractionAt?: Date;
  snoozedUntil?: Date;
  dormant: boolean;
  createdAt: Date;
}

const schema = new Schema<AccountDoc>(
  {
    tenantId: { type: String, required: true, immutable: true },
    name: { type: String, required: true },
    nameKey: { type: String, required: true },
    ownerId: { type: String, required: true },
    tier: { type: String, required: true },
    cadenceDays: Number,
    industry: String,
    website: String,
    notes: String,
    lastInteractionAt: Date,
    snoozedUntil: Date,
    dormant: { type: Boolean, default: false },
  },
  { timestamps: true, versionKey: false },
);
schema.index({ tenantId: 1, nameKey: 1 }, { unique: true });
schema.index({ tenantId: 1, ownerId: 1, lastInteractionAt: 1 });
schema.index({ tenantId: 1, lastInteractionAt: 1 });

export const accountModel = (conn: Connection): Model<AccountDoc> =>
  (conn.models.Account as Model<AccountDoc> | undefined) ?? conn.model<AccountDoc>('Account', schema);
