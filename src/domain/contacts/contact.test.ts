import { describe, expect, it } from 'vitest';
import { parseInput } from '../shared/parse.js';
import { isPhone, looksLikeEmail, normalizeEmail } from './contact.js';
import { contactPatchSchema, newContactSchema } from './contact.schema.js';

describe('contact rules', () => {
  it('accepts the phone formats people type', () => {
    for (const ok of ['+49 30 1234567', '030/123456', '(030) 123-456', '+1 (212) 555-0100', '12345']) {
      expect(isPhone(ok), ok).toBe(true);
    }
    for (const bad of ['1234', 'call me', '+49 30 123 ext. 5', '1'.repeat(31), '(((((--']) {
      expect(isPhone(bad), bad).toBe(false);
    }
  });

  it('normalizes e-mail addresses and recognizes them in lookups', () => {
    expect(normalizeEmail('  Anna.Berg@Acme.DE ')).toBe('anna.berg@acme.de');
    expect(looksLikeEmail('anna@acme.de')).toBe(true);
    expect(looksLikeEmail('Anna Berg')).toBe(false);
  });
});

describe('contact schemas', () => {
  const base = { accountId: 'a1', name: 'Anna Berg' };

  it('answers each bad field with its code', () => {
    const cases: [unknown, string][] = [
      [{ ...base, name: ' ' }, 'contact.name_required'],
      [{ accountId: 'a1' }, 'contact.name_required'],
      [{ ...base, name: 'x'.repeat(121) }, 'contact.name_too_long'],
      [{ name: 'Anna' }, 'contact.account_required'],
      [{ ...base, email: 'anna@' }, 'contact.invalid_email'],
      [{ ...base, email: 42 }, 'contact.invalid_email'],
      [{ ...base, phone: 'abc' }, 'contact.invalid_phone'],
      [{ ...base, role: 'x'.repeat(81) }, 'input.too_long'],
    ];
    for (const [input, code] of cases) {
      const res = parseInput(newContactSchema, input);
      expect(res.ok ? 'ok' : res.error.code, JSON.stringify(input)).toBe(code);
    }
  });

  it('says how long a name may be', () => {
    const res = parseInput(newContactSchema, { ...base, name: 'x'.repeat(121) });
    expect(res.ok ? undefined : res.error.params).toMatchObject({ field: 'name', max: 120 });
  });

  it('treats blank optional fields as absent on create and as cleared in a patch', () => {
    const created = parseInput(newContactSchema, { ...base, email: ' ', phone: '' });
    expect(created.ok && created.value).toEqual({ ...base });
    const patch = parseInput(contactPatchSchema, { email: '', role: null });
    expect(patch.ok && patch.value).toEqual({ email: null, role: null });
    const empty = parseInput(contactPatchSchema, {});
    expect(empty.ok ? 'ok' : empty.error.code).toBe('input.nothing_to_change');
  });
});
