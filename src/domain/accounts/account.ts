import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays } from 'date-fns';
import type { TenantSettings, Tier } from '../tenants/tenant.js';

/** A customer company. */
export interface Account {
  id: string;
  name: string;
  ownerId: string;
  tier: Tier;
  /** Overrides the tier's cadence (days between contacts). */
  cadenceDays?: number;
  industry?: string;
  website?: string;
  notes?: string;
  lastInteractionAt?: Date;
  snoozedUntil?: Date;
  dormant: boolean;
  createdAt: Date;
}

export const cadenceOf = (account: Pick<Account, 'tier' | 'cadenceDays'>, settings: TenantSettings): number =>
  account.cadenceDays ?? settings.cadenceDays[account.tier];

/**
 * When the account is next due for contact: the last interaction (or creation) plus the cadence in
 * calendar days of the tenant's time zone, so a DST change never shifts the local time of day.
 */
export function contactDueAt(
  account: Pick<Account, 'tier' | 'cadenceDays' | 'lastInteractionAt' | 'createdAt'>,
  settings: TenantSettings,
): Date {
  const from = new TZDate(account.lastInteractionAt ?? account.createdAt, settings.timeZone);
  return new Date(addDays(from, cadenceOf(account, settings)).getTime());
}

/** Whole local days past due (0 when not yet due). */
export function daysOverdue(
  account: Pick<Account, 'tier' | 'cadenceDays' | 'lastInteractionAt' | 'createdAt'>,
  settings: TenantSettings,
  now: Date,
): number {
  const due = contactDueAt(account, settings);
  if (now.getTime() < due.getTime()) return 0;
  return differenceInCalendarDays(new TZDate(now, settings.timeZone), new TZDate(due, settings.timeZone));
}

/** Past its cadence and neither snoozed nor dormant. */
export function isNeglected(account: Account, settings: TenantSettings, now: Date): boolean {
  if (account.dormant) return false;
  if (account.snoozedUntil && account.snoozedUntil.getTime() > now.getTime()) return false;
  return now.getTime() >= contactDueAt(account, settings).getTime();
}
