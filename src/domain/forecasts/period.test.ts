import { describe, expect, it } from 'vitest';
import { fiscalQuarterOf, fiscalYearOf, type Period, type PeriodContext } from './period.js';
import { parsePeriod } from './period-parse.js';
import { monthLabel, periodTitle } from './period-title.js';

const calendar = (now = '2026-12-04T10:00:00Z'): PeriodContext => ({
  now: new Date(now),
  timeZone: 'Europe/Berlin',
  fiscalYearStartMonth: 1,
});
const april = (now = '2026-12-04T10:00:00Z'): PeriodContext => ({
  ...calendar(now),
  fiscalYearStartMonth: 4,
});

function parse(text: string, ctx: PeriodContext): Period {
  const r = parsePeriod(text, ctx);
  if (!r.ok) throw new Error(`${text}: ${r.error.code}`);
  return r.value;
}
const months = (text: string, ctx: PeriodContext) => parse(text, ctx).months;

describe('periods of a calendar-year tenant', () => {
  it('reads relative months and quarters in English and German, across the year boundary', () => {
    const ctx = calendar();
    for (const t of ['this month', 'dieser Monat', 'diesen Monat', 'aktueller Monat']) {
      expect(months(t, ctx), t).toEqual(['2026-12']);
    }
    for (const t of ['next month', 'nächster Monat', 'nächsten Monat', 'naechsten monat']) {
      expect(months(t, ctx), t).toEqual(['2027-01']);
    }
    expect(months('last month', ctx)).toEqual(['2026-11']);
    expect(months('Vormonat', ctx)).toEqual(['2026-11']);
    for (const t of ['this quarter', 'dieses Quartal', 'laufendes Quartal']) {
      expect(months(t, ctx), t).toEqual(['2026-10', '2026-11', '2026-12']);
    }
    for (const t of ['next quarter', 'nächstes Quartal', 'Nächstes quartal']) {
      expect(parse(t, ctx).label, t).toBe('2027-Q1');
    }
    expect(months('next quarter', ctx)).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(parse('last quarter', ctx).label).toBe('2026-Q3');
    expect(parse('letztes Quartal', ctx).label).toBe('2026-Q3');
  });

  it('reads absolute quarters, months and years in every spelling', () => {
    const ctx = calendar();
    for (const t of ['2027-Q1', 'Q1 2027', 'Q1/2027', 'q1-2027', '1. Quartal 2027', 'Q1 FY2027', 'FY27 Q1']) {
      expect(months(t, ctx), t).toEqual(['2027-01', '2027-02', '2027-03']);
    }
    for (const t of [
      'Jan 2027',
      'January 2027',
      'Januar 2027',
      'jan. 2027',
      '2027-01',
      '01/2027',
      '1.2027',
    ]) {
      expect(parse(t, ctx).label, t).toBe('2027-01');
    }
    expect(parse('März 2027', ctx).label).toBe('2027-03');
    expect(parse('Okt 2026', ctx).label).toBe('2026-10');
    expect(parse('Dezember', ctx).label).toBe('2026-12');
    for (const t of ['2027', 'FY2027', 'GJ 2027', 'Geschäftsjahr 2027', 'next year', 'nächstes Jahr']) {
      expect(parse(t, ctx).label, t).toBe('FY2027');
    }
    expect(parse('this year', ctx).months).toHaveLength(12);
    expect(parse('dieses Jahr', ctx).months[0]).toBe('2026-01');
  });

  it('starts and ends at local midnight in the tenant zone (end exclusive)', () => {
    const q = parse('Q1 2027', calendar());
    expect(q.start.toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(q.end.toISOString()).toBe('2027-03-31T22:00:00.000Z');
  });

  it('takes the current month in the tenant zone: New Year in Berlin is still 2026 in UTC', () => {
    const ctx = calendar('2026-12-31T23:30:00Z');
    expect(months('this month', ctx)).toEqual(['2027-01']);
    expect(parse('this quarter', ctx).label).toBe('2027-Q1');
    expect(parse('this year', ctx).label).toBe('FY2027');
  });

  it('reads trailing months and ranges', () => {
    const ctx = calendar();
    const six = parse('last 6 months', ctx);
    expect(six.months).toEqual(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    expect(six.label).toBe('2026-07..2026-12');
    expect(parse('letzte 6 Monate', ctx).label).toBe('2026-07..2026-12');
    expect(parse('letzten 3 Monaten', ctx).months).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(parse(six.label, ctx).months).toEqual(six.months);
  });

  it('rejects what is no period with a coded error', () => {
    for (const t of ['someday', '2027-Q5', '13/2027', 'Q1 20270', 'next week', 'last 99 months', '   ']) {
      const r = parsePeriod(t, calendar());
      expect(r.ok, t).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('forecast.invalid_period');
    }
    const r = parsePeriod('someday', calendar());
    if (!r.ok) expect(r.error.params).toEqual({ period: 'someday' });
  });
});

describe('fiscal periods (fiscal year named by the calendar year in which it ends)', () => {
  it('assigns months to fiscal years and quarters', () => {
    expect(fiscalYearOf({ y: 2026, m: 3 }, 4)).toBe(2026);
    expect(fiscalYearOf({ y: 2026, m: 4 }, 4)).toBe(2027);
    expect(fiscalQuarterOf({ y: 2026, m: 12 }, 4)).toEqual({ fiscalYear: 2027, quarter: 3 });
    expect(fiscalQuarterOf({ y: 2027, m: 3 }, 4)).toEqual({ fiscalYear: 2027, quarter: 4 });
    expect(fiscalQuarterOf({ y: 2026, m: 10 }, 10)).toEqual({ fiscalYear: 2027, quarter: 1 });
    expect(fiscalQuarterOf({ y: 2026, m: 12 }, 1)).toEqual({ fiscalYear: 2026, quarter: 4 });
  });

  it('reads 2027-Q1 as April–June 2026 when the fiscal year starts in April', () => {
    const ctx = april();
    for (const t of ['2027-Q1', 'Q1 2027', 'Q1/2027', 'Q1 GJ 2027']) {
      expect(months(t, ctx), t).toEqual(['2026-04', '2026-05', '2026-06']);
    }
    const fy = parse('FY2027', ctx);
    expect(fy.months[0]).toBe('2026-04');
    expect(fy.months[11]).toBe('2027-03');
    expect(fy.start.toISOString()).toBe('2026-03-31T22:00:00.000Z');
    expect(fy.end.toISOString()).toBe('2027-03-31T22:00:00.000Z');
    expect(parse('GJ 2027', ctx).label).toBe('FY2027');
    expect(parse('this year', ctx).label).toBe('FY2027');
    // Months stay calendar months.
    expect(parse('Jan 2027', ctx).months).toEqual(['2027-01']);
  });

  it('moves relative quarters across the fiscal and the calendar year boundary', () => {
    const dec = april('2026-12-04T10:00:00Z');
    expect(parse('this quarter', dec).label).toBe('2027-Q3');
    expect(months('dieses Quartal', dec)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(parse('next quarter', dec).label).toBe('2027-Q4');
    expect(months('nächstes Quartal', dec)).toEqual(['2027-01', '2027-02', '2027-03']);
    const feb = april('2027-02-15T10:00:00Z');
    expect(parse('nächstes Quartal', feb).label).toBe('2028-Q1');
    expect(months('next quarter', feb)).toEqual(['2027-04', '2027-05', '2027-06']);
    expect(parse('last quarter', april('2027-04-01T10:00:00Z')).label).toBe('2027-Q4');
    expect(parse('Q2', feb).months).toEqual(['2026-07', '2026-08', '2026-09']);
  });

  it('titles periods so nobody has to know the convention', () => {
    const ctx = april();
    expect(periodTitle(parse('2027-Q1', ctx), 'en', 4)).toBe('Q1 FY2027 (Apr 2026 – Jun 2026)');
    expect(periodTitle(parse('2027-Q1', ctx), 'de', 4)).toBe('Q1 GJ 2027 (Apr. 2026 – Juni 2026)');
    expect(periodTitle(parse('Q1 2027', calendar()), 'en', 1)).toBe('Q1 2027');
    expect(periodTitle(parse('2027-01', calendar()), 'de', 1)).toBe('Januar 2027');
    expect(periodTitle(parse('FY2027', calendar()), 'en', 1)).toBe('2027');
    expect(monthLabel('2027-03', 'de')).toBe('März 2027');
  });
});
