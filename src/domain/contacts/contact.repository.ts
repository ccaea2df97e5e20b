import type { Result } from '../../shared/result.js';
import type { Lookup } from '../shared/lookup.js';
import type { Contact } from './contact.js';

export interface NewContactRecord {
  accountId: string;
  name: string;
  email?: string | undefined;
  phone?: string | undefined;
  role?: string | undefined;
}

/** `null` removes an optional field. */
export interface ContactChanges {
  accountId?: string | undefined;
  name?: string | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  role?: string | null | undefined;
}

/** Contacts of one tenant. E-mail addresses are unique per tenant regardless of case. */
export interface ContactRepository {
  /** `contact.duplicate_email` when another contact has the address. */
  create(record: NewContactRecord): Promise<Result<Contact>>;
  get(id: string): Promise<Contact | null>;
  getMany(ids: string[]): Promise<Contact[]>;
  byEmail(email: string): Promise<Contact | null>;
  /** Forgiving name lookup (exact, case/accents ignored, prefix, contains), optionally in one account. */
  lookup(query: string, opts?: { accountId?: string }): Promise<Lookup<Contact>>;
  /** Typeahead: names starting with (then containing) the text, optionally in one account. */
  search(text: string, limit: number, opts?: { accountId?: string }): Promise<Contact[]>;
  /** Contacts of an account by name. */
  listByAccount(accountId: string): Promise<Contact[]>;
  count(filter?: { accountId?: string }): Promise<number>;
  /** `contact.duplicate_email` on a clash; `contact.not_found` when missing. */
  update(id: string, changes: ContactChanges): Promise<Result<Contact>>;
  delete(id: string): Promise<boolean>;
}
