import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/domain/accounts/create-account.js';
import { createDeal } from '../../src/domain/deals/create-deal.js';
import { importInteractions } from '../../src/domain/interactions/import-interactions.js';
import type { Member } from '../../src/domain/members/member.js';
import { useTestDatabase } from '../support/database.js';
import { createTestTenant, type TestTenant } from '../support/domain.js';

const db = useTestDatabase();
let t: TestTenant;
let rep: Member;
let acme: string;
let globex: string;
let anna: string;
let gina: string;
let acmeDeal: string;

const ok = <T>(res: { ok: true; value: T } | { ok: false; error: { code: string } }): T => {
  if (!res.ok) throw new Error(`expected ok, got ${res.error.code}`);
  return res.value;
};
const count = () => db.conn.collection('interactions').countDocuments({ tenantId: t.id });

beforeAll(async () => {
  t = await createTestTenant(db.conn);
  rep = await t.member('Rita Rep');
  acme = ok(await createAccount(t.ctx(rep), { name: 'Acme GmbH' })).id;
  globex = ok(await createAccount(t.ctx(rep), { name: 'Globex' })).id;
  anna = ok(await t.repos.contacts.create({ accountId: acme, name: 'Anna Acme' })).id;
  gina = ok(await t.repos.contacts.create({ accountId: globex, name: 'Gina Globex' })).id;
  acmeDeal = ok(await createDeal(t.ctx(rep), { accountId: acme, title: 'Acme deal' })).id;
});

describe('importing interactions', () => {
  it('writes nothing when one row is invalid, and names the row', async () => {
    const res = await importInteractions(t.ctx(rep), [
      { accountId: acme, type: 'call', summary: 'fine', occurredAt: '2026-11-02' },
      { accountId: acme, type: 'call', summary: 'Gina is not at Acme', contactIds: [gina] },
    ]);
    expect(res).toMatchObject({ ok: false, error: { code: 'contact.not_found', params: { row: 2 } } });
    const future = await importInteractions(t.ctx(rep), [
      { accountId: acme, type: 'call', summary: 'tomorrow', occurredAt: '2026-12-05T10:00:00Z' },
    ]);
    expect(future).toMatchObject({ ok: false, error: { code: 'interaction.in_future', params: { row: 1 } } });
    const foreignDeal = await importInteractions(t.ctx(rep), [
      { accountId: globex, type: 'note', summary: 'wrong deal', dealId: acmeDeal },
    ]);
    expect(foreignDeal).toMatchObject({ ok: false, error: { code: 'deal.not_found' } });
    expect(await count()).toBe(0);
  });

  it('stores every row by the actor with the derived month and moves each account’s last contact', async () => {
    const rows = [
      {
        accountId: acme,
        type: 'Call',
        summary: 'old',
        occurredAt: '2026-10-01T09:00:00Z',
        idempotencyKey: 'k1',
      },
      {
        accountId: acme,
        type: 'meeting',
        summary: 'newest at Acme',
        occurredAt: '2026-11-30T09:00:00Z',
        contactIds: [anna],
        dealId: acmeDeal,
        source: 'import',
        idempotencyKey: 'k2',
      },
      {
        accountId: globex,
        type: 'email',
        direction: 'in',
        summary: 'hello',
        occurredAt: '2026-11-15T09:00:00Z',
      },
    ];
    const res = ok(await importInteractions(t.ctx(rep), rows));
    expect(res.skipped).toBe(0);
    expect(res.created).toHaveLength(3);
    expect(res.created.find((i) => i.idempotencyKey === 'k2')).toMatchObject({
      type: 'meeting',
      contactIds: [anna],
      dealId: acmeDeal,
      loggedById: rep.id,
      source: 'import',
      month: '2026-11',
    });
    expect((await t.repos.accounts.get(acme))?.lastInteractionAt).toEqual(new Date('2026-11-30T09:00:00Z'));
    expect((await t.repos.accounts.get(globex))?.lastInteractionAt).toEqual(new Date('2026-11-15T09:00:00Z'));
  });

  it('skips rows whose idempotency key was used before, in an earlier call or the same one', async () => {
    const res = ok(
      await importInteractions(t.ctx(rep), [
        {
          accountId: acme,
          type: 'call',
          summary: 'again',
          occurredAt: '2026-10-01T09:00:00Z',
          idempotencyKey: 'k1',
        },
        {
          accountId: globex,
          type: 'call',
          summary: 'new',
          occurredAt: '2026-11-20T09:00:00Z',
          idempotencyKey: 'k3',
        },
        {
          accountId: globex,
          type: 'call',
          summary: 'twice',
          occurredAt: '2026-11-20T09:00:00Z',
          idempotencyKey: 'k3',
        },
      ]),
    );
    expect(res.created.map((i) => i.summary)).toEqual(['new']);
    expect(res.skipped).toBe(2);
    expect(await count()).toBe(4);
    expect((await t.repos.interactions.byIdempotencyKey('k1'))?.summary).toBe('old');
    const once = ok(
      await importInteractions(t.ctx(rep), [
        {
          accountId: globex,
          type: 'call',
          summary: 'only one',
          occurredAt: '2026-11-20',
          idempotencyKey: 'k3',
        },
      ]),
    );
    expect(once).toEqual({ created: [], skipped: 1 });
    expect(await count()).toBe(4);
  });
});
