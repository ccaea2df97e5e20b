import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/domain/accounts/create-account.js';
import { findAccount } from '../../src/domain/accounts/find-account.js';
import { snoozeAccount, updateAccount } from '../../src/domain/accounts/update-account.js';
import { useTestDatabase } from '../support/database.js';
import { createTestTenant, type TestTenant } from '../support/domain.js';

const db = useTestDatabase();
let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  a = await createTestTenant(db.conn);
  b = await createTestTenant(db.conn);
});

const count = () => db.conn.collection('accounts').countDocuments({});

describe('accounts', () => {
  it('creates an account owned by the actor, with a forgiving lookup', async () => {
    const rep = await a.member('Rita Rep');
    const created = await createAccount(a.ctx(rep), { name: 'Müller Maschinenbau GmbH', tier: 'A' });
    expect(created.ok && created.value).toMatchObject({
      name: 'Müller Maschinenbau GmbH',
      ownerId: rep.id,
      tier: 'A',
    });

    for (const q of ['Müller Maschinenbau GmbH', 'muller maschinenbau gmbh', 'MÜLLER', 'maschinenbau']) {
      const found = await findAccount(a.ctx(rep), q);
      expect(found.ok && found.value.name, q).toBe('Müller Maschinenbau GmbH');
    }
  });

  it('rejects a name that differs only by case or accents, writing nothing', async () => {
    const before = await count();
    const dup = await createAccount(a.ctx(a.admin), { name: 'MULLER maschinenbau gmbh' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'account.duplicate', field: 'name' } });
    expect(await count()).toBe(before);
  });

  it('returns candidates when a name is ambiguous, and not_found when nothing matches', async () => {
    await createAccount(a.ctx(a.admin), { name: 'Acme GmbH' });
    await createAccount(a.ctx(a.admin), { name: 'Acme Logistics' });
    const amb = await findAccount(a.ctx(a.admin), 'acme');
    expect(amb.ok).toBe(false);
    if (!amb.ok) {
      expect(amb.error.code).toBe('account.ambiguous');
      expect(amb.error.candidates?.map((c) => c.label)).toEqual(['Acme GmbH', 'Acme Logistics']);
    }
    const exact = await findAccount(a.ctx(a.admin), 'Acme GmbH');
    expect(exact.ok && exact.value.name).toBe('Acme GmbH');
    const none = await findAccount(a.ctx(a.admin), 'Globex');
    expect(none).toMatchObject({
      ok: false,
      error: { code: 'account.not_found', params: { name: 'Globex' } },
    });
  });

  it('answers bad input with the right code and writes nothing', async () => {
    const before = await count();
    const cases: [unknown, string][] = [
      [{ name: '' }, 'account.name_required'],
      [{ name: '   ' }, 'account.name_required'],
      [{}, 'account.name_required'],
      [{ name: 'x'.repeat(121) }, 'account.name_too_long'],
      [{ name: 'Ok', tier: 'D' }, 'account.invalid_tier'],
      [{ name: 'Ok', cadenceDays: 0 }, 'account.invalid_cadence'],
      [{ name: 'Ok', website: 'not a site' }, 'account.invalid_website'],
      [{ name: 'Ok', ownerId: '0123456789abcdef01234567' }, 'member.not_found'],
    ];
    for (const [input, code] of cases) {
      const res = await createAccount(a.ctx(a.admin), input);
      expect(res.ok ? 'ok' : res.error.code, JSON.stringify(input)).toBe(code);
    }
    expect(await count()).toBe(before);
  });

  it('lets the owner and admins edit, not other reps', async () => {
    const owner = await a.member('Otto Owner');
    const other = await a.member('Olga Other');
    const created = await createAccount(a.ctx(owner), { name: 'Initech' });
    if (!created.ok) throw new Error('setup');
    const denied = await updateAccount(a.ctx(other), created.value.id, { tier: 'A' });
    expect(denied).toMatchObject({ ok: false, error: { code: 'member.forbidden' } });
    expect((await a.repos.accounts.get(created.value.id))?.tier).toBe('B');

    const mine = await updateAccount(a.ctx(owner), created.value.id, { tier: 'A', cadenceDays: 10 });
    expect(mine.ok && mine.value).toMatchObject({ tier: 'A', cadenceDays: 10 });
    const byAdmin = await updateAccount(a.ctx(a.admin), created.value.id, { cadenceDays: null });
    expect(byAdmin.ok && byAdmin.value.cadenceDays).toBeUndefined();

    const renameClash = await updateAccount(a.ctx(owner), created.value.id, { name: 'acme gmbh' });
    expect(renameClash).toMatchObject({ ok: false, error: { code: 'account.duplicate' } });

    const snoozed = await snoozeAccount(a.ctx(owner), created.value.id, 7);
    expect(snoozed.ok && snoozed.value.snoozedUntil?.toISOString()).toBe('2026-12-11T10:00:00.000Z');
  });

  it('moves lastInteractionAt only forward', async () => {
    const created = await createAccount(a.ctx(a.admin), { name: 'Umbrella' });
    if (!created.ok) throw new Error('setup');
    const id = created.value.id;
    await a.repos.accounts.touch(id, new Date('2026-11-10T10:00:00Z'));
    await a.repos.accounts.touch(id, new Date('2026-11-01T10:00:00Z'));
    expect((await a.repos.accounts.get(id))?.lastInteractionAt?.toISOString()).toBe(
      '2026-11-10T10:00:00.000Z',
    );
  });

  it('keeps tenants apart even when given the other tenant’s ids', async () => {
    const created = await createAccount(a.ctx(a.admin), { name: 'Secret Corp' });
    if (!created.ok) throw new Error('setup');
    const id = created.value.id;

    expect(await b.repos.accounts.get(id)).toBeNull();
    expect(await b.repos.accounts.getMany([id])).toEqual([]);
    expect((await b.repos.accounts.lookup('Secret Corp')).kind).toBe('none');
    expect(await b.repos.accounts.search('secret', 10)).toEqual([]);
    expect(await b.repos.accounts.list()).toEqual([]);
    expect(await b.repos.accounts.count()).toBe(0);
    expect((await b.repos.accounts.update(id, { name: 'Hacked' })).ok).toBe(false);
    await b.repos.accounts.touch(id, new Date('2030-01-01T00:00:00Z'));
    expect(await b.repos.accounts.delete(id)).toBe(false);

    const still = await a.repos.accounts.get(id);
    expect(still?.name).toBe('Secret Corp');
    expect(still?.lastInteractionAt).toBeUndefined();
    // The same name is free in another tenant.
    const other = await createAccount(b.ctx(b.admin), { name: 'Secret Corp' });
    expect(other.ok).toBe(true);
  });

  it('searches by prefix first for typeahead', async () => {
    const res = await a.repos.accounts.search('ac', 10);
    expect(res.map((x) => x.name)).toEqual(['Acme GmbH', 'Acme Logistics']);
  });
});

describe('members', () => {
  it('makes the first member admin, later ones reps, and refreshes profiles idempotently', async () => {
    const t = await createTestTenant(db.conn);
    expect(t.admin.role).toBe('admin');
    const again = await t.repos.members.ensure(
      { platform: 'slack', platformUserId: 'UADAADMIN', displayName: 'Ada A.', email: 'ADA@x.de' },
      { timeZone: 'Europe/Berlin', locale: 'de' },
    );
    expect(again).toMatchObject({ id: t.admin.id, role: 'admin', displayName: 'Ada A.', email: 'ada@x.de' });
    const rep = await t.repos.members.ensure(
      {
        platform: 'slack',
        platformUserId: 'U2',
        displayName: 'Bob',
        timeZone: 'America/New_York',
        locale: 'en',
      },
      { timeZone: 'Europe/Berlin', locale: 'de' },
    );
    expect(rep).toMatchObject({ role: 'rep', timeZone: 'America/New_York', locale: 'en' });
    expect((await t.repos.members.list()).length).toBe(2);
    expect(await b.repos.members.get(rep.id)).toBeNull();
  });
});
