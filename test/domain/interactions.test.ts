import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/domain/accounts/create-account.js';
import type { DomainContext } from '../../src/domain/context.js';
import { createDeal } from '../../src/domain/deals/create-deal.js';
import { listAccountInteractions } from '../../src/domain/interactions/list-interactions.js';
import { logInteraction } from '../../src/domain/interactions/log-interaction.js';
import type { Member } from '../../src/domain/members/member.js';
import { manualClock } from '../../src/shared/clock.js';
import { useTestDatabase } from '../support/database.js';
import { createTestTenant, type TestTenant } from '../support/domain.js';

const db = useTestDatabase();
let a: TestTenant;
let b: TestTenant;
let rep: Member;
let acme: string;
let globex: string;
let anna: string;
let ben: string;
let stranger: string;
let acmeDeal: string;
let globexDeal: string;

const count = () => db.conn.collection('interactions').countDocuments({});
const ok = <T>(res: { ok: true; value: T } | { ok: false; error: { code: string } }): T => {
  if (!res.ok) throw new Error(`expected ok, got ${res.error.code}`);
  return res.value;
};
const ctxAt = (t: TestTenant, actor: Member, at: string): DomainContext => ({
  ...t.ctx(actor),
  clock: manualClock(at),
});

beforeAll(async () => {
  a = await createTestTenant(db.conn);
  b = await createTestTenant(db.conn);
  rep = await a.member('Rita Rep');
  acme = ok(await createAccount(a.ctx(rep), { name: 'Acme GmbH' })).id;
  globex = ok(await createAccount(a.ctx(rep), { name: 'Globex' })).id;
  anna = ok(await a.repos.contacts.create({ accountId: acme, name: 'Anna Acme' })).id;
  ben = ok(await a.repos.contacts.create({ accountId: acme, name: 'Ben Acme' })).id;
  stranger = ok(await a.repos.contacts.create({ accountId: globex, name: 'Gina Globex' })).id;
  acmeDeal = ok(await createDeal(a.ctx(rep), { accountId: acme, title: 'Acme deal' })).id;
  globexDeal = ok(await createDeal(a.ctx(rep), { accountId: globex, title: 'Globex deal' })).id;
});

describe('logging interactions', () => {
  it('logs now by default and moves the account’s last contact forward', async () => {
    const logged = ok(
      await logInteraction(a.ctx(rep), { accountId: acme, type: 'Call', summary: 'Intro call' }),
    );
    expect(logged).toMatchObject({
      accountId: acme,
      contactIds: [],
      type: 'call',
      direction: 'out',
      occurredAt: new Date('2026-12-04T10:00:00Z'),
      summary: 'Intro call',
      loggedById: rep.id,
      source: 'other',
      month: '2026-12',
    });
    expect(logged.dealId).toBeUndefined();
    expect(await a.repos.interactions.get(logged.id)).toEqual(logged);
    expect((await a.repos.accounts.get(acme))?.lastInteractionAt?.toISOString()).toBe(
      '2026-12-04T10:00:00.000Z',
    );

    const older = ok(
      await logInteraction(a.ctx(rep), {
        accountId: acme,
        type: 'meeting',
        direction: 'in',
        summary: 'Trade fair',
        occurredAt: '2026-11-01',
        contactIds: [anna, ben],
        dealId: acmeDeal,
        source: 'modal',
        permalink: 'https://acme.slack.com/archives/C1/p123',
      }),
    );
    expect(older).toMatchObject({
      contactIds: [anna, ben],
      dealId: acmeDeal,
      month: '2026-11',
      permalink: 'https://acme.slack.com/archives/C1/p123',
    });
    expect(older.occurredAt.toISOString()).toBe('2026-10-31T23:00:00.000Z'); // local midnight, Berlin
    expect((await a.repos.accounts.get(acme))?.lastInteractionAt?.toISOString()).toBe(
      '2026-12-04T10:00:00.000Z',
    );
  });

  it('logs once per idempotency key, even when the retry races the first delivery', async () => {
    const input = {
      accountId: globex,
      type: 'chat',
      summary: 'Slack thread',
      source: 'slash',
      idempotencyKey: 'evt-1',
    };
    const first = ok(await logInteraction(a.ctx(rep), input));
    const before = await count();
    const again = ok(await logInteraction(a.ctx(rep), { ...input, summary: 'edited on retry' }));
    expect(again).toEqual(first);
    expect(await count()).toBe(before);

    const raced = await Promise.all(
      [1, 2, 3].map(() => logInteraction(a.ctx(rep), { ...input, idempotencyKey: 'evt-2' })),
    );
    const ids = new Set(raced.map((r) => ok(r).id));
    expect(ids.size).toBe(1);
    expect(await count()).toBe(before + 1);
    expect(await a.repos.interactions.byIdempotencyKey('evt-2')).toMatchObject({ idempotencyKey: 'evt-2' });

    // Interactions without a key never clash with each other (the key is absent, not null).
    ok(await logInteraction(a.ctx(rep), { accountId: globex, type: 'note', summary: 'one' }));
    ok(await logInteraction(a.ctx(rep), { accountId: globex, type: 'note', summary: 'two' }));
    expect(await count()).toBe(before + 3);
    const raw = await db.conn.collection('interactions').findOne({ summary: 'one' });
    expect(raw && 'idempotencyKey' in raw).toBe(false);
  });

  it('accepts five minutes of clock drift but not a future date', async () => {
    const soon = ok(
      await logInteraction(a.ctx(rep), {
        accountId: globex,
        type: 'email',
        summary: 'Sent',
        occurredAt: '2026-12-04T10:05:00Z',
      }),
    );
    expect(soon.occurredAt.toISOString()).toBe('2026-12-04T10:05:00.000Z');
    const before = await count();
    const future = await logInteraction(a.ctx(rep), {
      accountId: globex,
      type: 'email',
      summary: 'Sent',
      occurredAt: '2026-12-04T10:05:01Z',
    });
    expect(future).toMatchObject({
      ok: false,
      error: { code: 'interaction.in_future', field: 'occurredAt' },
    });
    expect(await count()).toBe(before);
  });

  it('answers bad input with the right code and writes nothing', async () => {
    const before = await count();
    const foreign = ok(await createAccount(b.ctx(b.admin), { name: 'Foreign' })).id;
    const base = { accountId: acme, type: 'call', summary: 'x' };
    const cases: [Record<string, unknown>, string][] = [
      [{ type: 'fax' }, 'interaction.invalid_type'],
      [{ summary: '' }, 'interaction.summary_required'],
      [{ summary: 'x'.repeat(3001) }, 'interaction.summary_too_long'],
      [{ direction: 'up' }, 'interaction.invalid_direction'],
      [{ source: 'pigeon' }, 'interaction.invalid_source'],
      [{ occurredAt: '2026-02-30' }, 'interaction.invalid_date'],
      [{ occurredAt: '2027-01-01' }, 'interaction.in_future'],
      [{ permalink: 'ftp://x' }, 'interaction.invalid_permalink'],
      [{ accountId: '0123456789abcdef01234567' }, 'account.not_found'],
      [{ accountId: foreign }, 'account.not_found'],
      [{ dealId: globexDeal }, 'deal.not_found'],
      [{ dealId: 'not-an-id' }, 'deal.not_found'],
      [{ contactIds: [anna, stranger] }, 'contact.not_found'],
      [{ contactIds: ['0123456789abcdef01234567'] }, 'contact.not_found'],
    ];
    for (const [input, code] of cases) {
      const res = await logInteraction(a.ctx(rep), { ...base, ...input });
      expect(res.ok ? 'ok' : res.error.code, JSON.stringify(input).slice(0, 80)).toBe(code);
    }
    const typed = await logInteraction(a.ctx(rep), { ...base, type: 'fax' });
    expect(typed).toMatchObject({
      ok: false,
      error: { params: { valid: 'call, email, meeting, chat, note, campaign, other' } },
    });
    const contact = await logInteraction(a.ctx(rep), { ...base, contactIds: [anna, stranger] });
    expect(contact).toMatchObject({ ok: false, error: { params: { name: stranger } } });
    expect(await count()).toBe(before);
  });
});

describe('reading interactions', () => {
  it('lists, pages and counts for contact analytics', async () => {
    const t = await createTestTenant(db.conn);
    const sam = await t.member('Sam Seller');
    const acc = ok(await createAccount(t.ctx(sam), { name: 'Initech' })).id;
    const other = ok(await createAccount(t.ctx(sam), { name: 'Umbrella' })).id;
    const c1 = ok(await t.repos.contacts.create({ accountId: acc, name: 'Peter' })).id;
    const c2 = ok(await t.repos.contacts.create({ accountId: acc, name: 'Milton' })).id;
    const log = (actor: Member, occurredAt: string, type: string, contactIds: string[], accountId = acc) =>
      logInteraction(ctxAt(t, actor, '2026-12-04T10:00:00Z'), {
        accountId,
        type,
        summary: type,
        occurredAt,
        contactIds,
      });
    ok(await log(sam, '2026-10-15T09:00:00Z', 'call', [c1]));
    ok(await log(sam, '2026-11-02T09:00:00Z', 'email', [c1, c2]));
    ok(await log(sam, '2026-11-30T23:30:00Z', 'call', [c2])); // December in Berlin
    ok(await log(t.admin, '2026-11-20T09:00:00Z', 'meeting', [c1]));
    ok(await log(t.admin, '2026-11-21T09:00:00Z', 'note', []));
    ok(await log(sam, '2026-11-22T09:00:00Z', 'call', [], other));

    const firstPage = ok(await listAccountInteractions(t.ctx(sam), acc, { limit: 2 }));
    expect(firstPage.map((i) => i.occurredAt.toISOString())).toEqual([
      '2026-11-30T23:30:00.000Z',
      '2026-11-21T09:00:00.000Z',
    ]);
    const secondPage = await t.repos.interactions.listForAccount(acc, { limit: 2, skip: 2 });
    expect(secondPage.map((i) => i.type)).toEqual(['meeting', 'email']);
    expect(await listAccountInteractions(t.ctx(sam), '0123456789abcdef01234567')).toMatchObject({
      ok: false,
      error: { code: 'account.not_found' },
    });

    const novemberBySam = await t.repos.interactions.listByLogger([sam.id], {
      from: new Date('2026-11-01T00:00:00Z'),
      to: new Date('2026-12-01T00:00:00Z'),
    });
    expect(novemberBySam.map((i) => i.occurredAt.toISOString())).toEqual([
      '2026-11-30T23:30:00.000Z',
      '2026-11-22T09:00:00.000Z',
      '2026-11-02T09:00:00.000Z',
    ]);

    expect(await t.repos.interactions.countByLoggerAndContact({ accountId: acc })).toEqual(
      [
        { loggedById: sam.id, contactId: c1, count: 2 },
        { loggedById: sam.id, contactId: c2, count: 2 },
        { loggedById: t.admin.id, contactId: c1, count: 1 },
      ].sort(
        (x, y) =>
          y.count - x.count ||
          x.loggedById.localeCompare(y.loggedById) ||
          x.contactId.localeCompare(y.contactId),
      ),
    );
    expect(await t.repos.interactions.countByType({ accountId: acc })).toEqual([
      { type: 'call', count: 2 },
      { type: 'email', count: 1 },
      { type: 'meeting', count: 1 },
      { type: 'note', count: 1 },
    ]);
    expect(await t.repos.interactions.countByMonth({ accountId: acc })).toEqual([
      { month: '2026-10', count: 1 },
      { month: '2026-11', count: 3 },
      { month: '2026-12', count: 1 },
    ]);
    const november = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-11-25T00:00:00Z') };
    expect(await t.repos.interactions.countByType(november)).toEqual([
      { type: 'call', count: 1 },
      { type: 'email', count: 1 },
      { type: 'meeting', count: 1 },
      { type: 'note', count: 1 },
    ]);
    expect(await t.repos.interactions.count({ loggedByIds: [t.admin.id] })).toBe(2);
  });
});

describe('tenant isolation', () => {
  it('keeps tenant B away from A’s interactions even with A’s ids and keys', async () => {
    const logged = ok(
      await logInteraction(a.ctx(rep), {
        accountId: acme,
        type: 'call',
        summary: 'Secret',
        idempotencyKey: 'shared-key',
      }),
    );
    const repo = b.repos.interactions;
    expect(await repo.get(logged.id)).toBeNull();
    expect(await repo.byIdempotencyKey('shared-key')).toBeNull();
    expect(await repo.listForAccount(acme)).toEqual([]);
    expect(await repo.listByLogger([rep.id])).toEqual([]);
    expect(await repo.count()).toBe(0);
    expect(await repo.countByLoggerAndContact()).toEqual([]);
    expect(await repo.countByType()).toEqual([]);
    expect(await repo.countByMonth()).toEqual([]);
    expect(await repo.delete(logged.id)).toBe(false);
    expect(
      await logInteraction(b.ctx(b.admin), { accountId: acme, type: 'call', summary: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'account.not_found' },
    });
    expect(await listAccountInteractions(b.ctx(b.admin), acme)).toMatchObject({
      ok: false,
      error: { code: 'account.not_found' },
    });

    // The same key in another tenant is another interaction, not A's.
    const own = ok(await createAccount(b.ctx(b.admin), { name: 'B Corp' })).id;
    const theirs = ok(
      await logInteraction(b.ctx(b.admin), {
        accountId: own,
        type: 'call',
        summary: 'Mine',
        idempotencyKey: 'shared-key',
      }),
    );
    expect(theirs.id).not.toBe(logged.id);
    expect(await a.repos.interactions.get(logged.id)).toEqual(logged);
    expect(await a.repos.interactions.delete(logged.id)).toBe(true);
  });
});
