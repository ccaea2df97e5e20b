import { describe, expect, it } from 'vitest';
import { deriveKey, isSealed, seal, unseal } from './seal.js';

const key = deriveKey('a-long-state-secret-of-the-app', 'installations');

describe('seal', () => {
  it('round-trips text and hides it', () => {
    const sealed = seal('{"bot":{"token":"xoxb-123"}}', key);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('xoxb');
    expect(unseal(sealed, key)).toBe('{"bot":{"token":"xoxb-123"}}');
    expect(seal('same', key)).not.toBe(seal('same', key)); // a fresh IV each time
  });

  it('refuses a wrong key or an altered value', () => {
    const sealed = seal('secret', key);
    expect(() => unseal(sealed, deriveKey('another-long-secret-value', 'installations'))).toThrow();
    expect(() => unseal(sealed, deriveKey('a-long-state-secret-of-the-app', 'other purpose'))).toThrow();
    const bytes = Buffer.from(sealed.slice(3), 'base64');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(() => unseal(`v1:${bytes.toString('base64')}`, key)).toThrow();
  });

  it('needs a secret of some length', () => {
    expect(() => deriveKey('short', 'x')).toThrow(/16 characters/);
  });
});
