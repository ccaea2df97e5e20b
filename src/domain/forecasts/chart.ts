import { Resvg } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { currencyDigits } from '../../shared/i18n/format.js';
import type { Locale } from '../../shared/i18n/translator.js';
import type { MonthFigures } from './forecast.js';

/** The chart's words in the reader's language. */
export interface ChartLabels {
  won: string;
  commit: string;
  bestCase: string;
  pipeline: string;
  quota: string;
  month: string;
  amount: string;
}

/** One bar segment or quota point: `minor` is the exact figure, `value` the same in major units for the axis. */
export interface ChartDatum {
  month: string;
  monthLabel: string;
  series: string;
  order: number;
  minor: number;
  value: number;
}

export interface ChartOptions {
  currency: string;
  locale: Locale;
  labels: ChartLabels;
  monthLabel: (month: string) => string;
}

const COLORS = ['#2e7d32', '#1565c0', '#64b5f6', '#cfd8dc', '#212121'];
const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
// d3-format locales, so axis numbers read 1,000 in English and 1.000 in German.
const NUMBER_LOCALE: Record<
  Locale,
  { decimal: string; thousands: string; grouping: number[]; currency: [string, string] }
> = {
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['', ''] },
  de: { decimal: ',', thousands: '.', grouping: [3], currency: ['', ''] },
};

/**
 * The data behind the chart, from the same month figures as the card's text: stacked segments won,
 * open commit, open best case and the rest of the open pipeline, plus each month's quota.
 */
export function chartData(
  months: MonthFigures[],
  opts: ChartOptions,
): { bars: ChartDatum[]; quota: ChartDatum[] } {
  const scale = 10 ** currencyDigits(opts.currency);
  const { labels } = opts;
  const datum = (m: MonthFigures, series: string, order: number, minor: number): ChartDatum => ({
    month: m.month,
    monthLabel: opts.monthLabel(m.month),
    series,
    order,
    minor,
    value: minor / scale,
  });
  return {
    bars: months.flatMap((m) => [
      datum(m, labels.won, 0, m.won),
      datum(m, labels.commit, 1, m.commitOpen),
      datum(m, labels.bestCase, 2, m.bestCaseOpen),
      datum(m, labels.pipeline, 3, m.pipelineOpen),
    ]),
    quota: months.some((m) => m.quota > 0) ? months.map((m) => datum(m, labels.quota, 4, m.quota)) : [],
  };
}

/** A Vega-Lite spec: stacked bars per month with the quota as a line. */
export function forecastChartSpec(months: MonthFigures[], opts: ChartOptions): TopLevelSpec {
  const { bars, quota } = chartData(months, opts);
  const { labels } = opts;
  const order = months.map((m) => opts.monthLabel(m.month));
  // Rounded up to about five ticks, so the tallest bar does not touch the top edge.
  const yScale = { nice: 5, zero: true };
  const x = {
    field: 'monthLabel',
    type: 'ordinal',
    sort: order,
    title: labels.month,
    axis: { labelAngle: 0 },
  } as const;
  const color = {
    field: 'series',
    type: 'nominal',
    title: null,
    legend: { symbolType: 'square' },
    scale: {
      domain: [labels.won, labels.commit, labels.bestCase, labels.pipeline, labels.quota],
      range: COLORS,
    },
  } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: Math.max(240, 90 * months.length),
    height: 240,
    background: 'white',
    config: { font: FONT, locale: { number: NUMBER_LOCALE[opts.locale] } },
    layer: [
      {
        data: { values: bars },
        mark: { type: 'bar' },
        encoding: {
          x,
          y: {
            field: 'value',
            type: 'quantitative',
            aggregate: 'sum',
            stack: 'zero',
            title: `${labels.amount} (${opts.currency})`,
            axis: { format: ',.0f' },
            scale: yScale,
          },
          color,
          order: { field: 'order', type: 'quantitative' },
        },
      },
      ...(quota.length
        ? [
            {
              data: { values: quota },
              mark: { type: 'line', point: true, strokeWidth: 2 },
              encoding: { x, y: { field: 'value', type: 'quantitative', scale: yScale }, color },
            } as const,
          ]
        : []),
    ],
  };
}

/** Renders a spec to PNG: Vega-Lite → Vega → SVG → resvg (system fonts, twice the size for sharp text). */
export async function renderChartPng(spec: TopLevelSpec): Promise<Uint8Array> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    const png = new Resvg(svg, {
      font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
      fitTo: { mode: 'zoom', value: 2 },
    })
      .render()
      .asPng();
    return new Uint8Array(png);
  } finally {
    view.finalize();
  }
}
