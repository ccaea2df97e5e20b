import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { dayOf } from '../deals/period.js';
import type { Member } from '../members/member.js';
import type { TenantSettings, WorkingHours } from '../tenants/tenant.js';

/** The member's own working hours, else the tenant's. */
export const hoursOf = (member: Pick<Member, 'workingHours'>, settings: TenantSettings): WorkingHours =>
  member.workingHours ?? settings.workingHours;

/** The member's zone, else the tenant's. */
export const zoneOf = (member: Pick<Member, 'timeZone'>, settings: TenantSettings): string =>
  member.timeZone || settings.timeZone;

/** Where and when one member may be messaged. */
export interface Schedule {
  hours: WorkingHours;
  zone: string;
}

export const scheduleOf = (member: Pick<Member, 'workingHours' | 'timeZone'>, settings: TenantSettings) => ({
  hours: hoursOf(member, settings),
  zone: zoneOf(member, settings),
});

/** 'YYYY-MM-DD' of the instant in the zone. */
export const localDay = (at: Date, zone: string): string => dayOf(at, zone);

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

// No working day configured would mean "never"; a nudge must not be lost, so every day counts then.
const workingDays = (hours: WorkingHours) => (hours.days.length ? hours.days : [1, 2, 3, 4, 5, 6, 7]);

/** ISO weekday (1 = Monday … 7 = Sunday) of the instant in the zone. */
export function isoWeekday(at: Date, zone: string): number {
  const day = new TZDate(at.getTime(), zone).getDay();
  return day === 0 ? 7 : day;
}

export const isWorkingDay = (at: Date, s: Schedule): boolean =>
  workingDays(s.hours).includes(isoWeekday(at, s.zone));

// The instant of local time `hhmm` on the local calendar day of `at`; TZDate applies that day's offset.
function atLocalTime(at: Date, hhmm: string, zone: string): Date {
  const local = new TZDate(at.getTime(), zone);
  const minutes = minutesOf(hhmm);
  const h = Math.floor(minutes / 60);
  const t = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), h, minutes % 60, 0, 0, zone);
  return new Date(t.getTime());
}

/** The instant the working day that contains `at` (local calendar day) starts, DST-safe. */
export const dayStart = (at: Date, s: Schedule): Date => atLocalTime(at, s.hours.start, s.zone);
const dayEnd = (at: Date, s: Schedule): Date => atLocalTime(at, s.hours.end, s.zone);

/** On a working day, at or after the start and before the end of the member's local working hours. */
export function isWithinWorkingHours(at: Date, s: Schedule): boolean {
  if (!isWorkingDay(at, s)) return false;
  const t = at.getTime();
  return t >= dayStart(at, s).getTime() && t < dayEnd(at, s).getTime();
}

/** `at` itself when it lies in working hours, else the start of the next working period. */
export function nextWorkingStart(at: Date, s: Schedule): Date {
  if (isWithinWorkingHours(at, s)) return at;
  const local = new TZDate(at.getTime(), s.zone);
  for (let i = 0; i <= 7; i++) {
    const day = addDays(local, i);
    const start = dayStart(day, s);
    if (isWorkingDay(start, s) && start.getTime() > at.getTime()) return start;
  }
  return dayStart(addDays(local, 8), s);
}

/** The last millisecond of the local calendar day of `at`. */
export function endOfLocalDay(at: Date, zone: string): Date {
  const z = new TZDate(at.getTime(), zone);
  return new Date(new TZDate(z.getFullYear(), z.getMonth(), z.getDate() + 1, zone).getTime() - 1);
}

/** The first working day of the ISO week `at` falls in (Monday, unless Monday is not worked). */
export function isFirstWorkingDayOfWeek(at: Date, s: Schedule): boolean {
  const today = isoWeekday(at, s.zone);
  const first = Math.min(...workingDays(s.hours));
  return today === first;
}
