import type { Period } from '../forecasts/period.js';
import type { InteractionType } from '../interactions/interaction.js';
import type { TenantRepos } from '../repositories.js';
import type { Stage, TenantSettings } from '../tenants/tenant.js';
import { type ActivityAttainment, activityAttainment } from './activity-measures.js';

/** What one member did in a period. */
export interface ActivityRow {
  memberId: string;
  interactions: number;
  /** Distinct accounts with an interaction the member logged. */
  accountsTouched: number;
  dealsCreated: number;
  /** Stage moves the member made to a later stage of the pipeline (won included, lost not). */
  stagesAdvanced: number;
  accountsCreated: number;
}

export interface ActivityReport {
  period: Period;
  rows: ActivityRow[];
  /** The members together; accounts touched by two members count once. */
  total: ActivityRow;
  byType: { type: InteractionType; count: number }[];
  quotas: ActivityAttainment[];
}

/** A move from one stage to a later one, except into the lost stage. */
export function isAdvance(pipeline: Stage[], from: string, to: string): boolean {
  const i = pipeline.findIndex((s) => s.id === from);
  const j = pipeline.findIndex((s) => s.id === to);
  if (i < 0 || j < 0) return false;
  return j > i && pipeline[j]?.category !== 'closed_lost';
}

/** Interactions by type, accounts touched, deals created and stages advanced by the members. */
export async function buildActivityReport(
  repos: TenantRepos,
  settings: TenantSettings,
  memberIds: string[],
  period: Period,
  now: Date,
): Promise<ActivityReport> {
  const range = { from: period.start, to: period.end };
  const [interactions, contacted, created, moves, accounts, byType, quotas] = await Promise.all([
    repos.activity.interactionsByMember(range, { memberIds }),
    repos.activity.accountsContacted(memberIds, range),
    repos.activity.dealsCreated(memberIds, range),
    repos.activity.stageMoves(memberIds, range),
    repos.activity.accountsCreated(memberIds, range),
    memberIds.length
      ? repos.interactions.countByType({ loggedByIds: memberIds, from: range.from, to: range.to })
      : Promise.resolve([]),
    activityAttainment(repos, settings, memberIds, period, now),
  ]);
  const count = (rows: { memberId: string; count: number }[], id: string) =>
    rows.filter((r) => r.memberId === id).reduce((a, r) => a + r.count, 0);
  const advanced = moves.filter((m) => isAdvance(settings.pipeline, m.from, m.to));
  const rows = memberIds.map((memberId) => ({
    memberId,
    interactions: count(interactions, memberId),
    accountsTouched: contacted.filter((c) => c.memberId === memberId).length,
    dealsCreated: count(created, memberId),
    stagesAdvanced: count(advanced, memberId),
    accountsCreated: count(accounts, memberId),
  }));
  const sum = (key: keyof Omit<ActivityRow, 'memberId'>) => rows.reduce((a, r) => a + r[key], 0);
  return {
    period,
    rows,
    total: {
      memberId: '',
      interactions: sum('interactions'),
      accountsTouched: new Set(contacted.map((c) => c.accountId)).size,
      dealsCreated: sum('dealsCreated'),
      stagesAdvanced: sum('stagesAdvanced'),
      accountsCreated: sum('accountsCreated'),
    },
    byType,
    quotas,
  };
}
