import type { ChartLabels } from '../../domain/forecasts/chart.js';
import { toNumber } from '../../domain/forecasts/exact.js';
import type { ForecastFigures } from '../../domain/forecasts/forecast.js';
import type { ForecastReport } from '../../domain/forecasts/forecast.service.js';
import { periodTitle } from '../../domain/forecasts/period-title.js';
import type { ForecastSnapshot, SnapshotFigure } from '../../domain/forecasts/snapshot.js';
import { SHRINKAGE_PSEUDO_DEALS } from '../../domain/forecasts/win-rates.js';
import type { Session } from '../session.js';
import { type Block, type Card, card } from '../view/card.js';
import { type NumbersScope, scopeTitle } from './forecast.scope.js';

/** Last week's snapshot of the scope and of each member, where one exists. */
export interface ForecastDeltas {
  team: ForecastSnapshot | null;
  members: Map<string, ForecastSnapshot>;
}

const MAX_EXCLUDED = 10;

export const chartLabels = (s: Session): ChartLabels => ({
  won: s.t('forecast.won'),
  commit: s.t('forecast.commit'),
  bestCase: s.t('forecast.best_case'),
  pipeline: s.t('forecast.pipeline'),
  quota: s.t('forecast.quota'),
  month: s.t('forecast.month'),
  amount: s.t('forecast.amount'),
});

export const ratioText = (s: Session, value: number | null) =>
  value === null ? s.t('core.none') : s.percent(value);
export const coverageText = (s: Session, value: number | null) =>
  value === null ? s.t('core.none') : s.t('forecast.coverage_value', { value: s.number(value, 1) });

/** '+€1,000.00', '−€500.00' or '±0'. */
export function deltaText(s: Session, delta: number): string {
  if (delta === 0) return '±0';
  return delta > 0 ? `+${s.money(delta)}` : `−${s.money(-delta)}`;
}

const FIGURES: [SnapshotFigure, string][] = [
  ['closedWon', 'forecast.won'],
  ['commit', 'forecast.commit'],
  ['bestCase', 'forecast.best_case'],
  ['pipeline', 'forecast.pipeline_open'],
  ['weighted', 'forecast.weighted'],
  ['learned', 'forecast.learned'],
  ['quota', 'forecast.quota'],
];

function figureFields(s: Session, f: ForecastFigures, before: ForecastSnapshot | null) {
  return [
    ...FIGURES.map(([key, label]) => ({
      label: s.t(label),
      value: before ? `${s.money(f[key])} (${deltaText(s, f[key] - before.figures[key])})` : s.money(f[key]),
    })),
    { label: s.t('forecast.attainment'), value: ratioText(s, f.attainment) },
    { label: s.t('forecast.coverage'), value: coverageText(s, f.coverage) },
  ];
}

function memberTable(
  s: Session,
  report: ForecastReport,
  names: Map<string, string>,
  deltas: ForecastDeltas,
): Block {
  const commitDelta = (ownerId: string, commit: number) => {
    const before = deltas.members.get(ownerId);
    return before ? deltaText(s, commit - before.figures.commit) : s.t('core.none');
  };
  return {
    type: 'table',
    columns: [
      s.t('forecast.rep'),
      s.t('forecast.won'),
      s.t('forecast.commit'),
      s.t('forecast.best_case'),
      s.t('forecast.pipeline_open'),
      s.t('forecast.weighted'),
      s.t('forecast.learned'),
      s.t('forecast.quota'),
      s.t('forecast.attainment'),
      s.t('forecast.delta_commit'),
    ],
    align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    rows: report.byOwner.map(({ ownerId, figures: f }) => [
      names.get(ownerId) ?? ownerId,
      ...[f.closedWon, f.commit, f.bestCase, f.pipeline, f.weighted, f.learned, f.quota].map((v) =>
        s.money(v),
      ),
      ratioText(s, f.attainment),
      commitDelta(ownerId, f.commit),
    ]),
  };
}

function ratesBlocks(s: Session, report: ForecastReport): Block[] {
  const stageName = (id: string) => s.ctx.settings.pipeline.find((p) => p.id === id)?.name ?? id;
  return [
    { type: 'heading', text: s.t('forecast.rates_title') },
    {
      type: 'table',
      columns: [s.t('forecast.stage'), s.t('forecast.configured'), s.t('forecast.learned_rate'), 'n', 'w'],
      align: ['left', 'right', 'right', 'right', 'right'],
      rows: report.rates.map((r) => [
        stageName(r.stageId),
        s.percent(r.probability / 100),
        s.percent(toNumber(r.rate)),
        String(r.closed),
        String(r.won),
      ]),
    },
    {
      type: 'context',
      text: s.t('forecast.rates_explained', {
        k: SHRINKAGE_PSEUDO_DEALS,
        count: report.learnedFrom,
        since: s.date(report.learnedSince),
      }),
    },
  ];
}

function excludedBlocks(s: Session, report: ForecastReport, names: Map<string, string>): Block[] {
  if (!report.excluded.length) return [];
  return [
    {
      type: 'text',
      tone: 'warning',
      text: s.t('forecast.excluded', { count: report.excluded.length, currency: report.currency }),
    },
    {
      type: 'list',
      items: report.excluded.slice(0, MAX_EXCLUDED).map((d) => ({
        title: d.title,
        detail: `${s.money(d.amount, d.currency)} · ${names.get(d.ownerId) ?? d.ownerId} · ${s.t(`forecast.status_${d.status}`)}`,
      })),
    },
    ...(report.excluded.length > MAX_EXCLUDED
      ? [
          {
            type: 'context' as const,
            text: s.t('core.and_more', { count: report.excluded.length - MAX_EXCLUDED }),
          },
        ]
      : []),
  ];
}

/** The forecast card: team figures with last week's change, each rep, the learned rates, the chart. */
export function forecastCard(
  s: Session,
  report: ForecastReport,
  scope: NumbersScope,
  names: Map<string, string>,
  deltas: ForecastDeltas,
  png: Uint8Array,
  url?: string,
): Card {
  const { fiscalYearStartMonth } = s.ctx.settings;
  const title = periodTitle(report.period, s.locale, fiscalYearStartMonth);
  const blocks: Block[] = [
    { type: 'fields', fields: figureFields(s, report.team, deltas.team) },
    {
      type: 'context',
      text: deltas.team
        ? s.t('forecast.delta_since', { date: s.date(deltas.team.takenAt) })
        : s.t('forecast.no_snapshot'),
    },
  ];
  if (scope.members.length > 1) blocks.push(memberTable(s, report, names, deltas));
  blocks.push(...excludedBlocks(s, report, names), ...ratesBlocks(s, report));
  blocks.push({
    type: 'image',
    alt: s.t('forecast.chart_alt', { period: title }),
    png,
    key: `forecast-${report.period.label}`,
    title: s.t('forecast.chart_title', { period: title }),
    ...(url ? { url } : {}),
  });
  blocks.push({ type: 'context', text: s.t('forecast.figures_explained') });
  return card(s.t('forecast.title', { period: title }), blocks, { subtitle: scopeTitle(s, scope) });
}
