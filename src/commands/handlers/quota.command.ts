import { buildForecast } from '../../domain/forecasts/forecast.service.js';
import { relativeQuarter } from '../../domain/forecasts/period.js';
import { parsePeriod } from '../../domain/forecasts/period-parse.js';
import { periodTitle } from '../../domain/forecasts/period-title.js';
import { activityAttainment, prospectingFunnel } from '../../domain/quotas/activity-measures.js';
import type { ActivityKind } from '../../domain/quotas/quota.js';
import { setActivityQuota, setRevenueQuota } from '../../domain/quotas/set-quota.js';
import { parseAmount } from '../parse/amount.js';
import { joinTokens, type Token } from '../parse/tokenize.js';
import type { CommandModule } from '../registry.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import { errorResult, successCard, usageResult } from './common.js';
import { periodArg, periodContext } from './forecast.command.js';
import { resolveScope, scopeFailureResult } from './forecast.scope.js';
import { quotaCard } from './quota.view.js';
import { resolveMember } from './resolve.js';

const SET_WORDS = new Set(['set', 'setzen', 'festlegen', 'setze']);
const WEEKLY_WORDS = new Set([
  'weekly',
  'wöchentlich',
  'woechentlich',
  'week',
  'woche',
  'activity',
  'aktivität',
]);
const KIND_WORDS: Record<string, ActivityKind> = {
  interactions: 'interactions',
  interaction: 'interactions',
  touches: 'interactions',
  interaktionen: 'interactions',
  kontakte: 'interactions',
  accounts: 'new_accounts',
  account: 'new_accounts',
  'new-accounts': 'new_accounts',
  kunden: 'new_accounts',
  neukunden: 'new_accounts',
};

const lower = (t: Token | undefined) => (t && t.type !== 'mention' ? t.value.toLowerCase() : '');

/** `quota set <member> weekly <n> interactions|accounts`. */
async function setWeekly(s: Session, member: Token, rest: Token[]): Promise<CommandResult> {
  const [countToken, kindToken] = rest;
  const kind = KIND_WORDS[lower(kindToken)];
  const perWeek = Number(lower(countToken));
  if (!kind || rest.length !== 2 || !/^\d+$/.test(lower(countToken))) {
    return usageResult(s, s.t('quota.activity_usage_problem'), 'quota.usage');
  }
  const subject = await resolveMember(s, [member]);
  if (!subject.ok) return errorResult(s, subject.error);
  const set = await setActivityQuota(s.ctx, subject.value, kind, perWeek);
  if (!set.ok) return errorResult(s, set.error);
  return successCard(
    s,
    s.t(perWeek === 0 ? 'quota.activity_removed' : 'quota.activity_set', {
      name: subject.value.displayName,
      count: perWeek,
      kind: s.t(`quota.kind_${kind}`),
    }),
  );
}

/** `quota set <member> <period…> <amount>`: the amount is in the tenant currency, split per month. */
async function runSet(s: Session, tokens: Token[]): Promise<CommandResult> {
  const [member, ...rest] = tokens;
  if (!member || !rest.length) return usageResult(s, s.t('quota.set_usage_problem'), 'quota.usage');
  if (WEEKLY_WORDS.has(lower(rest[0]))) return setWeekly(s, member, rest.slice(1));
  const amountToken = rest[rest.length - 1];
  const currency = s.ctx.settings.currency;
  const amount = amountToken?.type === 'word' ? parseAmount(amountToken.value, currency) : undefined;
  const periodText = joinTokens(rest.slice(0, -1));
  if (amount === undefined || !periodText)
    return usageResult(s, s.t('quota.set_usage_problem'), 'quota.usage');
  const period = parsePeriod(periodText, periodContext(s));
  if (!period.ok) return errorResult(s, period.error);
  const subject = await resolveMember(s, [member]);
  if (!subject.ok) return errorResult(s, subject.error);
  const set = await setRevenueQuota(s.ctx, subject.value, period.value, amount);
  if (!set.ok) return errorResult(s, set.error);
  const title = periodTitle(period.value, s.locale, s.ctx.settings.fiscalYearStartMonth);
  return successCard(
    s,
    s.t('quota.set', { name: subject.value.displayName, period: title, amount: s.money(amount) }),
    [
      {
        type: 'table',
        columns: [s.t('forecast.month'), s.t('forecast.quota')],
        align: ['left', 'right'],
        rows: set.value.map((q) => [q.month, s.money(q.amount)]),
      },
    ],
  );
}

async function runShow(s: Session, tokens: Token[]): Promise<CommandResult> {
  const scoped = await resolveScope(s, tokens);
  if (!scoped.ok) return scopeFailureResult(s, scoped.error, 'quota.usage');
  const { scope, rest } = scoped.value;
  const period = periodArg(s, rest, (ctx) => relativeQuarter(ctx));
  if (!period.ok) return errorResult(s, period.error);
  const ids = scope.members.map((m) => m.id);
  const now = s.ctx.clock.now();
  const report = await buildForecast(s.ctx.repos, s.ctx.settings, period.value, ids, now);
  const [funnel, activity] = await Promise.all([
    prospectingFunnel(s.ctx.repos, s.ctx.settings, ids, period.value, report.team.remainingQuota, now),
    activityAttainment(s.ctx.repos, s.ctx.settings, ids, period.value, now),
  ]);
  const names = new Map(scope.members.map((m) => [m.id, m.displayName]));
  return { kind: 'card', card: quotaCard(s, { report, funnel, activity, scope, names }) };
}

/** `/crm quota [@user|--team] [period]` and `/crm quota set …` (German: `ziel`). */
export function quotaModule(): CommandModule {
  return {
    commands: [
      {
        name: 'quota',
        aliases: ['quotas', 'ziel', 'ziele', 'soll'],
        run: async (s, tokens) => {
          const [first, ...rest] = tokens;
          if (first && SET_WORDS.has(lower(first))) return runSet(s, rest);
          return runShow(s, tokens);
        },
      },
    ],
  };
}
