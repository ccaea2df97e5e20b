import { type Connection, type Model, Schema, type Types } from 'mongoose';

export interface DealHistoryDoc {
  at: Date;
  byId: string;
  kind: string;
  from?: string | number;
  to?: string | number;
  reason?: string;
}

export interface DealDoc {
  _id: Types.ObjectId;
  tenantId: string;
  accountId: string;
  title: string;
  titleKey: string;
  ownerId: string;
  amount: number;
  currency: string;
  stageId: string;
  probability: number;
  probabilityOverridden: boolean;
  forecastCategory: string;
  expectedCloseDate?: Date;
  nextStep?: string;
  status: string;
  closedAt?: Date;
  lostReason?: string;
  stageEnteredAt: Date;
  weightedAmount: number;
  closeMonth?: string;
  closeQuarter?: string;
  history: DealHistoryDoc[];
  version: number;
  createdAt: Date;
}

const historySchema = new Schema<DealHistoryDoc>(
  {
    at: { type: Date, required: true },
    byId: { type: String, required: true },
    kind: { type: String, required: true },
    // Stage ids, amounts, probabilities or days: kept as given.
    from: Schema.Types.Mixed,
    to: Schema.Types.Mixed,
    reason: String,
  },
  { _id: false },
);

const schema = new Schema<DealDoc>(
  {
    tenantId: { type: String, required: true, immutable: true },
    accountId: { type: String, required: true },
    title: { type: String, required: true },
    titleKey: { type: String, required: true },
    ownerId: { type: String, required: true },
    amount: { type: Number, required: true },
    currency: { type: String, required: true },
    stageId: { type: String, required: true },
    probability: { type: Number, required: true },
    probabilityOverridden: { type: Boolean, default: false },
    forecastCategory: { type: String, required: true },
    expectedCloseDate: Date,
    nextStep: String,
    status: { type: String, required: true },
    closedAt: Date,
    lostReason: String,
    stageEnteredAt: { type: Date, required: true },
    weightedAmount: { type: Number, required: true },
    closeMonth: String,
    closeQuarter: String,
    history: { type: [historySchema], default: [] },
    version: { type: Number, default: 0 },
  },
  // Our own `version` guards updates; mongoose's __v only covers save(), which repositories do not use.
  { timestamps: true, versionKey: false },
);
schema.index({ tenantId: 1, titleKey: 1 });
schema.index({ tenantId: 1, accountId: 1, status: 1 });
schema.index({ tenantId: 1, status: 1, ownerId: 1, closeMonth: 1 });
schema.index({ tenantId: 1, status: 1, closeQuarter: 1 });
schema.index({ tenantId: 1, status: 1, stageId: 1 });

export const dealModel = (conn: Connection): Model<DealDoc> =>
  (conn.models.Deal as Model<DealDoc> | undefined) ?? conn.model<DealDoc>('Deal', schema);
