import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import type { Interaction } from './interaction.js';
import type { InteractionPage } from './interaction.repository.js';

/** An account's interactions, newest first (50 a page unless asked otherwise, at most 200). */
export async function listAccountInteractions(
  ctx: DomainContext,
  accountId: string,
  page: InteractionPage = {},
): Promise<Result<Interaction[]>> {
  const account = await ctx.repos.accounts.get(accountId);
  if (!account) return err(appError('account.not_found', { name: accountId }, { field: 'account' }));
  return ok(await ctx.repos.interactions.listForAccount(account.id, page));
}
