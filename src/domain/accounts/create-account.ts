import { appError } from '../../shared/errors.js';
import { err, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import { parseInput } from '../shared/parse.js';
import type { Account } from './account.js';
import { newAccountSchema } from './account.schema.js';

/** Creates an account owned by the actor unless another member is named. */
export async function createAccount(ctx: DomainContext, input: unknown): Promise<Result<Account>> {
  const parsed = parseInput(newAccountSchema, input);
  if (!parsed.ok) return parsed;
  const { ownerId = ctx.actor.id, ...rest } = parsed.value;
  if (ownerId !== ctx.actor.id && !(await ctx.repos.members.get(ownerId))) {
    return err(appError('member.not_found', { name: ownerId }, { field: 'owner' }));
  }
  return ctx.repos.accounts.create({ ...rest, ownerId, createdAt: ctx.clock.now() });
}
