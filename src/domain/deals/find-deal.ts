import { appError, type Candidate } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import type { Deal } from './deal.js';

async function withAccountNames(ctx: DomainContext, candidates: Candidate[]): Promise<Candidate[]> {
  const ids = [...new Set(candidates.map((c) => c.detail).filter((id): id is string => Boolean(id)))];
  const names = new Map((await ctx.repos.accounts.getMany(ids)).map((a) => [a.id, a.name]));
  return candidates.map(({ detail, ...c }) => {
    const name = detail ? names.get(detail) : undefined;
    return name ? { ...c, detail: name } : c;
  });
}

/**
 * Resolves a deal by id or forgiving title, optionally within one account. Open deals are preferred, so
 * an old lost deal of the same name does not get in the way; several matches are `deal.ambiguous` with
 * candidates labelled by title and detailed by account name.
 */
export async function findDeal(
  ctx: DomainContext,
  query: string,
  opts: { accountId?: string } = {},
): Promise<Result<Deal>> {
  const q = query.trim();
  if (!q) return err(appError('deal.title_required', undefined, { field: 'deal' }));
  const byId = await ctx.repos.deals.get(q);
  if (byId && (!opts.accountId || byId.accountId === opts.accountId)) return ok(byId);

  const within = opts.accountId ? { accountId: opts.accountId } : {};
  let found = await ctx.repos.deals.lookup(q, { ...within, status: 'open' });
  if (found.kind === 'none') found = await ctx.repos.deals.lookup(q, within);
  if (found.kind === 'found') return ok(found.item);
  if (found.kind === 'ambiguous') {
    const candidates = await withAccountNames(ctx, found.candidates);
    return err(appError('deal.ambiguous', { name: q }, { field: 'deal', candidates }));
  }
  return err(appError('deal.not_found', { name: q }, { field: 'deal' }));
}
