import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/domain/accounts/create-account.js';
import type { DomainContext } from '../../src/domain/context.js';
import { createDeal } from '../../src/domain/deals/create-deal.js';
import type { Member } from '../../src/domain/members/member.js';
import { getDealQuote } from '../../src/domain/quotes/get-deal-quote.js';
import { MAX_LINES } from '../../src/domain/quotes/quote.js';
import { addQuoteLine, removeQuoteLine } from '../../src/domain/quotes/quote-lines.js';
import { acceptQuote, rejectQuote, sendQuote } from '../../src/domain/quotes/quote-status.js';
import { manualClock } from '../../src/shared/clock.js';
import { useTestDatabase } from '../support/database.js';
import { createTestTenant, type TestTenant } from '../support/domain.js';

const db = useTestDatabase();
let a: TestTenant;
let b: TestTenant;
let rep: Member;
let accountId: string;

const quotes = () => db.conn.collection('quotes').countDocuments({});
const ctxAt = (actor: Member, at: string): DomainContext => ({ ...a.ctx(actor), clock: manualClock(at) });
async function newDeal(title: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await createDeal(a.ctx(rep), { accountId, title, amount: 100, ...extra });
  if (!res.ok) throw new Error(`setup: ${res.error.code}`);
  return res.value.id;
}
const value = <T>(res: { ok: true; value: T } | { ok: false; error: { code: string } }): T => {
  if (!res.ok) throw new Error(`expected ok, got ${res.error.code}`);
  return res.value;
};

beforeAll(async () => {
  a = await createTestTenant(db.conn);
  b = await createTestTenant(db.conn);
  rep = await a.member('Rita Rep');
  const acc = await createAccount(a.ctx(rep), { name: 'Acme GmbH' });
  if (!acc.ok) throw new Error('setup');
  accountId = acc.value.id;
});

describe('quote lines', () => {
  it('creates the draft with the first line and totals it exactly', async () => {
    const dealId = await newDeal('Lines', { currency: 'CHF' });
    expect(await getDealQuote(a.ctx(rep), dealId)).toMatchObject({
      ok: false,
      error: { code: 'quote.not_found' },
    });
    const first = value(
      await addQuoteLine(a.ctx(rep), dealId, {
        product: 'Fräse',
        quantity: 3,
        unitPrice: 1999,
        discountPercent: 12.5,
      }),
    );
    expect(first).toMatchObject({
      dealId,
      currency: 'CHF',
      status: 'draft',
      totals: { subtotal: 5997, discount: 750, total: 5247 },
    });
    expect(first.number).toMatch(/^Q-[2-9A-Z]{6}$/);
    await addQuoteLine(a.ctx(rep), dealId, { product: 'Schraube', unitPrice: 3, discountPercent: '50' });
    const third = value(
      await addQuoteLine(a.ctx(rep), dealId, {
        product: 'Öl',
        quantity: 2,
        unitPrice: 25,
        discountPercent: '1 %',
      }),
    );
    expect(third).toMatchObject({ id: first.id, number: first.number, version: 2 });
    expect(third.lines.map((l) => [l.product, l.quantity, l.unitPrice, l.discountBps])).toEqual([
      ['Fräse', 3, 1999, 1250],
      ['Schraube', 1, 3, 5000],
      ['Öl', 2, 25, 100],
    ]);
    expect(third.totals).toEqual({ subtotal: 6050, discount: 753, total: 5297 });
    expect(value(await getDealQuote(a.ctx(a.admin), dealId))).toEqual(third);
  });

  it('answers bad lines with the right code and writes nothing', async () => {
    const dealId = await newDeal('Bad lines');
    value(await addQuoteLine(a.ctx(rep), dealId, { product: 'Ok', unitPrice: 100 }));
    const before = await quotes();
    const cases: [unknown, string][] = [
      [{ unitPrice: 1 }, 'quote.product_required'],
      [{ product: 'x'.repeat(201), unitPrice: 1 }, 'quote.product_too_long'],
      [{ product: 'P', unitPrice: 1, quantity: 0 }, 'quote.invalid_quantity'],
      [{ product: 'P', unitPrice: 1, quantity: 2.5 }, 'quote.invalid_quantity'],
      [{ product: 'P', unitPrice: -1 }, 'quote.invalid_price'],
      [{ product: 'P', unitPrice: 0.5 }, 'quote.invalid_price'],
      [{ product: 'P', unitPrice: 1, discountPercent: 100.5 }, 'quote.invalid_discount'],
      [{ product: 'P', unitPrice: 1, discountPercent: '1.234' }, 'quote.invalid_discount'],
    ];
    for (const [input, code] of cases) {
      const res = await addQuoteLine(a.ctx(rep), dealId, input);
      expect(res.ok ? 'ok' : res.error.code, JSON.stringify(input)).toBe(code);
    }
    expect(
      await addQuoteLine(a.ctx(rep), '0123456789abcdef01234567', { product: 'P', unitPrice: 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'deal.not_found' },
    });
    expect(await quotes()).toBe(before);
    expect(value(await getDealQuote(a.ctx(rep), dealId)).lines).toHaveLength(1);
  });

  it('removes lines by position or id and stops at 50 lines', async () => {
    const dealId = await newDeal('Many lines');
    for (let i = 1; i <= MAX_LINES; i++)
      value(await addQuoteLine(a.ctx(rep), dealId, { product: `P${i}`, unitPrice: i }));
    expect(await addQuoteLine(a.ctx(rep), dealId, { product: 'One too many', unitPrice: 1 })).toMatchObject({
      ok: false,
      error: { code: 'quote.too_many_lines', params: { max: 50 } },
    });
    const second = value(await removeQuoteLine(a.ctx(rep), dealId, 2));
    expect(second.lines.map((l) => l.product).slice(0, 3)).toEqual(['P1', 'P3', 'P4']);
    expect(second.totals.subtotal).toBe((50 * 51) / 2 - 2);
    const byId = value(await removeQuoteLine(a.ctx(rep), dealId, second.lines[0]?.id ?? ''));
    expect(byId.lines[0]?.product).toBe('P3');
    expect(await removeQuoteLine(a.ctx(rep), dealId, 49)).toMatchObject({
      ok: false,
      error: { code: 'quote.line_not_found', params: { line: '49', count: 48 } },
    });
    expect(await removeQuoteLine(a.ctx(rep), dealId, 'nope')).toMatchObject({
      ok: false,
      error: { code: 'quote.line_not_found' },
    });
  });

  it('adds a line once per line id, so a retried request changes nothing', async () => {
    const dealId = await newDeal('Retried line');
    const first = value(
      await addQuoteLine(a.ctx(rep), dealId, { product: 'A', unitPrice: 5 }, { lineId: '1234567890' }),
    );
    const again = value(
      await addQuoteLine(a.ctx(rep), dealId, { product: 'A', unitPrice: 5 }, { lineId: '1234567890' }),
    );
    expect(again).toEqual(first);
    value(await addQuoteLine(a.ctx(rep), dealId, { product: 'B', unitPrice: 7 }, { lineId: 'req-2' }));
    expect(
      await addQuoteLine(a.ctx(rep), dealId, { product: 'C', unitPrice: 1 }, { lineId: 'no spaces!' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', params: { field: 'lineId' } },
    });
    // An all-digit id names the line, not position 1234567890.
    const removed = value(await removeQuoteLine(a.ctx(rep), dealId, '1234567890'));
    expect(removed.lines.map((l) => l.id)).toEqual(['req-2']);
  });

  it('keeps one draft per deal when two first lines arrive at once', async () => {
    const dealId = await newDeal('Race');
    const results = await Promise.all([
      addQuoteLine(a.ctx(rep), dealId, { product: 'A', unitPrice: 1 }),
      addQuoteLine(a.ctx(rep), dealId, { product: 'B', unitPrice: 2 }),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const all = await a.repos.quotes.listForDeal(dealId);
    expect(all).toHaveLength(1);
    // FerretDB does not make concurrent updates of one document atomic (see mongodb-portability.md).
    if (db.engine !== 'ferretdb') expect(all[0]?.lines.map((l) => l.product).sort()).toEqual(['A', 'B']);
  });
});

describe('sending, expiry and decisions', () => {
  it('sends for 30 days by default, then reads as expired and cannot be accepted', async () => {
    const dealId = await newDeal('Send');
    const empty = value(await addQuoteLine(a.ctx(rep), dealId, { product: 'P', unitPrice: 10 }));
    value(await removeQuoteLine(a.ctx(rep), dealId, 1));
    expect(await sendQuote(a.ctx(rep), dealId)).toMatchObject({
      ok: false,
      error: { code: 'quote.empty', params: { number: empty.number } },
    });
    value(await addQuoteLine(a.ctx(rep), dealId, { product: 'P', unitPrice: 10 }));
    expect(await sendQuote(a.ctx(rep), dealId, { validUntil: '2026-12-01' })).toMatchObject({
      ok: false,
      error: { code: 'quote.invalid_valid_until' },
    });
    expect(await sendQuote(a.ctx(rep), dealId, { validUntil: 'someday' })).toMatchObject({
      ok: false,
      error: { code: 'quote.invalid_valid_until' },
    });
    const sent = value(await sendQuote(a.ctx(rep), dealId));
    expect(sent).toMatchObject({ status: 'sent', sentAt: new Date('2026-12-04T10:00:00Z') });
    expect(sent.validUntil?.toISOString()).toBe('2027-01-03T10:00:00.000Z');
    expect(await sendQuote(a.ctx(rep), dealId)).toMatchObject({
      ok: false,
      error: { code: 'quote.invalid_transition', params: { from: 'sent', to: 'sent' } },
    });
    expect(await removeQuoteLine(a.ctx(rep), dealId, 1)).toMatchObject({
      ok: false,
      error: { code: 'quote.not_editable' },
    });

    const later = ctxAt(rep, '2027-01-03T10:00:01Z');
    expect(value(await getDealQuote(later, dealId)).status).toBe('expired');
    expect(await acceptQuote(later, dealId)).toMatchObject({
      ok: false,
      error: { code: 'quote.invalid_transition', params: { from: 'expired', to: 'accepted' } },
    });
    expect((await a.repos.deals.get(dealId))?.amount).toBe(100);
    // A new line starts a new draft; the expired quote stays as it was.
    const next = value(await addQuoteLine(later, dealId, { product: 'Q', unitPrice: 20 }));
    expect(next.number).not.toBe(sent.number);
    expect((await a.repos.quotes.listForDeal(dealId)).map((q) => q.status)).toEqual(['draft', 'sent']);
  });

  it('takes a bare day as valid through its end in the tenant zone', async () => {
    const dealId = await newDeal('Valid until');
    value(await addQuoteLine(a.ctx(rep), dealId, { product: 'P', unitPrice: 10 }));
    const sent = value(await sendQuote(a.ctx(rep), dealId, { validUntil: '2026-12-31' }));
    expect(sent.validUntil?.toISOString()).toBe('2026-12-31T22:59:59.999Z');
  });

  it('accepting sets the deal amount through the deal history, once', async () => {
    const dealId = await newDeal('Accept', { stage: 'proposal' });
    value(
      await addQuoteLine(a.ctx(rep), dealId, {
        product: 'A',
        quantity: 3,
        unitPrice: 1999,
        discountPercent: 12.5,
      }),
    );
    value(await addQuoteLine(a.ctx(rep), dealId, { product: 'B', unitPrice: 3, discountPercent: 50 }));
    value(await sendQuote(a.ctx(rep), dealId));
    const { quote, deal } = value(await acceptQuote(ctxAt(rep, '2026-12-05T09:00:00Z'), dealId));
    expect(quote).toMatchObject({
      status: 'accepted',
      totals: { subtotal: 6000, discount: 752, total: 5248 },
    });
    expect(quote.decidedAt?.toISOString()).toBe('2026-12-05T09:00:00.000Z');
    expect(deal).toMatchObject({ amount: 5248, weightedAmount: 2099 }); // 40 % of 5248 = 2099.2
    expect(deal.history.at(-1)).toEqual({
      at: new Date('2026-12-05T09:00:00Z'),
      byId: rep.id,
      kind: 'amount',
      from: 100,
      to: 5248,
      reason: `quote ${quote.number} accepted`,
    });
    expect(await acceptQuote(a.ctx(rep), dealId)).toMatchObject({
      ok: false,
      error: { code: 'quote.invalid_transition', params: { from: 'accepted', to: 'accepted' } },
    });
    expect((await a.repos.deals.get(dealId))?.history.filter((h) => h.kind === 'amount')).toHaveLength(1);
  });

  it('accepts a draft directly, rejects only sent quotes', async () => {
    const dealId = await newDeal('Draft accept');
    value(await addQuoteLine(a.ctx(rep), dealId, { product: 'A', unitPrice: 700 }));
    expect(await rejectQuote(a.ctx(rep), dealId)).toMatchObject({
      ok: false,
      error: { code: 'quote.invalid_transition', params: { from: 'draft', to: 'rejected' } },
    });
    expect(value(await acceptQuote(a.ctx(rep), dealId)).deal.amount).toBe(700);

    const other = await newDeal('Reject');
    value(await addQuoteLine(a.ctx(rep), other, { product: 'A', unitPrice: 700 }));
    value(await sendQuote(a.ctx(rep), other));
    expect(await rejectQuote(a.ctx(rep), other, 'x'.repeat(501))).toMatchObject({
      ok: false,
      error: { code: 'input.too_long', params: { field: 'reason', max: 500 } },
    });
    const rejected = value(await rejectQuote(a.ctx(rep), other, 'Too expensive'));
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: 'Too expensive' });
    expect((await a.repos.deals.get(other))?.amount).toBe(100);
  });
});

describe('permissions and tenants', () => {
  it('lets only the deal owner, their manager or an admin change quotes; anyone may read', async () => {
    const dealId = await newDeal('Guarded quote');
    value(await addQuoteLine(a.ctx(rep), dealId, { product: 'A', unitPrice: 1 }));
    const other = await a.member('Otto Other');
    const before = await quotes();
    for (const res of [
      await addQuoteLine(a.ctx(other), dealId, { product: 'B', unitPrice: 1 }),
      await removeQuoteLine(a.ctx(other), dealId, 1),
      await sendQuote(a.ctx(other), dealId),
      await acceptQuote(a.ctx(other), dealId),
    ]) {
      expect(res).toMatchObject({ ok: false, error: { code: 'member.forbidden' } });
    }
    expect(await quotes()).toBe(before);
    const seen = value(await getDealQuote(a.ctx(other), dealId));
    expect(seen).toMatchObject({ status: 'draft', version: 0 });
    expect(value(await sendQuote(a.ctx(a.admin), dealId)).status).toBe('sent');
  });

  it('keeps tenant B away from A’s quotes even with A’s ids', async () => {
    const dealId = await newDeal('Secret quote');
    const q = value(await addQuoteLine(a.ctx(rep), dealId, { product: 'A', unitPrice: 1 }));
    expect(await b.repos.quotes.get(q.id)).toBeNull();
    expect(await b.repos.quotes.current(dealId)).toBeNull();
    expect(await b.repos.quotes.listForDeal(dealId)).toEqual([]);
    expect(await b.repos.quotes.save(q.id, 0, { lines: [] })).toMatchObject({
      ok: false,
      error: { code: 'quote.not_found' },
    });
    expect(await b.repos.quotes.delete(q.id)).toBe(false);
    for (const res of [
      await getDealQuote(b.ctx(b.admin), dealId),
      await addQuoteLine(b.ctx(b.admin), dealId, { product: 'B', unitPrice: 1 }),
      await sendQuote(b.ctx(b.admin), dealId),
      await acceptQuote(b.ctx(b.admin), dealId),
    ]) {
      expect(res).toMatchObject({ ok: false, error: { code: 'deal.not_found' } });
    }
    expect(await a.repos.quotes.get(q.id)).toEqual(q);
    expect(await a.repos.quotes.delete(q.id)).toBe(true);
  });
});
