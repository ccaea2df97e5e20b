import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import { canEditOwnedBy } from '../members/permissions.js';
import { parseInput } from '../shared/parse.js';
import type { Contact } from './contact.js';
import { contactPatchSchema } from './contact.schema.js';

const notFound = (id: string) => err(appError('contact.not_found', { name: id }, { field: 'contact' }));

// A contact is part of its account's record: whoever may edit the account may edit its people.
async function editable(ctx: DomainContext, id: string): Promise<Result<Contact>> {
  const contact = await ctx.repos.contacts.get(id);
  if (!contact) return notFound(id);
  const account = await ctx.repos.accounts.get(contact.accountId);
  const team =
    ctx.actor.role === 'manager' ? (await ctx.repos.members.team(ctx.actor.id)).map((m) => m.id) : [];
  // A contact whose account is gone can still be fixed or removed by an admin.
  if (!canEditOwnedBy(ctx.actor, account?.ownerId ?? '', team)) {
    return err(appError('member.forbidden', { action: 'contact.update' }));
  }
  return ok(contact);
}

/** Changes name, e-mail, phone, role or account (`null` or '' clears an optional field). */
export async function updateContact(
  ctx: DomainContext,
  id: string,
  input: unknown,
): Promise<Result<Contact>> {
  const parsed = parseInput(contactPatchSchema, input);
  if (!parsed.ok) return parsed;
  const allowed = await editable(ctx, id);
  if (!allowed.ok) return allowed;
  const patch = parsed.value;
  if (patch.accountId && !(await ctx.repos.accounts.get(patch.accountId))) {
    return err(appError('account.not_found', { name: patch.accountId }, { field: 'account' }));
  }
  return ctx.repos.contacts.update(id, patch);
}

/** Removes a contact (same permission as editing it). */
export async function deleteContact(ctx: DomainContext, id: string): Promise<Result<Contact>> {
  const allowed = await editable(ctx, id);
  if (!allowed.ok) return allowed;
  return (await ctx.repos.contacts.delete(id)) ? allowed : notFound(id);
}
