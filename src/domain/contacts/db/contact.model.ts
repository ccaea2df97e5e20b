import { type Connection, type Model, Schema, type Types } from 'mongoose';

export interface ContactDoc {
  _id: Types.ObjectId;
  tenantId: string;
  accountId: string;
  name: string;
  nameKey: string;
  email?: string;
  /** `<tenantId> <lower-case e-mail>`; absent (never null) without an e-mail. */
  emailKey?: string;
  phone?: string;
  role?: string;
  createdAt: Date;
}

const schema = new Schema<ContactDoc>(
  {
    tenantId: { type: String, required: true, immutable: true },
    accountId: { type: String, required: true },
    name: { type: String, required: true },
    nameKey: { type: String, required: true },
    email: String,
    emailKey: String,
    phone: String,
    role: String,
  },
  { timestamps: true, versionKey: false },
);
// A sparse compound index still indexes a document that has only `tenantId`, so on MongoDB a second
// contact without an e-mail would clash. The key carries the tenant instead, on a single-field sparse
// index: identical on MongoDB and FerretDB, and still tenant-first in its values.
schema.index({ emailKey: 1 }, { unique: true, sparse: true });
schema.index({ tenantId: 1, nameKey: 1 });
schema.index({ tenantId: 1, accountId: 1, nameKey: 1 });

/** The stored uniqueness key of an address within a tenant (e-mail addresses contain no spaces). */
export const emailKeyOf = (tenantId: string, email: string): string =>
  `${tenantId} ${email.trim().toLowerCase()}`;

export const contactModel = (conn: Connection): Model<ContactDoc> =>
  (conn.models.Contact as Model<ContactDoc> | undefined) ?? conn.model<ContactDoc>('Contact', schema);
