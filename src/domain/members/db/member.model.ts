import { type Connection, type Model, Schema } from 'mongoose';

export interface MemberDoc {
  _id: import('mongoose').Types.ObjectId;
  tenantId: string;
  platform: string;
  platformUserId: string;
  displayName: string;
  nameKey: string;
  email?: string;
  timeZone: string;
  locale: string;
  role: string;
  managerId?: string;
  workingHours?: { start: string; end: string; days: number[] };
  conversationRef?: string;
  createdAt: Date;
}

const schema = new Schema<MemberDoc>(
  {
    tenantId: { type: String, required: true, immutable: true },
    platform: { type: String, required: true },
    platformUserId: { type: String, required: true },
    displayName: { type: String, required: true },
    nameKey: { type: String, required: true },
    email: String,
    timeZone: { type: String, required: true },
    locale: { type: String, required: true },
    role: { type: String, required: true },
    managerId: String,
    workingHours: { type: { start: String, end: String, days: [Number] }, required: false, _id: false },
    conversationRef: String,
  },
  { timestamps: { createdAt: true, updatedAt: true }, versionKey: false },
);
schema.index({ tenantId: 1, platform: 1, platformUserId: 1 }, { unique: true });
schema.index({ tenantId: 1, nameKey: 1 });
schema.index({ tenantId: 1, managerId: 1 });

export const memberModel = (conn: Connection): Model<MemberDoc> =>
  (conn.models.Member as Model<MemberDoc> | undefined) ?? conn.model<MemberDoc>('Member', schema);
