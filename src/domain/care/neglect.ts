import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { type Account, cadenceOf, daysOverdue, isNeglected } from '../accounts/account.js';
import type { AccountRepository } from '../accounts/account.repository.js';
import type { TenantSettings } from '../tenants/tenant.js';

/** An account past its cadence, as the neglect nudge and the digest list it. */
export interface NeglectedAccount {
  account: Account;
  cadence: number;
  daysOverdue: number;
  /** Last contact more than twice the cadence ago: the manager hears about it too. */
  severe: boolean;
}

/**
 * Last contact (or creation) lies more than twice the cadence back, counted in calendar days of the
 * tenant's zone like `contactDueAt`, so DST never moves the line.
 */
export function isSeverelyNeglected(account: Account, settings: TenantSettings, now: Date): boolean {
  if (!isNeglected(account, settings, now)) return false;
  const from = new TZDate(account.lastInteractionAt ?? account.createdAt, settings.timeZone);
  return now.getTime() > addDays(from, 2 * cadenceOf(account, settings)).getTime();
}

/**
 * The neglected ones (not snoozed, not dormant), most overdue first, then by name. `dueBy` (default
 * now) lets the morning nudge include what falls due later that day ("due today").
 */
export function neglectedAccounts(
  accounts: Account[],
  settings: TenantSettings,
  now: Date,
  dueBy: Date = now,
): NeglectedAccount[] {
  return accounts
    .filter((a) => isNeglected(a, settings, dueBy))
    .map((account) => ({
      account,
      cadence: cadenceOf(account, settings),
      daysOverdue: daysOverdue(account, settings, now),
      severe: isSeverelyNeglected(account, settings, now),
    }))
    .sort((x, y) => y.daysOverdue - x.daysOverdue || x.account.name.localeCompare(y.account.name));
}

const PAGE = 500;

/** Every non-dormant account of the owners, page by page. */
export async function accountsOwnedBy(repo: AccountRepository, ownerIds: string[]): Promise<Account[]> {
  if (!ownerIds.length) return [];
  const all: Account[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const page = await repo.list({ ownerIds }, { limit: PAGE, skip });
    all.push(...page);
    if (page.length < PAGE) return all;
  }
}
