import { ok, type Result } from '../../shared/result.js';
import {
  fiscalQuarterOf,
  invalidPeriod,
  monthPeriod,
  type Period,
  type PeriodContext,
  quarterPeriod,
  rangePeriod,
  relativeMonth,
  relativeQuarter,
  relativeYear,
  trailingMonths,
  yearMonthAt,
  yearPeriod,
} from './period.js';

const MONTH_NAMES: [number, string[]][] = [
  [1, ['jan', 'january', 'januar', 'jänner', 'jaenner']],
  [2, ['feb', 'february', 'februar', 'feber']],
  [3, ['mar', 'march', 'märz', 'maerz', 'mär', 'mrz']],
  [4, ['apr', 'april']],
  [5, ['may', 'mai']],
  [6, ['jun', 'june', 'juni']],
  [7, ['jul', 'july', 'juli']],
  [8, ['aug', 'august']],
  [9, ['sep', 'sept', 'september']],
  [10, ['oct', 'october', 'okt', 'oktober']],
  [11, ['nov', 'november']],
  [12, ['dec', 'december', 'dez', 'dezember']],
];
const MONTH_BY_NAME = new Map(MONTH_NAMES.flatMap(([m, names]) => names.map((n) => [n, m] as const)));

// German adjectives come inflected: dieser/dieses/diesen Monat, nächstes/nächsten Quartal.
const ENDING = '(?:e[rsmn]?)?';
const OFFSET_WORDS: [RegExp, number][] = [
  [new RegExp(`^(?:this|current|dies${ENDING}|aktuell${ENDING}|laufend${ENDING})$`), 0],
  [new RegExp(`^(?:next|coming|n(?:ä|ae|a)chst${ENDING}|kommend${ENDING})$`), 1],
  [new RegExp(`^(?:last|previous|prior|letzt${ENDING}|vorig${ENDING}|vergangen${ENDING})$`), -1],
];
type Unit = 'month' | 'quarter' | 'year';
const UNITS: [RegExp, Unit][] = [
  [/^(?:month|monat|monats)$/, 'month'],
  [/^(?:quarter|quartal|quartals)$/, 'quarter'],
  [/^(?:year|jahr|jahres|fiscal year|financial year|gesch(?:ä|ae)ftsjahr(?:es)?|fy|gj)$/, 'year'],
];
const SINGLE_WORDS: Record<string, [Unit, number]> = {
  vormonat: ['month', -1],
  vorquartal: ['quarter', -1],
  vorjahr: ['year', -1],
};

const FY = '(?:fy|gj|fiscal year|gesch(?:ä|ae)ftsjahr)';
const YEAR = '(\\d{4}|\\d{2})';

function relative(ctx: PeriodContext, unit: Unit, offset: number): Period {
  if (unit === 'month') return relativeMonth(ctx, offset);
  if (unit === 'quarter') return relativeQuarter(ctx, offset);
  return relativeYear(ctx, offset);
}

const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));
const validYear = (y: number) => y >= 1970 && y <= 2200;

type Rule = [RegExp, (m: RegExpExecArray, ctx: PeriodContext) => Period | undefined];

const quarter = (yearText: string, q: string, ctx: PeriodContext) => {
  const fy = fullYear(yearText);
  return validYear(fy) ? quarterPeriod(fy, Number(q), ctx) : undefined;
};
const month = (y: number, m: number, ctx: PeriodContext) =>
  validYear(y) && m >= 1 && m <= 12 ? monthPeriod({ y, m }, ctx) : undefined;

const RULES: Rule[] = [
  // Quarters are fiscal: '2027-Q1' is the first quarter of the fiscal year that ends in 2027.
  [/^(\d{4}) ?-? ?q([1-4])$/, (m, ctx) => quarter(m[1] as string, m[2] as string, ctx)],
  [/^q([1-4]) ?[/-]? ?(\d{4})$/, (m, ctx) => quarter(m[2] as string, m[1] as string, ctx)],
  [
    new RegExp(`^q([1-4]) ?[/-]? ?${FY} ?-? ?${YEAR}$`),
    (m, ctx) => quarter(m[2] as string, m[1] as string, ctx),
  ],
  [
    new RegExp(`^${FY} ?-? ?${YEAR} ?[/-]? ?q([1-4])$`),
    (m, ctx) => quarter(m[1] as string, m[2] as string, ctx),
  ],
  [/^([1-4])\.? ?(?:quartal|quarter) (\d{4})$/, (m, ctx) => quarter(m[2] as string, m[1] as string, ctx)],
  [
    /^q([1-4])$/,
    (m, ctx) => {
      const { fiscalYear } = fiscalQuarterOf(yearMonthAt(ctx.now, ctx.timeZone), ctx.fiscalYearStartMonth);
      return quarterPeriod(fiscalYear, Number(m[1]), ctx);
    },
  ],
  // Years are fiscal too: '2027' and 'FY2027' name the fiscal year that ends in 2027.
  [/^(\d{4})$/, (m, ctx) => (validYear(Number(m[1])) ? yearPeriod(Number(m[1]), ctx) : undefined)],
  [
    new RegExp(`^${FY} ?-? ?${YEAR}$`),
    (m, ctx) => (validYear(fullYear(m[1] as string)) ? yearPeriod(fullYear(m[1] as string), ctx) : undefined),
  ],
  // Months are calendar months.
  [/^(\d{4})-(\d{1,2})$/, (m, ctx) => month(Number(m[1]), Number(m[2]), ctx)],
  [/^(\d{1,2}) ?[/.] ?(\d{4})$/, (m, ctx) => month(Number(m[2]), Number(m[1]), ctx)],
  [
    /^(\p{L}+),? ?(\d{4})?$/u,
    (m, ctx) => {
      const n = MONTH_BY_NAME.get(m[1] as string);
      if (!n) return undefined;
      return month(m[2] ? Number(m[2]) : yearMonthAt(ctx.now, ctx.timeZone).y, n, ctx);
    },
  ],
  [
    /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/,
    (m, ctx) => {
      const first = { y: Number(m[1]), m: Number(m[2]) };
      const count = (Number(m[3]) - first.y) * 12 + Number(m[4]) - first.m + 1;
      return first.m >= 1 && first.m <= 12 && count >= 1 && count <= 36
        ? rangePeriod(first, count, ctx)
        : undefined;
    },
  ],
  [
    /^(?:last|past|trailing|letzte[n]?|vergangene[n]?) (\d{1,2}) (?:months|monate|monaten)$/,
    (m, ctx) => {
      const count = Number(m[1]);
      return count >= 1 && count <= 36 ? trailingMonths(ctx, count) : undefined;
    },
  ],
];

/** Lower case, single spaces, abbreviation dots dropped ('Jan.' → 'jan', 'Okt. 2027' → 'okt 2027'). */
const normalize = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/(\p{L})\.(?=\s|$)/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();

function relativePhrase(text: string, ctx: PeriodContext): Period | undefined {
  const single = SINGLE_WORDS[text];
  if (single) return relative(ctx, single[0], single[1]);
  const space = text.indexOf(' ');
  if (space < 0) return undefined;
  const [head, tail] = [text.slice(0, space), text.slice(space + 1)];
  const offset = OFFSET_WORDS.find(([re]) => re.test(head))?.[1];
  const unit = UNITS.find(([re]) => re.test(tail))?.[1];
  return offset === undefined || !unit ? undefined : relative(ctx, unit, offset);
}

/**
 * Reads a period as people write it, in English or German: 'this quarter', 'nächstes Quartal',
 * '2027-Q1', 'Q1/2027', 'Jan 2027', 'Januar 2027', '2027-01', 'FY2027', 'GJ 2027', 'last 6 months'.
 * Quarters and years are fiscal (see `fiscalYearOf`); months are calendar months. Unknown text is
 * `forecast.invalid_period`.
 */
export function parsePeriod(text: string, ctx: PeriodContext): Result<Period> {
  const t = normalize(text);
  if (!t) return invalidPeriod(text);
  const rel = relativePhrase(t, ctx);
  if (rel) return ok(rel);
  for (const [re, build] of RULES) {
    const m = re.exec(t);
    if (!m) continue;
    const period = build(m, ctx);
    if (period) return ok(period);
  }
  return invalidPeriod(text.trim());
}
