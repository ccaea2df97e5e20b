import type { Result } from '../../shared/result.js';
import type { Lookup } from '../shared/lookup.js';
import type { Tier } from '../tenants/tenant.js';
import type { Account } from './account.js';

export interface NewAccountRecord {
  name: string;
  ownerId: string;
  tier: Tier;
  cadenceDays?: number | undefined;
  industry?: string | undefined;
  website?: string | undefined;
  notes?: string | undefined;
  /** When it was created by the injected clock (the neglect scan counts a never-contacted account from it). */
  createdAt?: Date;
}

export type AccountChanges = Partial<Omit<NewAccountRecord, 'cadenceDays' | 'createdAt'>> & {
  cadenceDays?: number | null;
  dormant?: boolean;
  snoozedUntil?: Date | null;
};

export interface AccountListFilter {
  ownerId?: string;
  ownerIds?: string[];
  /** Only accounts last contacted before this instant (or never). */
  lastContactBefore?: Date;
  includeDormant?: boolean;
}

/** Accounts of one tenant. Names are unique per tenant regardless of case and accents. */
export interface AccountRepository {
  /** `account.duplicate` when the name is taken. */
  create(record: NewAccountRecord): Promise<Result<Account>>;
  get(id: string): Promise<Account | null>;
  getMany(ids: string[]): Promise<Account[]>;
  lookup(query: string): Promise<Lookup<Account>>;
  /** Typeahead: names starting with (then containing) the text. */
  search(text: string, limit: number): Promise<Account[]>;
  list(filter?: AccountListFilter, page?: { limit?: number; skip?: number }): Promise<Account[]>;
  count(filter?: AccountListFilter): Promise<number>;
  /** `account.duplicate` on a name clash; `account.not_found` when missing. */
  update(id: string, changes: AccountChanges): Promise<Result<Account>>;
  /** Moves `lastInteractionAt` forward to `at` (never backwards). */
  touch(id: string, at: Date): Promise<void>;
  delete(id: string): Promise<boolean>;
}
