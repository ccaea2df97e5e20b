import type { Member } from '../../domain/members/member.js';
import type { TenantSettings } from '../../domain/tenants/tenant.js';
import { formatDate, formatDateTime, formatMoney } from '../../shared/i18n/format.js';
import type { Translator } from '../../shared/i18n/translator.js';
import type { Session } from '../session.js';

/**
 * How a card speaks to one member: their language, their zone. A command's Session is one; jobs build
 * one for the member a nudge goes to, so a DM reads exactly like the command's answer would.
 */
export type Voice = Pick<Session, 'locale' | 't' | 'date' | 'dateTime' | 'money'>;

export function memberVoice(i18n: Translator, member: Member, settings: TenantSettings): Voice {
  const locale = member.locale;
  const zone = member.timeZone || settings.timeZone;
  return {
    locale,
    t: (key, values) => i18n.t(locale, key, values),
    date: (d) => formatDate(d, locale, zone),
    dateTime: (d) => formatDateTime(d, locale, zone),
    money: (minor, currency = settings.currency) => formatMoney(minor, currency, locale),
  };
}
