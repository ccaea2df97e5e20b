import { type Connection, type Model, Schema } from 'mongoose';

export interface InstallationDoc {
  /** The tenant id: one installation per tenant. */
  _id: string;
  /** The platform's installation as a JSON string (its keys are not stored as document keys). */
  payload: string;
  createdAt: Date;
  updatedAt: Date;
}

const schema = new Schema<InstallationDoc>(
  {
    _id: { type: String, required: true },
    payload: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);

export const installationModel = (conn: Connection): Model<InstallationDoc> =>
  (conn.models.Installation as Model<InstallationDoc> | undefined) ??
  conn.model<InstallationDoc>('Installation', schema);
