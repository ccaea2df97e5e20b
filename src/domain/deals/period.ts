import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns';

const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM' of the instant in the time zone. */
export function monthOf(at: Date, timeZone: string): string {
  const local = new TZDate(at, timeZone);
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}`;
}

/** Calendar quarter 'YYYY-Qn' of the instant in the time zone. */
export function quarterOf(at: Date, timeZone: string): string {
  const local = new TZDate(at, timeZone);
  return `${local.getFullYear()}-Q${Math.floor(local.getMonth() / 3) + 1}`;
}

/** Whole local calendar days from `from` to `to` (0 when `to` is earlier). */
export function calendarDaysBetween(from: Date, to: Date, timeZone: string): number {
  const days = differenceInCalendarDays(new TZDate(to, timeZone), new TZDate(from, timeZone));
  return Math.max(0, days);
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** A date or date-time as users and adapters send it: a Date, an ISO date-time, or 'YYYY-MM-DD'. */
export const DATE_INPUT = /^\d{4}-\d{2}-\d{2}(T.+)?$/;

/**
 * The instant meant by a date input. A bare calendar day means local midnight in the tenant's zone, so
 * '2027-01-01' stays in January for a tenant in New York. Null when the value is not a real date.
 */
export function toInstant(value: Date | string, timeZone: string): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const text = value.trim();
  const day = DATE_ONLY.exec(text);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const local = new TZDate(y, m - 1, d, timeZone);
    // Rejects 2026-02-30 instead of rolling over into March.
    if (local.getFullYear() !== y || local.getMonth() !== m - 1 || local.getDate() !== d) return null;
    return new Date(local.getTime());
  }
  if (!DATE_TIME.test(text)) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** 'YYYY-MM-DD' of the instant in the time zone. */
export function dayOf(at: Date, timeZone: string): string {
  const local = new TZDate(at, timeZone);
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}
