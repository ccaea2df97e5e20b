import type { ActivityQuota, RevenueQuota } from './quota.js';

/** Quotas of one tenant: revenue per member and month, activity per member and kind. */
export interface QuotaRepository {
  /** Sets (or replaces) a member's revenue quota for each given month. */
  setRevenue(entries: RevenueQuota[]): Promise<void>;
  /** Revenue quotas of the members in the months, in any currency. */
  revenueFor(memberIds: string[], months: string[]): Promise<RevenueQuota[]>;
  /** Sets (or replaces) a member's weekly activity quota of one kind; 0 removes it. */
  setActivity(quota: ActivityQuota): Promise<void>;
  activityFor(memberIds: string[]): Promise<ActivityQuota[]>;
}
