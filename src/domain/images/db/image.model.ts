import { type Connection, type Model, Schema } from 'mongoose';

export interface ImageDoc {
  _id: string;
  tenantId: string;
  /** Base64, so both engines store it as a plain string. */
  png: string;
  createdAt: Date;
}

const schema = new Schema<ImageDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true, immutable: true },
    png: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
schema.index({ tenantId: 1, createdAt: 1 });

export const imageModel = (conn: Connection): Model<ImageDoc> =>
  (conn.models.Image as Model<ImageDoc> | undefined) ?? conn.model<ImageDoc>('Image', schema);
