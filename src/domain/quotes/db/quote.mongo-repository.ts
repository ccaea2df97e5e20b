import type { Connection } from 'mongoose';
import { appError } from '../../../shared/errors.js';
import { err, ok } from '../../../shared/result.js';
import type { TenantId } from '../../../shared/tenant.js';
import { isDuplicateKey, TenantScope } from '../../db/tenant-scope.js';
import { newQuoteNumber, type Quote, type QuoteStatus, quoteTotals } from '../quote.js';
import type { QuoteRepository } from '../quote.repository.js';
import { draftKeyOf, type QuoteDoc, quoteModel } from './quote.model.js';

export function toQuote(d: QuoteDoc): Quote {
  return {
    id: String(d._id),
    dealId: d.dealId,
    number: d.number,
    currency: d.currency,
    lines: (d.lines ?? []).map((l) => ({
      id: l.id,
      product: l.product,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      discountBps: l.discountBps ?? 0,
    })),
    status: d.status as QuoteStatus,
    ...(d.validUntil ? { validUntil: d.validUntil } : {}),
    totals: { subtotal: d.totals.subtotal, discount: d.totals.discount, total: d.totals.total },
    ...(d.sentAt ? { sentAt: d.sentAt } : {}),
    ...(d.decidedAt ? { decidedAt: d.decidedAt } : {}),
    ...(d.rejectReason ? { rejectReason: d.rejectReason } : {}),
    version: d.version ?? 0,
    createdAt: d.createdAt,
  };
}

const NEWEST = { createdAt: -1, _id: -1 } as const;

export function quoteRepository(conn: Connection, tenantId: TenantId): QuoteRepository {
  const scope = new TenantScope<QuoteDoc>(quoteModel(conn), tenantId);

  return {
    async createDraft(record) {
      // A clash is either the deal's draft (created meanwhile: use it) or, rarely, the number (retry).
      for (let attempt = 0; attempt < 5; attempt++) {
        try {
          const doc = await scope.insert({
            ...record,
            number: newQuoteNumber(),
            draftKey: draftKeyOf(tenantId, record.dealId),
            status: 'draft',
            totals: quoteTotals(record.lines),
            version: 0,
          });
          return toQuote(doc);
        } catch (e) {
          if (!isDuplicateKey(e)) throw e;
          const draft = await scope.findOne({ draftKey: draftKeyOf(tenantId, record.dealId) });
          if (draft) return toQuote(draft);
        }
      }
      throw new Error('could not pick a free quote number');
    },
    get: async (id) => {
      const d = await scope.findById(id);
      return d ? toQuote(d) : null;
    },
    current: async (dealId) => {
      const d = await scope.findOne({ dealId }, NEWEST);
      return d ? toQuote(d) : null;
    },
    listForDeal: async (dealId) => (await scope.find({ dealId }, { sort: NEWEST })).map(toQuote),
    async save(id, expectedVersion, changes) {
      const set: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(changes)) if (value !== undefined) set[key] = value;
      if (changes.lines) set.totals = quoteTotals(changes.lines);
      const leavesDraft = changes.status !== undefined && changes.status !== 'draft';
      const updated = await scope.updateById(
        id,
        {
          ...(Object.keys(set).length ? { $set: set } : {}),
          $inc: { version: 1 },
          ...(leavesDraft ? { $unset: { draftKey: '' } } : {}),
        },
        { version: expectedVersion },
      );
      if (updated) return ok(toQuote(updated));
      const current = await scope.findById(id);
      if (!current) return err(appError('quote.not_found', { deal: id }));
      return err(appError('quote.conflict', { number: current.number }));
    },
    delete: (id) => scope.deleteById(id),
  };
}
