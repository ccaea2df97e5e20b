import { type Connection, type Model, Schema, type Types } from 'mongoose';

export interface RevenueQuotaDoc {
  _id: Types.ObjectId;
  tenantId: string;
  memberId: string;
  month: string;
  amount: number;
  currency: string;
  setById: string;
}

export interface ActivityQuotaDoc {
  _id: Types.ObjectId;
  tenantId: string;
  memberId: string;
  kind: string;
  perWeek: number;
  setById: string;
}

const revenue = new Schema<RevenueQuotaDoc>(
  {
    tenantId: { type: String, required: true, immutable: true },
    memberId: { type: String, required: true },
    month: { type: String, required: true },
    amount: { type: Number, required: true },
    currency: { type: String, required: true },
    setById: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);
revenue.index({ tenantId: 1, memberId: 1, month: 1 }, { unique: true });

const activity = new Schema<ActivityQuotaDoc>(
  {
    tenantId: { type: String, required: true, immutable: true },
    memberId: { type: String, required: true },
    kind: { type: String, required: true },
    perWeek: { type: Number, required: true },
    setById: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);
activity.index({ tenantId: 1, memberId: 1, kind: 1 }, { unique: true });

export const revenueQuotaModel = (conn: Connection): Model<RevenueQuotaDoc> =>
  (conn.models.RevenueQuota as Model<RevenueQuotaDoc> | undefined) ??
  conn.model<RevenueQuotaDoc>('RevenueQuota', revenue, 'revenueQuotas');

export const activityQuotaModel = (conn: Connection): Model<ActivityQuotaDoc> =>
  (conn.models.ActivityQuota as Model<ActivityQuotaDoc> | undefined) ??
  conn.model<ActivityQuotaDoc>('ActivityQuota', activity, 'activityQuotas');
