import { memberOwner, type SnapshotOwner, teamOwner } from '../../domain/forecasts/snapshot.js';
import { teamOf } from '../../domain/forecasts/take-snapshot.js';
import type { Member } from '../../domain/members/member.js';
import { canSeeNumbersOf, isAdmin } from '../../domain/members/permissions.js';
import { type AppError, appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { Token } from '../parse/tokenize.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import { errorResult, usageResult } from './common.js';
import { resolveMember } from './resolve.js';

/** Whose numbers a report shows: one member, a manager's team (the manager and their reports), or all. */
export interface NumbersScope {
  kind: 'member' | 'team' | 'all';
  members: Member[];
  /** The member, the team's manager, or (for all) the asking admin. */
  subject: Member;
  /** Where the weekly snapshots keep this scope's totals. */
  owner: SnapshotOwner;
}

const SCOPE_FLAGS: Record<string, 'team' | 'all'> = {
  team: 'team',
  all: 'all',
  alle: 'all',
  everyone: 'all',
};

export type ScopeFailure = { kind: 'error'; error: AppError } | { kind: 'unknown_flag'; flag: string };

const fail = (error: AppError) => err<ScopeFailure>({ kind: 'error', error });

const isMemberToken = (t: Token) => t.type === 'mention' || (t.type === 'word' && /^@\S/.test(t.value));

async function everyone(s: Session): Promise<NumbersScope> {
  return { kind: 'all', members: await s.ctx.repos.members.list(), subject: s.me, owner: 'all' };
}

async function teamScope(s: Session, manager: Member): Promise<NumbersScope> {
  const members = teamOf(manager, await s.ctx.repos.members.team(manager.id));
  return { kind: 'team', members, subject: manager, owner: teamOwner(manager.id) };
}

const single = (m: Member): NumbersScope => ({
  kind: 'member',
  members: [m],
  subject: m,
  owner: memberOwner(m.id),
});

/**
 * Reads `@user`, `--team` or `--all` from the arguments and returns the scope plus the remaining tokens
 * (the period). Without either: reps see their own numbers, managers their team, admins everyone.
 * Someone else's numbers need `canSeeNumbersOf` (`member.forbidden`); `--team` needs a manager or admin
 * (`member.manager_only`) and `--all` an admin (`member.admin_only`).
 */
export async function resolveScope(
  s: Session,
  tokens: Token[],
): Promise<Result<{ scope: NumbersScope; rest: Token[] }, ScopeFailure>> {
  const rest: Token[] = [];
  let flag: 'team' | 'all' | undefined;
  let who: Token | undefined;
  for (const t of tokens) {
    if (t.type === 'flag') {
      const f = SCOPE_FLAGS[t.value];
      if (!f) return err({ kind: 'unknown_flag', flag: t.value });
      flag = f;
    } else if (!who && isMemberToken(t)) who = t;
    else rest.push(t);
  }
  const me = s.me;
  if (who) {
    const found = await resolveMember(s, [who]);
    if (!found.ok) return fail(found.error);
    if (!canSeeNumbersOf(me, found.value))
      return fail(appError('member.forbidden', { action: 'forecast.view' }));
    return ok({ scope: single(found.value), rest });
  }
  if (flag === 'all') {
    if (!isAdmin(me)) return fail(appError('member.admin_only', { action: 'forecast.view' }));
    return ok({ scope: await everyone(s), rest });
  }
  if (flag === 'team' || (!flag && me.role !== 'rep')) {
    if (me.role === 'rep') return fail(appError('member.manager_only', { action: 'forecast.view' }));
    const team = await teamScope(s, me);
    // An admin without reports asking for their team means everyone.
    if (isAdmin(me) && (team.members.length === 1 || !flag)) return ok({ scope: await everyone(s), rest });
    return ok({ scope: team, rest });
  }
  return ok({ scope: single(me), rest });
}

/** The scope's name for a card subtitle. */
export function scopeTitle(s: Session, scope: NumbersScope): string {
  if (scope.kind === 'member') return scope.subject.displayName;
  if (scope.kind === 'team')
    return s.t('forecast.scope_team', { name: scope.subject.displayName, count: scope.members.length });
  return s.t('forecast.scope_all', { count: scope.members.length });
}

/** Who may see what, for refusals. */
export const scopeHint = (s: Session) => s.t(`forecast.scope_hint_${s.me.role}`);

/** A scope failure as a card: an unknown flag shows the usage, a refusal says what the member may see. */
export function scopeFailureResult(s: Session, failure: ScopeFailure, usageKey: string): CommandResult {
  if (failure.kind === 'unknown_flag') {
    return usageResult(s, s.t('core.unknown_flag', { flag: failure.flag, valid: '--team, --all' }), usageKey);
  }
  const result = errorResult(s, failure.error);
  if (result.kind !== 'card' || !failure.error.code.startsWith('member.')) return result;
  if (failure.error.code === 'member.not_found' || failure.error.code === 'member.ambiguous') return result;
  return {
    ...result,
    card: { ...result.card, blocks: [...result.card.blocks, { type: 'context', text: scopeHint(s) }] },
  };
}
