import type { AppError } from '../../shared/errors.js';
import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { DomainContext } from '../context.js';
import { toInstant } from '../deals/period.js';
import { parseInput } from '../shared/parse.js';
import { deriveInteraction, type Interaction, type InteractionRecord, isInFuture } from './interaction.js';
import { newInteractionSchema } from './interaction.schema.js';

/** Rows per import call. */
export const MAX_IMPORT = 5000;

export interface ImportedInteractions {
  /** The interactions stored by this call. */
  created: Interaction[];
  /** Rows whose idempotency key was logged before (or twice in the batch). */
  skipped: number;
}

const atRow = (error: AppError, row: number): Result<never> =>
  err({ ...error, params: { ...error.params, row: row + 1 } });

const unique = (ids: (string | undefined)[]) => [...new Set(ids.filter((id): id is string => Boolean(id)))];

/**
 * Logs many touchpoints at once by the actor (an import, the demo data) under the rules of
 * `logInteraction`: every row is checked first and nothing is written when one is invalid (its 1-based
 * position is the error's `row` param). Rows whose idempotency key was used before are skipped, so a
 * repeated import logs nothing twice. Each account's last contact moves forward to its newest row.
 * A few queries per call however many rows: no lookup per row (a full scan on FerretDB).
 */
export async function importInteractions(
  ctx: DomainContext,
  inputs: readonly unknown[],
): Promise<Result<ImportedInteractions>> {
  if (inputs.length > MAX_IMPORT) {
    return err(
      appError('input.too_long', { field: 'interactions', max: MAX_IMPORT }, { field: 'interactions' }),
    );
  }
  const now = ctx.clock.now();
  const tz = ctx.settings.timeZone;
  const rows = [];
  for (const [row, input] of inputs.entries()) {
    const parsed = parseInput(newInteractionSchema, input);
    if (!parsed.ok) return atRow(parsed.error, row);
    const { occurredAt: when, ...v } = parsed.value;
    const occurredAt = when === undefined ? now : toInstant(when, tz);
    if (!occurredAt)
      return atRow(appError('interaction.invalid_date', undefined, { field: 'occurredAt' }), row);
    if (isInFuture(occurredAt, now)) {
      return atRow(appError('interaction.in_future', undefined, { field: 'occurredAt' }), row);
    }
    rows.push({ ...v, occurredAt });
  }

  const [accounts, deals, contacts] = await Promise.all([
    ctx.repos.accounts.getMany(unique(rows.map((r) => r.accountId))),
    ctx.repos.deals.getMany(unique(rows.map((r) => r.dealId))),
    ctx.repos.contacts.getMany(unique(rows.flatMap((r) => r.contactIds))),
  ]);
  const accountIds = new Set(accounts.map((a) => a.id));
  const dealAccount = new Map(deals.map((d) => [d.id, d.accountId]));
  const contactAccount = new Map(contacts.map((c) => [c.id, c.accountId]));
  const records: InteractionRecord[] = [];
  for (const [row, r] of rows.entries()) {
    if (!accountIds.has(r.accountId)) {
      return atRow(appError('account.not_found', { name: r.accountId }, { field: 'account' }), row);
    }
    if (r.dealId && dealAccount.get(r.dealId) !== r.accountId) {
      return atRow(appError('deal.not_found', { name: r.dealId }, { field: 'deal' }), row);
    }
    const stranger = r.contactIds.find((id) => contactAccount.get(id) !== r.accountId);
    if (stranger) return atRow(appError('contact.not_found', { name: stranger }, { field: 'contacts' }), row);
    const { dealId, permalink, idempotencyKey, ...fields } = r;
    const record = {
      ...fields,
      loggedById: ctx.actor.id,
      ...(dealId ? { dealId } : {}),
      ...(permalink ? { permalink } : {}),
      ...(idempotencyKey ? { idempotencyKey } : {}),
    };
    records.push({ ...record, ...deriveInteraction(record, tz) });
  }

  const created = await ctx.repos.interactions.createMany(records);
  // Skipped rows moved the date when first logged; moving it again to the same instant changes nothing.
  const newest = new Map<string, Date>();
  for (const r of records) {
    const seen = newest.get(r.accountId);
    if (!seen || r.occurredAt > seen) newest.set(r.accountId, r.occurredAt);
  }
  for (const [accountId, at] of newest) await ctx.repos.accounts.touch(accountId, at);
  return ok({ created, skipped: records.length - created.length });
}
