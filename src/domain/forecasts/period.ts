import { TZDate } from '@date-fns/tz';
import { appError } from '../../shared/errors.js';
import { err, type Result } from '../../shared/result.js';

export type PeriodKind = 'month' | 'quarter' | 'year' | 'range';

/**
 * A reporting period of whole calendar months. `label` is canonical and parses back to the same period:
 * '2027-01' (a month), '2027-Q1' (quarter 1 of fiscal year 2027), 'FY2027', '2026-07..2026-12'.
 * `start` is local midnight of the first day in the tenant zone; `end` is exclusive.
 */
export interface Period {
  kind: PeriodKind;
  label: string;
  months: string[];
  start: Date;
  end: Date;
  fiscalYear?: number;
  quarter?: number;
}

/** What reading a period depends on: now, the tenant zone and the first month of its fiscal year. */
export interface PeriodContext {
  now: Date;
  timeZone: string;
  /** 1 = January. */
  fiscalYearStartMonth: number;
}

/** A calendar month; `m` is 1–12. */
export interface YearMonth {
  y: number;
  m: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const monthKey = ({ y, m }: YearMonth) => `${y}-${pad(m)}`;
export const parseMonthKey = (key: string): YearMonth => ({
  y: Number(key.slice(0, 4)),
  m: Number(key.slice(5, 7)),
});

export function addMonths({ y, m }: YearMonth, n: number): YearMonth {
  const i = y * 12 + (m - 1) + n;
  return { y: Math.floor(i / 12), m: (i % 12) + 1 };
}

/** The calendar month of an instant in the zone. */
export function yearMonthAt(at: Date, timeZone: string): YearMonth {
  const local = new TZDate(at, timeZone);
  return { y: local.getFullYear(), m: local.getMonth() + 1 };
}

/**
 * Fiscal years are named by the calendar year in which they END (as Microsoft does): with an April
 * start, FY2027 runs from April 2026 to March 2027. With a January start it is the calendar year.
 */
export const fiscalYearOf = ({ y, m }: YearMonth, startMonth: number): number =>
  startMonth === 1 || m < startMonth ? y : y + 1;

export function fiscalQuarterOf(ym: YearMonth, startMonth: number): { fiscalYear: number; quarter: number } {
  const index = (ym.m - startMonth + 12) % 12;
  return { fiscalYear: fiscalYearOf(ym, startMonth), quarter: Math.floor(index / 3) + 1 };
}

const fiscalYearStart = (fy: number, startMonth: number): YearMonth => ({
  y: startMonth === 1 ? fy : fy - 1,
  m: startMonth,
});

const localStart = ({ y, m }: YearMonth, timeZone: string) =>
  new Date(new TZDate(y, m - 1, 1, timeZone).getTime());

function span(
  kind: PeriodKind,
  label: string,
  first: YearMonth,
  count: number,
  ctx: PeriodContext,
  extra: Pick<Period, 'fiscalYear' | 'quarter'> = {},
): Period {
  return {
    kind,
    label,
    months: Array.from({ length: count }, (_, i) => monthKey(addMonths(first, i))),
    start: localStart(first, ctx.timeZone),
    end: localStart(addMonths(first, count), ctx.timeZone),
    ...extra,
  };
}

export const monthPeriod = (ym: YearMonth, ctx: PeriodContext): Period =>
  span('month', monthKey(ym), ym, 1, ctx);

/** Quarter `q` of fiscal year `fy`. */
export function quarterPeriod(fy: number, q: number, ctx: PeriodContext): Period {
  const first = addMonths(fiscalYearStart(fy, ctx.fiscalYearStartMonth), (q - 1) * 3);
  return span('quarter', `${fy}-Q${q}`, first, 3, ctx, { fiscalYear: fy, quarter: q });
}

export const yearPeriod = (fy: number, ctx: PeriodContext): Period =>
  span('year', `FY${fy}`, fiscalYearStart(fy, ctx.fiscalYearStartMonth), 12, ctx, { fiscalYear: fy });

/** `count` months starting with `first`. */
export function rangePeriod(first: YearMonth, count: number, ctx: PeriodContext): Period {
  return span('range', `${monthKey(first)}..${monthKey(addMonths(first, count - 1))}`, first, count, ctx);
}

/** The fiscal quarter containing now, moved by `offset` quarters. */
export function relativeQuarter(ctx: PeriodContext, offset = 0): Period {
  const { fiscalYear, quarter } = fiscalQuarterOf(
    yearMonthAt(ctx.now, ctx.timeZone),
    ctx.fiscalYearStartMonth,
  );
  const i = fiscalYear * 4 + (quarter - 1) + offset;
  return quarterPeriod(Math.floor(i / 4), (i % 4) + 1, ctx);
}

export const relativeMonth = (ctx: PeriodContext, offset = 0): Period =>
  monthPeriod(addMonths(yearMonthAt(ctx.now, ctx.timeZone), offset), ctx);

export function relativeYear(ctx: PeriodContext, offset = 0): Period {
  const fy = fiscalYearOf(yearMonthAt(ctx.now, ctx.timeZone), ctx.fiscalYearStartMonth);
  return yearPeriod(fy + offset, ctx);
}

/** The `count` calendar months that end with the current one. */
export const trailingMonths = (ctx: PeriodContext, count: number): Period =>
  rangePeriod(addMonths(yearMonthAt(ctx.now, ctx.timeZone), 1 - count), count, ctx);

/** `forecast.invalid_period`; the message lists examples in the member's language. */
export const invalidPeriod = (text: string): Result<never> =>
  err(appError('forecast.invalid_period', { period: text }, { field: 'period' }));
