import { subMonths } from 'date-fns';
import { calendarDaysBetween } from '../deals/period.js';
import type { Period } from '../forecasts/period.js';
import type { TenantRepos } from '../repositories.js';
import type { TenantSettings } from '../tenants/tenant.js';
import type { TimeRange } from './activity.repository.js';
import { type FunnelPlan, type Pace, planFunnel } from './funnel.js';
import type { ActivityKind } from './quota.js';

/** The prospecting funnel looks back this many months from now. */
export const FUNNEL_MONTHS = 6;

const earlier = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);
const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);

/** Whole local days of the period that have passed (0 before it starts) and that are still ahead. */
export function periodDays(period: Period, now: Date, timeZone: string): { elapsed: number; left: number } {
  return {
    elapsed: calendarDaysBetween(period.start, earlier(now, period.end), timeZone),
    left: calendarDaysBetween(later(now, period.start), period.end, timeZone),
  };
}

/** The part of the period up to now. */
/** Ranges end before `to`; what happened at this very instant counts as done so far. */
const justAfter = (now: Date) => new Date(now.getTime() + 1);

export const elapsedRange = (period: Period, now: Date): TimeRange => ({
  from: period.start,
  to: later(earlier(justAfter(now), period.end), period.start),
});

const distinctAccounts = (rows: { accountId: string }[]) => new Set(rows.map((r) => r.accountId)).size;
const total = (rows: { count: number }[]) => rows.reduce((a, r) => a + r.count, 0);

/**
 * The members' funnel over the last six months (accounts contacted → deals created → deals won) and what
 * it takes to close `gap`, the quota still to win in `period`, compared with the pace so far.
 */
export async function prospectingFunnel(
  repos: TenantRepos,
  settings: TenantSettings,
  memberIds: string[],
  period: Period,
  gap: number,
  now: Date,
): Promise<FunnelPlan> {
  const window = { from: subMonths(now, FUNNEL_MONTHS), to: justAfter(now) };
  const [contacted, created, won, soFar] = await Promise.all([
    repos.activity.accountsContacted(memberIds, window),
    repos.activity.dealsCreated(memberIds, window),
    repos.activity.dealsWon(memberIds, window, settings.currency),
    repos.activity.accountsContacted(memberIds, elapsedRange(period, now)),
  ]);
  const days = periodDays(period, now, settings.timeZone);
  const pace: Pace = {
    contactedSoFar: distinctAccounts(soFar),
    weeksElapsed: days.elapsed / 7,
    weeksLeft: days.left / 7,
  };
  return planFunnel(
    {
      contacted: distinctAccounts(contacted),
      created: total(created),
      won: total(won),
      wonAmount: won.reduce((a, r) => a + r.amount, 0),
    },
    gap,
    pace,
  );
}

/** A weekly activity quota against what was done in the elapsed part of the period. */
export interface ActivityAttainment {
  memberId: string;
  kind: ActivityKind;
  perWeek: number;
  weeksElapsed: number;
  /** perWeek × weeks elapsed. */
  target: number;
  actual: number;
  /** actual ÷ target; null before the period starts. */
  attainment: number | null;
}

/** Each member's activity quotas measured over the part of the period that has passed. */
export async function activityAttainment(
  repos: TenantRepos,
  settings: TenantSettings,
  memberIds: string[],
  period: Period,
  now: Date,
): Promise<ActivityAttainment[]> {
  const range = elapsedRange(period, now);
  const [quotas, interactions, accounts] = await Promise.all([
    repos.quotas.activityFor(memberIds),
    repos.activity.interactionsByMember(range, { memberIds }),
    repos.activity.accountsCreated(memberIds, range),
  ]);
  const weeksElapsed = periodDays(period, now, settings.timeZone).elapsed / 7;
  const countOf = (rows: { memberId: string; count: number }[], id: string) =>
    rows.find((r) => r.memberId === id)?.count ?? 0;
  return quotas.map((q) => {
    const target = q.perWeek * weeksElapsed;
    const actual = countOf(q.kind === 'interactions' ? interactions : accounts, q.memberId);
    return { ...q, weeksElapsed, target, actual, attainment: target > 0 ? actual / target : null };
  });
}
