/** A person at a customer account. */
export interface Contact {
  id: string;
  accountId: string;
  name: string;
  /** Unique per tenant regardless of case. */
  email?: string;
  phone?: string;
  /** Job title, e.g. "Head of Purchasing". */
  role?: string;
  createdAt: Date;
}

/** Lower case, trimmed: two spellings of one address are the same contact. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** Whether a lookup query is meant as an e-mail address rather than a name. */
export const looksLikeEmail = (query: string): boolean => /^[^\s@]+@[^\s@]+$/.test(query.trim());

// What people write in phone fields: +49 (0)30 123-456, 030/123456. Formatting is kept as typed.
const PHONE = /^[\d\s+\-/()]{5,30}$/;
const MIN_PHONE_DIGITS = 3;

export function isPhone(value: string): boolean {
  return PHONE.test(value) && (value.match(/\d/g)?.length ?? 0) >= MIN_PHONE_DIGITS;
}
