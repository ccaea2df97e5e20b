import type { Account } from '../../domain/accounts/account.js';
import { findAccount } from '../../domain/accounts/find-account.js';
import type { Member } from '../../domain/members/member.js';
import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import { normalizeName } from '../../shared/text.js';
import { joinTokens, type Token } from '../parse/tokenize.js';
import type { Session } from '../session.js';

/** A member named by a platform mention (`<@U1>`), `@Name`, a name or an id. */
export async function resolveMember(s: Session, tokens: Token[] | undefined): Promise<Result<Member>> {
  const [first] = tokens ?? [];
  if (!first) return err(appError('member.not_found', { name: '' }, { field: 'owner' }));
  const members = s.ctx.repos.members;
  if (first.type === 'mention') {
    const m = (await members.byPlatformUser(s.inv.platform, first.value)) ?? (await members.get(first.value));
    if (m) return ok(m);
    // A colleague who never used Kontakt yet: first sight through the mention.
    const profile = await s.inv.profileOf?.(first.value);
    if (profile) {
      const member = await members.ensure(
        { platform: s.inv.platform, platformUserId: first.value, ...profile },
        { timeZone: s.ctx.settings.timeZone, locale: s.ctx.settings.locale },
      );
      return ok(member);
    }
    return err(appError('member.not_found', { name: first.label ?? first.value }, { field: 'owner' }));
  }
  const text = joinTokens(tokens).replace(/^@/, '');
  const byId = await members.get(text);
  if (byId) return ok(byId);
  const found = await members.lookup(text);
  if (found.kind === 'found') return ok(found.item);
  if (found.kind === 'ambiguous') {
    return err(
      appError('member.ambiguous', { name: text }, { field: 'owner', candidates: found.candidates }),
    );
  }
  return err(appError('member.not_found', { name: text }, { field: 'owner' }));
}

/**
 * Finds the account a free-text command starts with: an id, a quoted name, or the longest run of words
 * that is exactly an account's name (`Acme GmbH called about…`). Falls back to a forgiving lookup of the
 * first word. Returns the account and the tokens after it.
 */
export async function leadingAccount(
  s: Session,
  tokens: Token[],
): Promise<Result<{ account: Account; rest: Token[] }>> {
  const [first, ...others] = tokens;
  if (!first) return err(appError('account.name_required', undefined, { field: 'account' }));
  if (first.type === 'quoted' || /^[a-f0-9]{24}$/i.test(first.value)) {
    const found = await findAccount(s.ctx, first.value);
    return found.ok ? ok({ account: found.value, rest: others }) : found;
  }
  const words = tokens.slice(0, 8);
  for (let n = words.length; n >= 1; n--) {
    if (words.slice(0, n).some((t) => t.type !== 'word')) continue;
    const name = joinTokens(words.slice(0, n));
    const found = await s.ctx.repos.accounts.lookup(name);
    if (found.kind === 'found' && normalizeName(found.item.name) === normalizeName(name)) {
      return ok({ account: found.item, rest: tokens.slice(n) });
    }
  }
  const found = await findAccount(s.ctx, first.value);
  return found.ok ? ok({ account: found.value, rest: others }) : found;
}
