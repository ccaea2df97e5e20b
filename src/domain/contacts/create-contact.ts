import { appError } from '../../shared/errors.js';
import { err, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import { parseInput } from '../shared/parse.js';
import type { Contact } from './contact.js';
import { newContactSchema } from './contact.schema.js';

/** Adds a person to an existing account; any member may do so. */
export async function createContact(ctx: DomainContext, input: unknown): Promise<Result<Contact>> {
  const parsed = parseInput(newContactSchema, input);
  if (!parsed.ok) return parsed;
  const record = parsed.value;
  if (!(await ctx.repos.accounts.get(record.accountId))) {
    return err(appError('account.not_found', { name: record.accountId }, { field: 'account' }));
  }
  return ctx.repos.contacts.create(record);
}
