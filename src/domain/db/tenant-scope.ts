import { isValidObjectId, type Model } from 'mongoose';
import type { TenantId } from '../../shared/tenant.js';

type Filter = Record<string, unknown>;
type Sort = Record<string, 1 | -1>;

export interface FindOptions {
  sort?: Sort;
  limit?: number;
  skip?: number;
}

/** The only way repositories touch a collection: every filter, write and pipeline carries the tenant. */
export class TenantScope<D> {
  constructor(
    readonly model: Model<D>,
    readonly tenantId: TenantId,
  ) {}

  filter(f: Filter = {}): Filter {
    return { ...f, tenantId: this.tenantId };
  }

  async findById(id: string): Promise<D | null> {
    if (!isId(id)) return null;
    return (await this.model.findOne(this.filter({ _id: id })).lean()) as D | null;
  }

  /** The records with these ids (malformed ids match nothing). */
  async findByIds(ids: string[]): Promise<D[]> {
    const valid = ids.filter(isId);
    return valid.length ? this.find({ _id: { $in: valid } }) : [];
  }

  async findOne(f: Filter, sort?: Sort): Promise<D | null> {
    const q = this.model.findOne(this.filter(f));
    if (sort) q.sort(sort);
    return (await q.lean()) as D | null;
  }

  async find(f: Filter = {}, opts: FindOptions = {}): Promise<D[]> {
    const q = this.model.find(this.filter(f));
    if (opts.sort) q.sort(opts.sort);
    if (opts.skip) q.skip(opts.skip);
    if (opts.limit) q.limit(opts.limit);
    return (await q.lean()) as D[];
  }

  count(f: Filter = {}): Promise<number> {
    return this.model.countDocuments(this.filter(f));
  }

  async insert(doc: Record<string, unknown>): Promise<D> {
    const model = this.model as unknown as Model<Record<string, unknown>>;
    const created = await model.create({ ...doc, tenantId: this.tenantId });
    return created.toObject() as unknown as D;
  }

  /**
   * Inserts many documents at once, each with the tenant. Documents a unique index rejects are skipped
   * (counted in `duplicates`) while the others are stored; any other failure throws.
   */
  async insertMany(docs: Record<string, unknown>[]): Promise<{ inserted: D[]; duplicates: number }> {
    if (!docs.length) return { inserted: [], duplicates: 0 };
    const model = this.model as unknown as Model<Record<string, unknown>>;
    const withTenant = docs.map((doc) => ({ ...doc, tenantId: this.tenantId }));
    try {
      const created = await model.insertMany(withTenant, { ordered: false });
      return { inserted: created.map((d) => d.toObject() as unknown as D), duplicates: 0 };
    } catch (e) {
      const failed = e as { writeErrors?: { code?: number }[]; insertedDocs?: { toObject(): unknown }[] };
      const writeErrors = failed.writeErrors ?? [];
      if (!writeErrors.length || !writeErrors.every(isDuplicateKey)) throw e;
      const inserted = (failed.insertedDocs ?? []).map((d) => d.toObject() as unknown as D);
      return { inserted, duplicates: writeErrors.length };
    }
  }

  async updateById(id: string, update: Record<string, unknown>, extra: Filter = {}): Promise<D | null> {
    if (!isId(id)) return null;
    return (await this.model
      .findOneAndUpdate(this.filter({ ...extra, _id: id }), update, { returnDocument: 'after' })
      .lean()) as D | null;
  }

  async updateMany(f: Filter, update: Record<string, unknown>): Promise<number> {
    const res = await this.model.updateMany(this.filter(f), update);
    return res.modifiedCount;
  }

  async deleteById(id: string): Promise<boolean> {
    if (!isId(id)) return false;
    const res = await this.model.deleteOne(this.filter({ _id: id }));
    return res.deletedCount === 1;
  }

  /** `$match` on the tenant first; callers add the rest (portable stages only). */
  aggregate<R>(match: Filter, rest: Record<string, unknown>[]): Promise<R[]> {
    return this.model.aggregate<R>([{ $match: this.filter(match) }, ...(rest as never[])]).exec();
  }
}

/** A well-formed record id (ObjectId hex). */
export const isId = (id: unknown): id is string =>
  typeof id === 'string' && isValidObjectId(id) && /^[a-f0-9]{24}$/i.test(id);

export const isDuplicateKey = (e: unknown): boolean => (e as { code?: number })?.code === 11000;
