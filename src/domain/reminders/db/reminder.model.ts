import { type Connection, type Model, Schema, type Types } from 'mongoose';

export interface ReminderDoc {
  _id: Types.ObjectId;
  tenantId: string;
  memberId: string;
  what: string;
  dueAt: Date;
  accountId?: string;
  dealId?: string;
  status: string;
  doneAt?: Date;
  notifiedAt?: Date;
  createdAt: Date;
}

const schema = new Schema<ReminderDoc>(
  {
    tenantId: { type: String, required: true, immutable: true },
    memberId: { type: String, required: true },
    what: { type: String, required: true },
    dueAt: { type: Date, required: true },
    accountId: String,
    dealId: String,
    status: { type: String, required: true, default: 'open' },
    doneAt: Date,
    notifiedAt: Date,
  },
  { timestamps: true, versionKey: false },
);
schema.index({ tenantId: 1, memberId: 1, status: 1, dueAt: 1 });
schema.index({ tenantId: 1, status: 1, dueAt: 1 });
schema.index({ tenantId: 1, accountId: 1, status: 1 });
schema.index({ tenantId: 1, dealId: 1, status: 1 });

export const reminderModel = (conn: Connection): Model<ReminderDoc> =>
  (conn.models.Reminder as Model<ReminderDoc> | undefined) ?? conn.model<ReminderDoc>('Reminder', schema);
