import { forecastChartSpec, renderChartPng } from '../../domain/forecasts/chart.js';
import type { ForecastReport } from '../../domain/forecasts/forecast.service.js';
import { buildForecast } from '../../domain/forecasts/forecast.service.js';
import { type Period, type PeriodContext, relativeQuarter } from '../../domain/forecasts/period.js';
import { parsePeriod } from '../../domain/forecasts/period-parse.js';
import { monthLabel } from '../../domain/forecasts/period-title.js';
import { DELTA_MIN_AGE_MS, type ForecastSnapshot, memberOwner } from '../../domain/forecasts/snapshot.js';
import type { Result } from '../../shared/result.js';
import { ok } from '../../shared/result.js';
import { joinTokens, type Token } from '../parse/tokenize.js';
import type { CommandModule } from '../registry.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import { errorResult } from './common.js';
import { type NumbersScope, resolveScope, scopeFailureResult } from './forecast.scope.js';
import { chartLabels, type ForecastDeltas, forecastCard } from './forecast.view.js';

export const periodContext = (s: Session): PeriodContext => ({
  now: s.ctx.clock.now(),
  timeZone: s.ctx.settings.timeZone,
  fiscalYearStartMonth: s.ctx.settings.fiscalYearStartMonth,
});

/** The period the tokens name, or `fallback` when there are none. */
export function periodArg(
  s: Session,
  tokens: Token[],
  fallback: (ctx: PeriodContext) => Period,
): Result<Period> {
  const text = joinTokens(tokens);
  return text ? parsePeriod(text, periodContext(s)) : ok(fallback(periodContext(s)));
}

/** The chart of a report, from the same month figures as the card's text. */
export function forecastChart(s: Session, report: ForecastReport): Promise<Uint8Array> {
  const spec = forecastChartSpec(report.months, {
    currency: report.currency,
    locale: s.locale,
    labels: chartLabels(s),
    monthLabel: (m) => monthLabel(m, s.locale),
  });
  return renderChartPng(spec);
}

/** The newest snapshots at least a week old: of the scope's total and of each member. */
async function lastWeek(s: Session, period: Period, scope: NumbersScope): Promise<ForecastDeltas> {
  const cutoff = new Date(s.ctx.clock.now().getTime() - DELTA_MIN_AGE_MS);
  const snaps = s.ctx.repos.forecastSnapshots;
  const [team, ...members] = await Promise.all([
    snaps.latestAtOrBefore(period.label, scope.owner, cutoff),
    ...scope.members.map((m) => snaps.latestAtOrBefore(period.label, memberOwner(m.id), cutoff)),
  ]);
  const byMember = new Map<string, ForecastSnapshot>();
  scope.members.forEach((m, i) => {
    const snap = members[i];
    if (snap) byMember.set(m.id, snap);
  });
  return { team: team ?? null, members: byMember };
}

async function runForecast(s: Session, tokens: Token[]): Promise<CommandResult> {
  const scoped = await resolveScope(s, tokens);
  if (!scoped.ok) return scopeFailureResult(s, scoped.error, 'forecast.usage');
  const { scope, rest } = scoped.value;
  const period = periodArg(s, rest, (ctx) => relativeQuarter(ctx));
  if (!period.ok) return errorResult(s, period.error);
  const ids = scope.members.map((m) => m.id);
  const report = await buildForecast(s.ctx.repos, s.ctx.settings, period.value, ids, s.ctx.clock.now());
  const [deltas, png] = await Promise.all([lastWeek(s, period.value, scope), forecastChart(s, report)]);
  const names = new Map(scope.members.map((m) => [m.id, m.displayName]));
  const url = await s.deps.images?.publish(s.ctx.repos.tenantId, png);
  return { kind: 'card', card: forecastCard(s, report, scope, names, deltas, png, url) };
}

/** `/crm forecast [period] [@user | --team | --all]` (German: `prognose`). */
export function forecastModule(): CommandModule {
  return {
    commands: [{ name: 'forecast', aliases: ['prognose', 'forecasts', 'vorschau'], run: runForecast }],
  };
}
