import { type Connection, type Model, Schema } from 'mongoose';

export interface TenantDoc {
  _id: string;
  name: string;
  /** Settings are stored as one sub-document, validated by zod before every write. */
  settings: Record<string, unknown>;
  createdAt: Date;
}

const schema = new Schema<TenantDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    settings: { type: Schema.Types.Mixed, required: true },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

export const tenantModel = (conn: Connection): Model<TenantDoc> =>
  (conn.models.Tenant as Model<TenantDoc> | undefined) ?? conn.model<TenantDoc>('Tenant', schema);
