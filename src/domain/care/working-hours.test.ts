import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../tenants/tenant.js';
import {
  endOfLocalDay,
  isFirstWorkingDayOfWeek,
  isWithinWorkingHours,
  localDay,
  nextWorkingStart,
  type Schedule,
  scheduleOf,
} from './working-hours.js';

const hours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
const berlin: Schedule = { hours, zone: 'Europe/Berlin' };
const newYork: Schedule = { hours, zone: 'America/New_York' };
const tokyo: Schedule = { hours, zone: 'Asia/Tokyo' };
const at = (iso: string) => new Date(iso);

describe('working hours', () => {
  it('is open from the local start to the local end on working days', () => {
    // Tuesday 27 Oct 2026: Berlin is on CET (+1) already, New York still on EDT (-4).
    expect(isWithinWorkingHours(at('2026-10-27T07:59:59Z'), berlin)).toBe(false);
    expect(isWithinWorkingHours(at('2026-10-27T08:00:00Z'), berlin)).toBe(true);
    expect(isWithinWorkingHours(at('2026-10-27T16:00:00Z'), berlin)).toBe(false);
    expect(isWithinWorkingHours(at('2026-10-27T12:59:00Z'), newYork)).toBe(false);
    expect(isWithinWorkingHours(at('2026-10-27T13:00:00Z'), newYork)).toBe(true);
    expect(isWithinWorkingHours(at('2026-10-27T00:00:00Z'), tokyo)).toBe(true);
    expect(isWithinWorkingHours(at('2026-10-26T23:59:00Z'), tokyo)).toBe(false);
  });

  it('defers to the next working start: 03:00 → 09:00, Friday evening → Monday, across DST', () => {
    expect(nextWorkingStart(at('2026-12-08T02:00:00Z'), berlin)).toEqual(at('2026-12-08T08:00:00Z'));
    expect(nextWorkingStart(at('2026-12-08T10:00:00Z'), berlin)).toEqual(at('2026-12-08T10:00:00Z'));
    // Friday 23 Oct 18:00 CEST → Monday 26 Oct 09:00 CET (the clocks went back on Sunday).
    expect(nextWorkingStart(at('2026-10-23T16:00:00Z'), berlin)).toEqual(at('2026-10-26T08:00:00Z'));
    // Friday 27 Mar 18:00 EDT → Monday 30 Mar 09:00 EDT.
    expect(nextWorkingStart(at('2026-03-27T22:00:00Z'), newYork)).toEqual(at('2026-03-30T13:00:00Z'));
    expect(nextWorkingStart(at('2026-12-05T03:00:00Z'), tokyo)).toEqual(at('2026-12-07T00:00:00Z'));
  });

  it('takes the member’s own hours and zone over the tenant’s', () => {
    const settings = defaultSettings({ timeZone: 'Europe/Berlin' });
    const own = scheduleOf(
      { timeZone: 'Asia/Tokyo', workingHours: { start: '07:30', end: '12:00', days: [6] } },
      settings,
    );
    expect(own).toEqual({ zone: 'Asia/Tokyo', hours: { start: '07:30', end: '12:00', days: [6] } });
    // Saturday 5 Dec 07:30 JST
    expect(isWithinWorkingHours(at('2026-12-04T22:30:00Z'), own)).toBe(true);
    expect(isWithinWorkingHours(at('2026-12-07T00:00:00Z'), own)).toBe(false);
    expect(scheduleOf({ timeZone: '' }, settings)).toEqual({
      zone: 'Europe/Berlin',
      hours: settings.workingHours,
    });
  });

  it('knows local days, their ends and the first working day of the week', () => {
    expect(localDay(at('2026-12-06T23:30:00Z'), 'Europe/Berlin')).toBe('2026-12-07');
    expect(localDay(at('2026-12-06T23:30:00Z'), 'America/New_York')).toBe('2026-12-06');
    expect(endOfLocalDay(at('2026-10-25T10:00:00Z'), 'Europe/Berlin')).toEqual(
      at('2026-10-25T22:59:59.999Z'),
    );
    expect(isFirstWorkingDayOfWeek(at('2026-12-07T08:00:00Z'), berlin)).toBe(true);
    expect(isFirstWorkingDayOfWeek(at('2026-12-08T08:00:00Z'), berlin)).toBe(false);
    expect(
      isFirstWorkingDayOfWeek(at('2026-12-08T08:00:00Z'), { ...berlin, hours: { ...hours, days: [2, 3] } }),
    ).toBe(true);
  });
});
