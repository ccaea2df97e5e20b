import { type Connection, type Model, Schema } from 'mongoose';

export interface DeliveryDoc {
  /** The claim key, e.g. `slack:event:Ev123`: `_id` makes it unique on every server. */
  _id: string;
  claimedAt: Date;
}

const schema = new Schema<DeliveryDoc>(
  {
    _id: { type: String, required: true },
    claimedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
schema.index({ claimedAt: 1 });

export const deliveryModel = (conn: Connection): Model<DeliveryDoc> =>
  (conn.models.Delivery as Model<DeliveryDoc> | undefined) ?? conn.model<DeliveryDoc>('Delivery', schema);
