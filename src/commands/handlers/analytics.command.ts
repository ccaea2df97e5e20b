import { relativeMonth, trailingMonths } from '../../domain/forecasts/period.js';
import { buildActivityReport } from '../../domain/quotas/activity-report.js';
import { buildContactReport } from '../../domain/quotas/contact-report.js';
import type { Token } from '../parse/tokenize.js';
import type { CommandModule } from '../registry.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import { activityCard, contactsCard } from './analytics.view.js';
import { errorResult, usageResult } from './common.js';
import { periodArg } from './forecast.command.js';
import { resolveScope, scopeFailureResult } from './forecast.scope.js';
import { leadingAccount } from './resolve.js';

/** Contact analytics look back six months unless a period is given. */
const CONTACT_MONTHS = 6;

const memberNames = async (s: Session) =>
  new Map((await s.ctx.repos.members.list()).map((m) => [m.id, m.displayName]));

async function runContacts(s: Session, tokens: Token[]): Promise<CommandResult> {
  if (!tokens.length) return usageResult(s, s.t('analytics.contacts_problem'), 'analytics.contacts_usage');
  const found = await leadingAccount(s, tokens);
  if (!found.ok) return errorResult(s, found.error, (id) => `contacts ${id}`);
  const { account, rest } = found.value;
  const period = periodArg(s, rest, (ctx) => trailingMonths(ctx, CONTACT_MONTHS));
  if (!period.ok) return errorResult(s, period.error);
  const report = await buildContactReport(
    s.ctx.repos,
    s.ctx.settings,
    account,
    period.value,
    s.ctx.clock.now(),
  );
  return { kind: 'card', card: contactsCard(s, report, await memberNames(s)) };
}

async function runActivity(s: Session, tokens: Token[]): Promise<CommandResult> {
  const scoped = await resolveScope(s, tokens);
  if (!scoped.ok) return scopeFailureResult(s, scoped.error, 'analytics.activity_usage');
  const { scope, rest } = scoped.value;
  const period = periodArg(s, rest, (ctx) => relativeMonth(ctx));
  if (!period.ok) return errorResult(s, period.error);
  const ids = scope.members.map((m) => m.id);
  const report = await buildActivityReport(s.ctx.repos, s.ctx.settings, ids, period.value, s.ctx.clock.now());
  const names = new Map(scope.members.map((m) => [m.id, m.displayName]));
  return { kind: 'card', card: activityCard(s, report, scope, names) };
}

/** `/crm contacts <account> [period]` (German: `kontakte`) and `/crm activity [@user|--team] [period]`. */
export function analyticsModule(): CommandModule {
  return {
    commands: [
      { name: 'contacts', aliases: ['kontakte', 'touchpoints'], run: runContacts },
      {
        name: 'activity',
        aliases: ['aktivität', 'aktivitaet', 'aktivitäten', 'activities'],
        run: runActivity,
      },
    ],
  };
}
