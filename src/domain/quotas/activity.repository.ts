/** A half-open time range: `from` inclusive, `to` exclusive. */
export interface TimeRange {
  from: Date;
  to: Date;
}

export interface MemberCount {
  memberId: string;
  count: number;
}

/**
 * Read-only measures of what members did, for quotas, the prospecting funnel and activity reports.
 * Every query starts with the tenant; every `$group` has one accumulator.
 */
export interface ActivityRepository {
  /** Distinct (member, account) pairs: accounts with an interaction logged by the member in the range. */
  accountsContacted(
    memberIds: string[],
    range: TimeRange,
  ): Promise<{ memberId: string; accountId: string }[]>;
  /** Interactions logged per member, optionally with one account only. */
  interactionsByMember(
    range: TimeRange,
    opts: { memberIds?: string[]; accountId?: string },
  ): Promise<MemberCount[]>;
  /** Deals created in the range (by their 'created' history entry), per owner. */
  dealsCreated(ownerIds: string[], range: TimeRange): Promise<MemberCount[]>;
  /** Won deals in `currency` closed in the range, per owner: how many and how much. */
  dealsWon(
    ownerIds: string[],
    range: TimeRange,
    currency: string,
  ): Promise<{ memberId: string; count: number; amount: number }[]>;
  /** Accounts created in the range, per owner. */
  accountsCreated(ownerIds: string[], range: TimeRange): Promise<MemberCount[]>;
  /** Stage changes the members made in the range: from which stage to which, how often. */
  stageMoves(
    memberIds: string[],
    range: TimeRange,
  ): Promise<{ memberId: string; from: string; to: string; count: number }[]>;
  /** Interactions with the account in the range per (member, contact); one naming two contacts counts for both. */
  contactMatrix(
    accountId: string,
    contactIds: string[],
    range: TimeRange,
  ): Promise<{ loggedById: string; contactId: string; count: number }[]>;
  /** The newest interaction naming each of the contacts (contacts never named are left out). */
  lastTouches(
    accountId: string,
    contactIds: string[],
  ): Promise<{ contactId: string; at: Date; loggedById: string }[]>;
}
