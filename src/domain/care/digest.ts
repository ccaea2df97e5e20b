import type { Account } from '../accounts/account.js';
import type { Deal } from '../deals/deal.js';
import { monthOf } from '../deals/period.js';
import type { Member } from '../members/member.js';
import type { TenantRepos } from '../repositories.js';
import type { TenantSettings } from '../tenants/tenant.js';
import { allDeals, type DealIssue, dealIssues } from './hygiene.js';
import { accountsOwnedBy, type NeglectedAccount, neglectedAccounts } from './neglect.js';

export const DIGEST_WINDOW_DAYS = 7;

/** What a manager reads on Monday about their direct reports. */
export interface TeamDigest {
  team: Member[];
  /** Accounts whose last contact lies more than twice their cadence back. */
  neglected: (NeglectedAccount & { owner: Member })[];
  stale: DealIssue[];
  slipped: DealIssue[];
  won: Deal[];
  lost: Deal[];
}

/** The team's state now; `null` when the member manages nobody. */
export async function collectTeamDigest(
  repos: TenantRepos,
  settings: TenantSettings,
  manager: Member,
  now: Date,
): Promise<TeamDigest | null> {
  const team = await repos.members.team(manager.id);
  if (!team.length) return null;
  const ids = team.map((m) => m.id);
  const byId = new Map(team.map((m) => [m.id, m]));
  const accounts: Account[] = await accountsOwnedBy(repos.accounts, ids);
  const neglected = neglectedAccounts(accounts, settings, now)
    .filter((n) => n.severe)
    .flatMap((n) => {
      const owner = byId.get(n.account.ownerId);
      return owner ? [{ ...n, owner }] : [];
    });
  const open = await allDeals(repos.deals, { status: 'open', ownerIds: ids });
  const issues = dealIssues(open, settings, now);
  const since = now.getTime() - DIGEST_WINDOW_DAYS * 86_400_000;
  const closed = await allDeals(repos.deals, {
    status: ['won', 'lost'],
    ownerIds: ids,
    closeMonthFrom: monthOf(new Date(since), settings.timeZone),
  });
  const recent = closed
    .filter((d) => d.closedAt && d.closedAt.getTime() >= since && d.closedAt.getTime() <= now.getTime())
    .sort((x, y) => (y.closedAt?.getTime() ?? 0) - (x.closedAt?.getTime() ?? 0));
  return {
    team,
    neglected,
    stale: issues.filter((i) => i.staleDays !== undefined),
    slipped: issues.filter((i) => i.slippedDays !== undefined),
    won: recent.filter((d) => d.status === 'won'),
    lost: recent.filter((d) => d.status === 'lost'),
  };
}

export const isEmptyDigest = (d: TeamDigest) =>
  !d.neglected.length && !d.stale.length && !d.slipped.length && !d.won.length && !d.lost.length;
