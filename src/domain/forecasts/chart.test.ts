import { describe, expect, it } from 'vitest';
import { chartData, forecastChartSpec, renderChartPng } from './chart.js';
import type { MonthFigures } from './forecast.js';
import { monthLabel } from './period-title.js';

const months: MonthFigures[] = [
  { month: '2027-01', won: 1_000_000, commitOpen: 123_457, bestCaseOpen: 0, pipelineOpen: 0, quota: 800_000 },
  { month: '2027-02', won: 0, commitOpen: 500_000, bestCaseOpen: 0, pipelineOpen: 100_005, quota: 800_000 },
  {
    month: '2027-03',
    won: 200_000,
    commitOpen: 0,
    bestCaseOpen: 333_333,
    pipelineOpen: 100_005,
    quota: 800_001,
  },
];
const labels = {
  won: 'Gewonnen',
  commit: 'Commit',
  bestCase: 'Best Case',
  pipeline: 'Pipeline',
  quota: 'Ziel',
  month: 'Monat',
  amount: 'Betrag',
};
const opts = {
  currency: 'EUR',
  locale: 'de' as const,
  labels,
  monthLabel: (m: string) => monthLabel(m, 'de'),
};

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('forecast chart', () => {
  it('stacks won, open commit, open best case and the rest of the pipeline per month, with the quota', () => {
    const { bars, quota } = chartData(months, opts);
    const total = (series: string) =>
      bars.filter((b) => b.series === series).reduce((a, b) => a + b.minor, 0);
    expect(total('Gewonnen')).toBe(1_200_000);
    expect(total('Commit')).toBe(623_457);
    expect(total('Best Case')).toBe(333_333);
    expect(total('Pipeline')).toBe(200_010);
    expect(quota.map((q) => q.minor)).toEqual([800_000, 800_000, 800_001]);
    expect(bars[0]).toEqual({
      month: '2027-01',
      monthLabel: 'Jan. 2027',
      series: 'Gewonnen',
      order: 0,
      minor: 1_000_000,
      value: 10_000,
    });
    const spec = forecastChartSpec(months, opts) as { layer: { data: { values: unknown[] } }[] };
    expect(spec.layer[0]?.data.values).toEqual(bars);
    expect(spec.layer[1]?.data.values).toEqual(quota);
  });

  it('leaves the quota line out when there is no quota', () => {
    const spec = forecastChartSpec(
      months.map((m) => ({ ...m, quota: 0 })),
      opts,
    ) as { layer: unknown[] };
    expect(spec.layer).toHaveLength(1);
  });

  it('renders a PNG of a sensible size', async () => {
    const png = await renderChartPng(forecastChartSpec(months, opts));
    const { width, height } = pngSize(png);
    expect(width).toBeGreaterThan(500);
    expect(width).toBeLessThan(3000);
    expect(height).toBeGreaterThan(400);
    expect(height).toBeLessThan(1500);
    expect(png.length).toBeGreaterThan(5_000);
  });
});
