/** The prospecting funnel of some members over a trailing window. Money in minor units. */
export interface FunnelCounts {
  /** Distinct accounts with an interaction logged by the members. */
  contacted: number;
  /** Deals the members created. */
  created: number;
  /** Deals of the members won (in the tenant currency) and their amount. */
  won: number;
  wonAmount: number;
}

/** How far into a period we are and how much prospecting happened in it so far. */
export interface Pace {
  contactedSoFar: number;
  weeksElapsed: number;
  weeksLeft: number;
}

/** What the funnel says about closing the quota gap. Ratios are null without a won deal. */
export interface FunnelPlan extends FunnelCounts {
  contactsPerWin: number | null;
  dealsPerWin: number | null;
  averageWon: number | null;
  /** Quota still to win in the period. */
  gap: number;
  /** ⌈gap × contacted ÷ won amount⌉: contacts that, at the funnel's rates, win the gap. */
  contactsNeeded: number | null;
  /** ⌈gap × won ÷ won amount⌉ = ⌈gap ÷ average won deal⌉. */
  dealsNeeded: number | null;
  pace: Pace & { perWeek: number | null; neededPerWeek: number | null };
}

const ceilDiv = (a: bigint, b: bigint) => Number((a + b - 1n) / b);
const halfUp = (a: number, b: number) => Number((2n * BigInt(a) + BigInt(b)) / (2n * BigInt(b)));

/** Pure funnel arithmetic (integers in, exact ceilings out). */
export function planFunnel(counts: FunnelCounts, gap: number, pace: Pace): FunnelPlan {
  const { contacted, created, won, wonAmount } = counts;
  const learned = won > 0 && wonAmount > 0;
  const contactsNeeded = learned
    ? gap > 0
      ? ceilDiv(BigInt(gap) * BigInt(contacted), BigInt(wonAmount))
      : 0
    : null;
  return {
    ...counts,
    contactsPerWin: won > 0 ? contacted / won : null,
    dealsPerWin: won > 0 ? created / won : null,
    averageWon: won > 0 ? halfUp(wonAmount, won) : null,
    gap,
    contactsNeeded,
    dealsNeeded: learned ? (gap > 0 ? ceilDiv(BigInt(gap) * BigInt(won), BigInt(wonAmount)) : 0) : null,
    pace: {
      ...pace,
      perWeek: pace.weeksElapsed > 0 ? pace.contactedSoFar / pace.weeksElapsed : null,
      neededPerWeek: contactsNeeded !== null && pace.weeksLeft > 0 ? contactsNeeded / pace.weeksLeft : null,
    },
  };
}
