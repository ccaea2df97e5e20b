import type { DomainContext } from '../domain/context.js';
import type { Member } from '../domain/members/member.js';
import { defaultSettings } from '../domain/tenants/tenant.js';
import type { AppError } from '../shared/errors.js';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
} from '../shared/i18n/format.js';
import type { Locale, MessageValues } from '../shared/i18n/translator.js';
import { tenantId } from '../shared/tenant.js';
import type { CommandDeps, Invocation } from './invocation.js';

/** A resolved request: the domain context plus the member's language and formatting. */
export interface Session {
  readonly deps: CommandDeps;
  readonly inv: Invocation;
  readonly ctx: DomainContext;
  readonly me: Member;
  readonly locale: Locale;
  t(key: string, values?: MessageValues): string;
  errorText(error: AppError): string;
  money(minor: number, currency?: string): string;
  date(d: Date): string;
  dateTime(d: Date): string;
  percent(fraction: number): string;
  number(n: number, digits?: number): string;
}

/** Ensures the tenant and the member exist (first sight creates them) and binds everything to them. */
export async function openSession(deps: CommandDeps, inv: Invocation): Promise<Session> {
  const id = tenantId(inv.platform, inv.tenantExternalId);
  const existing = await deps.repos.tenants.get(id);
  const repos = deps.repos.forTenant(id);
  let me = await repos.members.byPlatformUser(inv.platform, inv.user.platformUserId);
  let profile: Awaited<ReturnType<Invocation['user']['profile']>> | undefined;
  if (!me) profile = await inv.user.profile();
  const tenant =
    existing ??
    (await deps.repos.tenants.ensure(id, {
      name: inv.tenantName ?? inv.tenantExternalId,
      settings: defaultSettings({
        ...(profile?.locale ? { locale: profile.locale } : {}),
        ...(profile?.timeZone ? { timeZone: profile.timeZone } : {}),
      }),
    }));
  const settings = tenant.settings;
  if (!me) {
    me = await repos.members.ensure(
      {
        platform: inv.platform,
        platformUserId: inv.user.platformUserId,
        ...(profile ?? { displayName: '?' }),
      },
      { timeZone: settings.timeZone, locale: settings.locale },
    );
  }
  return bindSession(deps, inv, { repos, settings, actor: me, clock: deps.clock });
}

export function bindSession(deps: CommandDeps, inv: Invocation, ctx: DomainContext): Session {
  const me = ctx.actor;
  const locale = me.locale;
  const zone = me.timeZone || ctx.settings.timeZone;
  const t = (key: string, values?: MessageValues) => deps.i18n.t(locale, key, values);
  return {
    deps,
    inv,
    ctx,
    me,
    locale,
    t,
    errorText: (e) => t(`errors.${e.code}`, e.params),
    money: (minor, currency = ctx.settings.currency) => formatMoney(minor, currency, locale),
    date: (d) => formatDate(d, locale, zone),
    dateTime: (d) => formatDateTime(d, locale, zone),
    percent: (f) => formatPercent(f, locale),
    number: (n, digits = 0) => formatNumber(n, locale, digits),
  };
}
