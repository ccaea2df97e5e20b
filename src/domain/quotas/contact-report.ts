import type { Account } from '../accounts/account.js';
import { cadenceOf } from '../accounts/account.js';
import type { Contact } from '../contacts/contact.js';
import type { Period } from '../forecasts/period.js';
import type { InteractionType } from '../interactions/interaction.js';
import type { TenantRepos } from '../repositories.js';
import type { TenantSettings } from '../tenants/tenant.js';
import type { MemberCount } from './activity.repository.js';
import { periodDays } from './activity-measures.js';

/** How the account's contact frequency in the period compares with its cadence. */
export interface CadenceCheck {
  cadenceDays: number;
  /** Days of the period that have passed. */
  days: number;
  interactions: number;
  /** Days ÷ interactions: on average one contact every this many days; null without contact. */
  everyDays: number | null;
  /** Days ÷ cadence: how many contacts the cadence asks for in those days. */
  expected: number;
  /** On track when interactions × cadence ≥ days, i.e. contacts came at least as often as the cadence asks. */
  onTrack: boolean;
}

/** Who from our side talked to whom at the customer, how, and when. */
export interface ContactReport {
  account: Account;
  period: Period;
  contacts: Contact[];
  total: number;
  /** Interactions per member of ours (each interaction once). */
  byMember: MemberCount[];
  /** Member × contact; an interaction with two contacts counts for both. */
  matrix: { loggedById: string; contactId: string; count: number }[];
  byType: { type: InteractionType; count: number }[];
  /** Every month of the period, zeros included, oldest first. */
  byMonth: { month: string; count: number }[];
  /** Each contact's newest interaction ever (not only in the period); null when never contacted. */
  lastTouches: { contact: Contact; at: Date | null; loggedById: string | null }[];
  cadence: CadenceCheck;
}

export function cadenceCheck(cadenceDays: number, days: number, interactions: number): CadenceCheck {
  return {
    cadenceDays,
    days,
    interactions,
    everyDays: interactions > 0 ? days / interactions : null,
    expected: days / cadenceDays,
    onTrack: interactions * cadenceDays >= days,
  };
}

/** The contact analytics of one account for a period. */
export async function buildContactReport(
  repos: TenantRepos,
  settings: TenantSettings,
  account: Account,
  period: Period,
  now: Date,
): Promise<ContactReport> {
  const filter = { accountId: account.id, from: period.start, to: period.end };
  const contacts = await repos.contacts.listByAccount(account.id);
  const [byMember, matrix, byType, months, touches] = await Promise.all([
    repos.activity.interactionsByMember({ from: period.start, to: period.end }, { accountId: account.id }),
    repos.activity.contactMatrix(
      account.id,
      contacts.map((c) => c.id),
      { from: period.start, to: period.end },
    ),
    repos.interactions.countByType(filter),
    repos.interactions.countByMonth(filter),
    repos.activity.lastTouches(
      account.id,
      contacts.map((c) => c.id),
    ),
  ]);
  const total = byMember.reduce((a, r) => a + r.count, 0);
  const monthCount = new Map(months.map((m) => [m.month, m.count]));
  const touchOf = new Map(touches.map((t) => [t.contactId, t]));
  return {
    account,
    period,
    contacts,
    total,
    byMember,
    matrix,
    byType,
    byMonth: period.months.map((month) => ({ month, count: monthCount.get(month) ?? 0 })),
    lastTouches: contacts.map((contact) => {
      const t = touchOf.get(contact.id);
      return { contact, at: t?.at ?? null, loggedById: t?.loggedById ?? null };
    }),
    cadence: cadenceCheck(
      cadenceOf(account, settings),
      periodDays(period, now, settings.timeZone).elapsed,
      total,
    ),
  };
}
