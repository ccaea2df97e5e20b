import { afterEach, describe, expect, it } from 'vitest';
import { parseDateOnly, parseWhen, startOfLocalDay, type WhenOptions } from './parse-when.js';

// Saturday, 24 Oct 2026, 12:00 in Berlin (CEST, UTC+2) and 06:00 in New York (EDT, UTC-4).
// Berlin returns to CET (UTC+1) on Sunday 25 Oct; New York to EST (UTC-5) on Sunday 1 Nov.
const now = new Date('2026-10-24T10:00:00Z');
const berlin = (locale: WhenOptions['locale'] = 'de'): WhenOptions => ({
  locale,
  timeZone: 'Europe/Berlin',
  now,
});
const newYork = (locale: WhenOptions['locale'] = 'en'): WhenOptions => ({
  locale,
  timeZone: 'America/New_York',
  now,
});
const iso = (text: string, opts: WhenOptions) => parseWhen(text, opts)?.toISOString();

describe('parseWhen in Europe/Berlin', () => {
  const cases: [string, string][] = [
    ['heute', '2026-10-24T07:00:00.000Z'],
    ['today', '2026-10-24T07:00:00.000Z'],
    ['morgen', '2026-10-25T08:00:00.000Z'],
    ['tomorrow', '2026-10-25T08:00:00.000Z'],
    ['gestern', '2026-10-23T07:00:00.000Z'],
    ['yesterday', '2026-10-23T07:00:00.000Z'],
    ['nächsten Freitag', '2026-10-30T08:00:00.000Z'],
    ['next friday', '2026-10-30T08:00:00.000Z'],
    ['Freitag', '2026-10-30T08:00:00.000Z'],
    ['in 3 Tagen', '2026-10-27T08:00:00.000Z'],
    ['in 3 days', '2026-10-27T08:00:00.000Z'],
    ['in 2 Wochen', '2026-11-07T08:00:00.000Z'],
    ['in 2 weeks', '2026-11-07T08:00:00.000Z'],
    ['2026-12-24', '2026-12-24T08:00:00.000Z'],
    ['24.12.2026', '2026-12-24T08:00:00.000Z'],
    ['24.12.', '2026-12-24T08:00:00.000Z'],
    ['morgen um 9', '2026-10-25T08:00:00.000Z'],
    ['morgen 14:30', '2026-10-25T13:30:00.000Z'],
    ['am 24.12. um 10 Uhr', '2026-12-24T09:00:00.000Z'],
  ];
  for (const [text, expected] of cases) {
    it(`reads “${text}”`, () => expect(iso(text, berlin())).toBe(expected));
  }

  it('applies the new offset when the phrase lands after the DST change', () => {
    // 9:00 on 25 Oct is CET (UTC+1): 08:00Z, though "now" is still CEST.
    expect(iso('tomorrow 9am', berlin('en'))).toBe('2026-10-25T08:00:00.000Z');
    expect(iso('today 9am', berlin('en'))).toBe('2026-10-24T07:00:00.000Z');
  });

  it('tries the member’s language first, then the other one', () => {
    expect(iso('morgen 14:30', berlin('en'))).toBe('2026-10-25T13:30:00.000Z');
    expect(iso('tomorrow 9am', berlin('de'))).toBe('2026-10-25T08:00:00.000Z');
  });

  it('reads dotted dates day first, in English too', () => {
    expect(iso('05.06.2026', berlin('en'))).toBe('2026-06-05T07:00:00.000Z');
    expect(iso('31.02.', berlin())).toBeUndefined();
  });

  it('moves a day-month date that has passed to next year', () => {
    expect(iso('01.03.', berlin())).toBe('2027-03-01T08:00:00.000Z');
  });

  it('uses the default hour for dates without a time', () => {
    expect(iso('morgen', { ...berlin(), defaultHour: 17 })).toBe('2026-10-25T16:00:00.000Z');
  });

  it('counts relative times from now and keeps explicit offsets', () => {
    expect(iso('in 2 hours', berlin('en'))).toBe('2026-10-24T12:00:00.000Z');
    expect(iso('in 2 Stunden', berlin())).toBe('2026-10-24T12:00:00.000Z');
    expect(iso('2026-12-24T10:00:00Z', berlin())).toBe('2026-12-24T10:00:00.000Z');
  });

  it('returns undefined for text that is no date', () => {
    expect(parseWhen('', berlin())).toBeUndefined();
    expect(parseWhen('   ', berlin())).toBeUndefined();
    expect(parseWhen('Angebot schicken', berlin())).toBeUndefined();
  });
});

describe('parseWhen in America/New_York', () => {
  it('reads phrases on the member’s own calendar', () => {
    expect(iso('today', newYork())).toBe('2026-10-24T13:00:00.000Z');
    expect(iso('tomorrow 9am', newYork())).toBe('2026-10-25T13:00:00.000Z');
    expect(iso('next friday', newYork())).toBe('2026-10-30T13:00:00.000Z');
    expect(iso('nächsten Freitag', newYork())).toBe('2026-10-30T13:00:00.000Z');
    expect(iso('24.12.', newYork())).toBe('2026-12-24T14:00:00.000Z');
  });

  it('applies EST after 1 November', () => {
    expect(iso('in 2 weeks', newYork())).toBe('2026-11-07T14:00:00.000Z');
  });

  it('uses the member’s date when UTC is already on the next day', () => {
    // 22:00 on 3 Dec in New York is 03:00Z on 4 Dec.
    const late = { ...newYork(), now: new Date('2026-12-04T03:00:00Z') };
    expect(iso('tomorrow', late)).toBe('2026-12-04T14:00:00.000Z');
    expect(iso('today', late)).toBe('2026-12-03T14:00:00.000Z');
  });
});

describe('parseDateOnly', () => {
  it('returns the local calendar date at local midnight', () => {
    expect(parseDateOnly('24.12.2026', berlin())?.toISOString()).toBe('2026-12-23T23:00:00.000Z');
    expect(parseDateOnly('morgen', berlin())?.toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(parseDateOnly('next friday', newYork())?.toISOString()).toBe('2026-10-30T04:00:00.000Z');
    expect(parseDateOnly('in 2 weeks', newYork())?.toISOString()).toBe('2026-11-07T05:00:00.000Z');
    expect(parseDateOnly('soon-ish', newYork())).toBeUndefined();
  });

  it('finds the start of a local day', () => {
    expect(startOfLocalDay(new Date('2026-12-04T03:00:00Z'), 'America/New_York').toISOString()).toBe(
      '2026-12-03T05:00:00.000Z',
    );
  });
});

describe('independence from the host time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it('gives the same instants when the server runs in another zone', () => {
    const phrases = ['tomorrow 9am', 'morgen', 'in 3 Tagen', '24.12.', 'next friday'];
    const expected = phrases.map((p) => iso(p, berlin()));
    process.env.TZ = 'Asia/Tokyo';
    expect(phrases.map((p) => iso(p, berlin()))).toEqual(expected);
    process.env.TZ = 'America/Los_Angeles';
    expect(phrases.map((p) => iso(p, berlin()))).toEqual(expected);
  });
});
