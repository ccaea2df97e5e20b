import { beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/domain/accounts/account.js';
import { createAccount } from '../../src/domain/accounts/create-account.js';
import { createContact } from '../../src/domain/contacts/create-contact.js';
import { findContact, listContacts, searchContacts } from '../../src/domain/contacts/find-contact.js';
import { deleteContact, updateContact } from '../../src/domain/contacts/update-contact.js';
import type { Member } from '../../src/domain/members/member.js';
import { useTestDatabase } from '../support/database.js';
import { createTestTenant, type TestTenant } from '../support/domain.js';

const db = useTestDatabase();
let a: TestTenant;
let b: TestTenant;
let owner: Member;
let other: Member;
let acme: Account;
let globex: Account;

async function account(t: TestTenant, actor: Member, name: string): Promise<Account> {
  const res = await createAccount(t.ctx(actor), { name });
  if (!res.ok) throw new Error(`setup: ${res.error.code}`);
  return res.value;
}

beforeAll(async () => {
  a = await createTestTenant(db.conn);
  b = await createTestTenant(db.conn);
  owner = await a.member('Otto Owner');
  other = await a.member('Olga Other');
  acme = await account(a, owner, 'Acme GmbH');
  globex = await account(a, other, 'Globex AG');
});

const count = () => db.conn.collection('contacts').countDocuments({});

describe('contacts', () => {
  it('creates a contact and finds it by name, e-mail and id', async () => {
    const created = await createContact(a.ctx(owner), {
      accountId: acme.id,
      name: 'Anna Bäcker',
      email: ' Anna.Baecker@Acme.DE ',
      phone: '+49 (30) 123-456',
      role: 'Head of Purchasing',
    });
    expect(created.ok && created.value).toMatchObject({
      accountId: acme.id,
      name: 'Anna Bäcker',
      email: 'Anna.Baecker@Acme.DE',
      phone: '+49 (30) 123-456',
      role: 'Head of Purchasing',
    });
    if (!created.ok) return;
    for (const q of [
      'Anna Bäcker',
      'anna backer',
      'ANNA',
      'bäcker',
      'anna.baecker@acme.de',
      created.value.id,
    ]) {
      const found = await findContact(a.ctx(other), q);
      expect(found.ok && found.value.id, q).toBe(created.value.id);
    }
  });

  it('allows many contacts without an e-mail and never stores null', async () => {
    const before = await count();
    for (const name of ['Bernd Brot', 'Berta Brot']) {
      const res = await createContact(a.ctx(owner), { accountId: acme.id, name, email: '' });
      expect(res.ok && res.value.email, name).toBeUndefined();
    }
    expect(await count()).toBe(before + 2);
    const raw = await db.conn.collection('contacts').find({ name: { $in: ['Bernd Brot', 'Berta Brot'] } });
    for (const doc of await raw.toArray()) {
      expect('email' in doc || 'emailKey' in doc).toBe(false);
    }
  });

  it('rejects an e-mail address another contact has, in any case, writing nothing', async () => {
    const before = await count();
    const dup = await createContact(a.ctx(other), {
      accountId: globex.id,
      name: 'Someone Else',
      email: 'ANNA.BAECKER@acme.de',
    });
    expect(dup).toMatchObject({ ok: false, error: { code: 'contact.duplicate_email', field: 'email' } });
    expect(await count()).toBe(before);
  });

  it('answers bad input with the right code and writes nothing', async () => {
    const before = await count();
    const cases: [unknown, string][] = [
      [{ accountId: acme.id }, 'contact.name_required'],
      [{ accountId: acme.id, name: '  ' }, 'contact.name_required'],
      [{ accountId: acme.id, name: 'x'.repeat(121) }, 'contact.name_too_long'],
      [{ name: 'Carl' }, 'contact.account_required'],
      [{ accountId: acme.id, name: 'Carl', email: 'carl@' }, 'contact.invalid_email'],
      [{ accountId: acme.id, name: 'Carl', email: 'carl at acme' }, 'contact.invalid_email'],
      [{ accountId: acme.id, name: 'Carl', phone: '12' }, 'contact.invalid_phone'],
      [{ accountId: acme.id, name: 'Carl', phone: 'call me maybe' }, 'contact.invalid_phone'],
      [{ accountId: '0123456789abcdef01234567', name: 'Carl' }, 'account.not_found'],
      [{ accountId: 'nonsense', name: 'Carl' }, 'account.not_found'],
    ];
    for (const [input, code] of cases) {
      const res = await createContact(a.ctx(owner), input);
      expect(res.ok ? 'ok' : res.error.code, JSON.stringify(input)).toBe(code);
    }
    expect(await count()).toBe(before);
  });

  it('names the accounts of ambiguous candidates and narrows by account', async () => {
    await createContact(a.ctx(other), { accountId: globex.id, name: 'Anna Schmidt' });
    const amb = await findContact(a.ctx(owner), 'anna');
    expect(amb.ok).toBe(false);
    if (!amb.ok) {
      expect(amb.error).toMatchObject({ code: 'contact.ambiguous', params: { name: 'anna' } });
      expect(amb.error.candidates?.map((c) => [c.label, c.detail])).toEqual([
        ['Anna Bäcker', 'Acme GmbH'],
        ['Anna Schmidt', 'Globex AG'],
      ]);
    }
    const inGlobex = await findContact(a.ctx(owner), 'anna', { accountId: globex.id });
    expect(inGlobex.ok && inGlobex.value.name).toBe('Anna Schmidt');
    const none = await findContact(a.ctx(owner), 'Zoe');
    expect(none).toMatchObject({ ok: false, error: { code: 'contact.not_found', params: { name: 'Zoe' } } });
    const blank = await findContact(a.ctx(owner), '  ');
    expect(blank).toMatchObject({ ok: false, error: { code: 'contact.name_required' } });
  });

  it('lists an account’s contacts and searches by prefix before contains', async () => {
    const listed = await listContacts(a.ctx(owner), acme.id);
    expect(listed.ok && listed.value.map((c) => c.name)).toEqual(['Anna Bäcker', 'Bernd Brot', 'Berta Brot']);
    const missing = await listContacts(a.ctx(owner), '0123456789abcdef01234567');
    expect(missing).toMatchObject({ ok: false, error: { code: 'account.not_found' } });

    await createContact(a.ctx(owner), { accountId: acme.id, name: 'Hubert Bergmann' });
    const found = await searchContacts(a.ctx(owner), 'ber');
    expect(found.map((c) => c.name)).toEqual(['Bernd Brot', 'Berta Brot', 'Hubert Bergmann']);
    const inGlobex = await searchContacts(a.ctx(owner), 'an', { accountId: globex.id });
    expect(inGlobex.map((c) => c.name)).toEqual(['Anna Schmidt']);
    expect((await searchContacts(a.ctx(owner), 'b', { limit: 1 })).length).toBe(1);
  });

  it('lets the account’s owner and admins edit, not other reps', async () => {
    const created = await createContact(a.ctx(other), { accountId: acme.id, name: 'Dora Dreher' });
    if (!created.ok) throw new Error('setup');
    const id = created.value.id;
    const denied = await updateContact(a.ctx(other), id, { role: 'CEO' });
    expect(denied).toMatchObject({ ok: false, error: { code: 'member.forbidden' } });
    expect((await a.repos.contacts.get(id))?.role).toBeUndefined();

    const mine = await updateContact(a.ctx(owner), id, { role: 'CEO', email: 'Dora@acme.de' });
    expect(mine.ok && mine.value).toMatchObject({ role: 'CEO', email: 'Dora@acme.de' });
    const byAdmin = await updateContact(a.ctx(a.admin), id, { phone: '030 987654', role: null });
    expect(byAdmin.ok && byAdmin.value).toMatchObject({ phone: '030 987654' });
    expect(byAdmin.ok && byAdmin.value.role).toBeUndefined();
    expect((await deleteContact(a.ctx(other), id)).ok).toBe(false);
    expect(await a.repos.contacts.get(id)).not.toBeNull();
  });

  it('checks e-mail clashes, bad values and accounts on update, changing nothing', async () => {
    const created = await createContact(a.ctx(owner), { accountId: acme.id, name: 'Emil Ernst' });
    if (!created.ok) throw new Error('setup');
    const id = created.value.id;
    const cases: [unknown, string][] = [
      [{ email: 'anna.baecker@ACME.de' }, 'contact.duplicate_email'],
      [{ email: 'emil@' }, 'contact.invalid_email'],
      [{ phone: 'x' }, 'contact.invalid_phone'],
      [{ name: '' }, 'contact.name_required'],
      [{ accountId: '0123456789abcdef01234567' }, 'account.not_found'],
      [{}, 'input.nothing_to_change'],
    ];
    for (const [input, code] of cases) {
      const res = await updateContact(a.ctx(owner), id, input);
      expect(res.ok ? 'ok' : res.error.code, JSON.stringify(input)).toBe(code);
    }
    expect(await a.repos.contacts.get(id)).toEqual(created.value);

    const missing = await updateContact(a.ctx(owner), '0123456789abcdef01234567', { role: 'x' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'contact.not_found' } });

    // Freeing an address lets another contact take it; moving to another account works.
    const anna = await findContact(a.ctx(owner), 'anna.baecker@acme.de');
    if (!anna.ok) throw new Error('setup');
    expect((await updateContact(a.ctx(owner), anna.value.id, { email: '' })).ok).toBe(true);
    const taken = await updateContact(a.ctx(owner), id, {
      email: 'Anna.Baecker@acme.de',
      accountId: globex.id,
    });
    expect(taken.ok && taken.value).toMatchObject({ email: 'Anna.Baecker@acme.de', accountId: globex.id });
  });

  it('deletes a contact', async () => {
    const created = await createContact(a.ctx(owner), { accountId: acme.id, name: 'Fritz Fort' });
    if (!created.ok) throw new Error('setup');
    const before = await count();
    const gone = await deleteContact(a.ctx(owner), created.value.id);
    expect(gone.ok && gone.value.name).toBe('Fritz Fort');
    expect(await count()).toBe(before - 1);
    const again = await deleteContact(a.ctx(owner), created.value.id);
    expect(again).toMatchObject({ ok: false, error: { code: 'contact.not_found' } });
  });

  it('keeps tenants apart even when given the other tenant’s ids', async () => {
    const created = await createContact(a.ctx(owner), {
      accountId: acme.id,
      name: 'Greta Geheim',
      email: 'greta@secret.example',
    });
    if (!created.ok) throw new Error('setup');
    const id = created.value.id;
    const before = await count();

    expect(await b.repos.contacts.get(id)).toBeNull();
    expect(await b.repos.contacts.getMany([id])).toEqual([]);
    expect(await b.repos.contacts.byEmail('greta@secret.example')).toBeNull();
    expect((await b.repos.contacts.lookup('Greta Geheim')).kind).toBe('none');
    expect((await b.repos.contacts.lookup('greta@secret.example')).kind).toBe('none');
    expect(await b.repos.contacts.search('greta', 10)).toEqual([]);
    expect(await b.repos.contacts.listByAccount(acme.id)).toEqual([]);
    expect(await b.repos.contacts.count()).toBe(0);
    expect((await b.repos.contacts.update(id, { name: 'Hacked' })).ok).toBe(false);
    expect(await b.repos.contacts.delete(id)).toBe(false);

    const ctxB = b.ctx(b.admin);
    expect(await findContact(ctxB, id)).toMatchObject({ ok: false, error: { code: 'contact.not_found' } });
    expect(await updateContact(ctxB, id, { name: 'Hacked' })).toMatchObject({
      ok: false,
      error: { code: 'contact.not_found' },
    });
    expect((await deleteContact(ctxB, id)).ok).toBe(false);
    expect(await listContacts(ctxB, acme.id)).toMatchObject({
      ok: false,
      error: { code: 'account.not_found' },
    });
    // Tenant B cannot attach a contact to A's account.
    const foreign = await createContact(ctxB, { accountId: acme.id, name: 'Mole' });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'account.not_found' } });
    expect(await count()).toBe(before);

    expect(await a.repos.contacts.get(id)).toEqual(created.value);
    // The same address is free in another tenant.
    const bAccount = await account(b, b.admin, 'B Corp');
    const same = await createContact(ctxB, {
      accountId: bAccount.id,
      name: 'Greta',
      email: 'greta@secret.example',
    });
    expect(same.ok).toBe(true);
  });
});
