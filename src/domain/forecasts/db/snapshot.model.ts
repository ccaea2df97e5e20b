import { type Connection, type Model, Schema, type Types } from 'mongoose';

export interface SnapshotDoc {
  _id: Types.ObjectId;
  tenantId: string;
  week: string;
  period: string;
  owner: string;
  takenAt: Date;
  currency: string;
  figures: Record<string, number>;
}

const schema = new Schema<SnapshotDoc>(
  {
    tenantId: { type: String, required: true, immutable: true },
    week: { type: String, required: true },
    period: { type: String, required: true },
    owner: { type: String, required: true },
    takenAt: { type: Date, required: true },
    currency: { type: String, required: true },
    figures: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, minimize: false },
);
schema.index({ tenantId: 1, week: 1, period: 1, owner: 1 }, { unique: true });
schema.index({ tenantId: 1, period: 1, owner: 1, takenAt: -1 });

export const snapshotModel = (conn: Connection): Model<SnapshotDoc> =>
  (conn.models.ForecastSnapshot as Model<SnapshotDoc> | undefined) ??
  conn.model<SnapshotDoc>('ForecastSnapshot', schema, 'forecastSnapshots');
