import { formatMoney, formatPercent } from '../../shared/i18n/format.js';
import type { MessageValues } from '../../shared/i18n/translator.js';
import type { Session } from '../session.js';
import { type Block, type Card, card } from '../view/card.js';
import { fallbackText } from '../view/fallback-text.js';
import type { DealEvent } from './alerts.js';

/**
 * The channel message of a deal event, in the tenant's language (a channel has no single reader):
 * what happened, to which deal of which account, its amount and owner, and the lost reason.
 */
export async function alertCard(s: Session, e: DealEvent): Promise<{ card: Card; text: string }> {
  const locale = s.ctx.settings.locale;
  const t = (key: string, values?: MessageValues) => s.deps.i18n.t(locale, key, values);
  const stage = (id: string) => s.ctx.settings.pipeline.find((p) => p.id === id)?.name ?? id;
  const [account, owner] = await Promise.all([
    s.ctx.repos.accounts.get(e.deal.accountId),
    s.ctx.repos.members.get(e.deal.ownerId),
  ]);
  const amount = formatMoney(e.deal.amount, e.deal.currency, locale);
  const values = {
    title: e.deal.title,
    account: account?.name ?? t('core.none'),
    amount,
    from: stage(e.fromStageId),
    to: stage(e.toStageId),
    owner: owner?.displayName ?? t('core.none'),
    by: s.me.displayName,
  };
  const blocks: Block[] = [
    {
      type: 'text',
      text: t(`alerts.event_${e.kind}`, values),
      tone: e.kind === 'lost' ? 'warning' : 'success',
    },
    {
      type: 'fields',
      fields: [
        { label: t('alerts.field_account'), value: values.account },
        { label: t('alerts.field_amount'), value: amount },
        { label: t('alerts.field_stage'), value: `${values.from} → ${values.to}` },
        { label: t('alerts.field_owner'), value: values.owner },
        ...(e.kind === 'stage'
          ? [{ label: t('alerts.field_probability'), value: formatPercent(e.deal.probability / 100, locale) }]
          : []),
        ...(e.reason ? [{ label: t('alerts.field_reason'), value: e.reason }] : []),
      ],
    },
    { type: 'context', text: t('alerts.event_by', values) },
  ];
  const c = card(t(`alerts.event_title_${e.kind}`, values), blocks, {
    ...(e.kind === 'won'
      ? { tone: 'success' as const }
      : e.kind === 'lost'
        ? { tone: 'warning' as const }
        : {}),
  });
  return { card: c, text: fallbackText(c) };
}
