import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import { toInstant } from '../deals/period.js';
import { parseInput } from '../shared/parse.js';
import { deriveInteraction, type Interaction, type InteractionFields, isInFuture } from './interaction.js';
import { newInteractionSchema } from './interaction.schema.js';

/** Contact ids that are not people of the account (unknown ids included). */
async function foreignContact(
  ctx: DomainContext,
  accountId: string,
  ids: string[],
): Promise<string | undefined> {
  if (!ids.length) return undefined;
  const known = new Set(
    (await ctx.repos.contacts.getMany(ids)).filter((c) => c.accountId === accountId).map((c) => c.id),
  );
  return ids.find((id) => !known.has(id));
}

/**
 * Logs a touchpoint with an account (any member may) and moves the account's last-contact date forward.
 * With an idempotency key, logging again (a retried delivery, a double-click) returns the interaction
 * logged the first time and writes nothing.
 */
export async function logInteraction(ctx: DomainContext, input: unknown): Promise<Result<Interaction>> {
  const parsed = parseInput(newInteractionSchema, input);
  if (!parsed.ok) return parsed;
  const { occurredAt: when, dealId, idempotencyKey, permalink, ...v } = parsed.value;
  if (idempotencyKey) {
    const logged = await ctx.repos.interactions.byIdempotencyKey(idempotencyKey);
    if (logged) return ok(logged);
  }
  const now = ctx.clock.now();
  const tz = ctx.settings.timeZone;
  const occurredAt = when === undefined ? now : toInstant(when, tz);
  if (!occurredAt) return err(appError('interaction.invalid_date', undefined, { field: 'occurredAt' }));
  if (isInFuture(occurredAt, now))
    return err(appError('interaction.in_future', undefined, { field: 'occurredAt' }));

  const account = await ctx.repos.accounts.get(v.accountId);
  if (!account) return err(appError('account.not_found', { name: v.accountId }, { field: 'account' }));
  if (dealId) {
    const deal = await ctx.repos.deals.get(dealId);
    if (!deal || deal.accountId !== account.id) {
      return err(appError('deal.not_found', { name: dealId }, { field: 'deal' }));
    }
  }
  const stranger = await foreignContact(ctx, account.id, v.contactIds);
  if (stranger) return err(appError('contact.not_found', { name: stranger }, { field: 'contacts' }));

  const fields: InteractionFields = {
    ...v,
    accountId: account.id,
    occurredAt,
    loggedById: ctx.actor.id,
    ...(dealId ? { dealId } : {}),
    ...(permalink ? { permalink } : {}),
    ...(idempotencyKey ? { idempotencyKey } : {}),
  };
  const { interaction, created } = await ctx.repos.interactions.create({
    ...fields,
    ...deriveInteraction(fields, tz),
  });
  if (created) await ctx.repos.accounts.touch(account.id, interaction.occurredAt);
  return ok(interaction);
}
