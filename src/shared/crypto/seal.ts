import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/** A 256-bit key for one purpose, derived from a configured secret (HKDF-SHA256). */
export function deriveKey(secret: string, purpose: string): Buffer {
  if (secret.length < 16) throw new Error('a sealing secret needs at least 16 characters');
  return Buffer.from(hkdfSync('sha256', secret, 'kontakt', purpose, 32));
}

/** Encrypts and authenticates text with AES-256-GCM: `v1:<base64 iv|tag|ciphertext>`. */
export function seal(text: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

export const isSealed = (value: string) => value.startsWith(`${VERSION}:`);

/** Decrypts what `seal` produced; throws when the key is wrong or the value was altered. */
export function unseal(value: string, key: Buffer): string {
  if (!isSealed(value)) throw new Error('not a sealed value');
  const raw = Buffer.from(value.slice(VERSION.length + 1), 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}
