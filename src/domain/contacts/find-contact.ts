import type { Candidate } from '../../shared/errors.js';
import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import type { Contact } from './contact.js';

export interface ContactScope {
  /** Only contacts of this account. */
  accountId?: string;
}

// Candidates name the contact's account, so "Anna" at Acme and "Anna" at Globex can be told apart.
async function withAccountNames(ctx: DomainContext, candidates: Candidate[]): Promise<Candidate[]> {
  const contacts = await ctx.repos.contacts.getMany(candidates.map((c) => c.id));
  const accounts = await ctx.repos.accounts.getMany([...new Set(contacts.map((c) => c.accountId))]);
  const accountOf = new Map(contacts.map((c) => [c.id, c.accountId]));
  const nameOf = new Map(accounts.map((a) => [a.id, a.name]));
  return candidates.map(({ detail: _, ...c }) => {
    const name = nameOf.get(accountOf.get(c.id) ?? '');
    return name ? { ...c, detail: name } : c;
  });
}

/**
 * Resolves a contact by id, exact e-mail or forgiving name, optionally within one account.
 * Several matches are `contact.ambiguous` with candidates (label = name, detail = account name).
 */
export async function findContact(
  ctx: DomainContext,
  query: string,
  scope: ContactScope = {},
): Promise<Result<Contact>> {
  const q = query.trim();
  if (!q) return err(appError('contact.name_required', undefined, { field: 'contact' }));
  const byId = await ctx.repos.contacts.get(q);
  if (byId && (!scope.accountId || byId.accountId === scope.accountId)) return ok(byId);
  const found = await ctx.repos.contacts.lookup(q, scope);
  if (found.kind === 'found') return ok(found.item);
  if (found.kind === 'ambiguous') {
    const candidates = await withAccountNames(ctx, found.candidates);
    return err(appError('contact.ambiguous', { name: q }, { field: 'contact', candidates }));
  }
  return err(appError('contact.not_found', { name: q }, { field: 'contact' }));
}

/** The people of an account, by name; `account.not_found` when the account does not exist. */
export async function listContacts(ctx: DomainContext, accountId: string): Promise<Result<Contact[]>> {
  if (!(await ctx.repos.accounts.get(accountId))) {
    return err(appError('account.not_found', { name: accountId }, { field: 'account' }));
  }
  return ok(await ctx.repos.contacts.listByAccount(accountId));
}

export const TYPEAHEAD_LIMIT = 10;

/** Typeahead: names starting with the text first, then names containing it. */
export function searchContacts(
  ctx: DomainContext,
  text: string,
  scope: ContactScope & { limit?: number } = {},
): Promise<Contact[]> {
  const { limit = TYPEAHEAD_LIMIT, ...rest } = scope;
  return ctx.repos.contacts.search(text, Math.min(Math.max(limit, 1), 50), rest);
}
