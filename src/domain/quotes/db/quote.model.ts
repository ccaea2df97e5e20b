import { type Connection, type Model, Schema, type Types } from 'mongoose';

export interface QuoteLineDoc {
  id: string;
  product: string;
  quantity: number;
  unitPrice: number;
  discountBps: number;
}

export interface QuoteDoc {
  _id: Types.ObjectId;
  tenantId: string;
  dealId: string;
  number: string;
  /** `<tenantId> <dealId>` while this quote is the deal's draft; absent otherwise (never null). */
  draftKey?: string;
  currency: string;
  lines: QuoteLineDoc[];
  status: string;
  validUntil?: Date;
  totals: { subtotal: number; discount: number; total: number };
  sentAt?: Date;
  decidedAt?: Date;
  rejectReason?: string;
  version: number;
  createdAt: Date;
}

const lineSchema = new Schema<QuoteLineDoc>(
  {
    id: { type: String, required: true },
    product: { type: String, required: true },
    quantity: { type: Number, required: true },
    unitPrice: { type: Number, required: true },
    discountBps: { type: Number, default: 0 },
  },
  { _id: false },
);

const schema = new Schema<QuoteDoc>(
  {
    tenantId: { type: String, required: true, immutable: true },
    dealId: { type: String, required: true },
    number: { type: String, required: true },
    draftKey: String,
    currency: { type: String, required: true },
    lines: { type: [lineSchema], default: [] },
    status: { type: String, required: true },
    validUntil: Date,
    totals: {
      subtotal: { type: Number, required: true },
      discount: { type: Number, required: true },
      total: { type: Number, required: true },
    },
    sentAt: Date,
    decidedAt: Date,
    rejectReason: String,
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
schema.index({ tenantId: 1, number: 1 }, { unique: true });
// One draft per deal, even when two requests add the first line at once. A sparse *compound* index would
// still index every quote by its tenantId (so MongoDB would see all non-drafts as one duplicate null):
// the key carries the tenant instead, on a single-field sparse index that acts alike on both engines.
schema.index({ draftKey: 1 }, { unique: true, sparse: true });
schema.index({ tenantId: 1, dealId: 1, createdAt: -1 });

export const draftKeyOf = (tenantId: string, dealId: string): string => `${tenantId} ${dealId}`;

export const quoteModel = (conn: Connection): Model<QuoteDoc> =>
  (conn.models.Quote as Model<QuoteDoc> | undefined) ?? conn.model<QuoteDoc>('Quote', schema);
