import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import type { Account } from './account.js';

/** Resolves an account by id or forgiving name; several matches are `account.ambiguous` with candidates. */
export async function findAccount(ctx: DomainContext, query: string): Promise<Result<Account>> {
  const q = query.trim();
  if (!q) return err(appError('account.name_required', undefined, { field: 'account' }));
  const byId = await ctx.repos.accounts.get(q);
  if (byId) return ok(byId);
  const found = await ctx.repos.accounts.lookup(q);
  if (found.kind === 'found') return ok(found.item);
  if (found.kind === 'ambiguous') {
    return err(
      appError('account.ambiguous', { name: q }, { field: 'account', candidates: found.candidates }),
    );
  }
  return err(appError('account.not_found', { name: q }, { field: 'account' }));
}
