/** A revenue quota of one member for one calendar month, in minor units of `currency`. */
export interface RevenueQuota {
  memberId: string;
  month: string;
  amount: number;
  currency: string;
  setById: string;
}

export const ACTIVITY_KINDS = ['interactions', 'new_accounts'] as const;
/** Interactions logged per week, or accounts created per week. */
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface ActivityQuota {
  memberId: string;
  kind: ActivityKind;
  perWeek: number;
  setById: string;
}

/**
 * An amount spread evenly over `parts` months in whole minor units; what does not divide evenly goes
 * to the last month (100.00 over 3 months: 33.33, 33.33, 33.34).
 */
export function splitEvenly(amount: number, parts: number): number[] {
  if (parts < 1) return [];
  const share = Math.floor(amount / parts);
  return Array.from({ length: parts }, (_, i) => (i === parts - 1 ? amount - share * (parts - 1) : share));
}

export const MAX_PER_WEEK = 1000;
