import { TZDate } from '@date-fns/tz';
import { addDays, addQuarters, differenceInCalendarDays, endOfQuarter } from 'date-fns';
import { dayOf } from '../domain/deals/period.js';
import type { Rng } from './prng.js';

// Every instant of the demo data is a local calendar day relative to `now` plus a local time of day in
// the tenant's zone, so a seed run on another day has the same shape and DST never shifts a day.

const MINUTE = 60_000;

/** `daysAgo` local calendar days before `now`, at `hour:minute` local time. */
export function localAt(now: Date, tz: string, daysAgo: number, hour: number, minute = 0): Date {
  const day = addDays(new TZDate(now, tz), -daysAgo);
  const local = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hour, minute, 0, tz);
  return new Date(local.getTime());
}

/** ISO weekday (1 = Monday … 7 = Sunday) of the local day `daysAgo` days before `now`. */
export function isoWeekday(now: Date, tz: string, daysAgo: number): number {
  const d = addDays(new TZDate(now, tz), -daysAgo).getDay();
  return d === 0 ? 7 : d;
}

/** Moves a Saturday or Sunday back to the Friday before (people rarely log at weekends). */
export function workdayAgo(now: Date, tz: string, daysAgo: number): number {
  const wd = isoWeekday(now, tz, daysAgo);
  return wd > 5 ? daysAgo + (wd - 5) : daysAgo;
}

/**
 * A plausible moment of work on the local day `daysAgo` days before `now` (08:00–17:55), never after
 * `now`: on the current day it is a little before now.
 */
export function workTime(now: Date, tz: string, daysAgo: number, rng: Rng): Date {
  // Always three draws, so the day of the week never changes what comes next from the generator.
  const at = localAt(now, tz, daysAgo, rng.int(8, 17), rng.int(0, 11) * 5);
  const back = rng.int(10, 120);
  return at.getTime() < now.getTime() - 5 * MINUTE ? at : new Date(now.getTime() - back * MINUTE);
}

/** 'YYYY-MM-DD' of the local day `days` days after `now` (negative: before). */
export const localDay = (now: Date, tz: string, days: number): string =>
  dayOf(addDays(new TZDate(now, tz), days), tz);

/** Local days from today to the last day of this quarter and of the next one. */
export function quarterHorizon(now: Date, tz: string): { thisQuarter: number; nextQuarter: number } {
  const today = new TZDate(now, tz);
  return {
    thisQuarter: differenceInCalendarDays(endOfQuarter(today), today),
    nextQuarter: differenceInCalendarDays(endOfQuarter(addQuarters(today, 1)), today),
  };
}

export const minutesAfter = (at: Date, minutes: number): Date => new Date(at.getTime() + minutes * MINUTE);
