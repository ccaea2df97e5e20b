import type { Account } from '../../domain/accounts/account.js';
import { cadenceOf, daysOverdue, isNeglected } from '../../domain/accounts/account.js';
import type { Session } from '../session.js';
import { type Block, type Button, type Card, card } from '../view/card.js';

export function accountButtons(s: Session, account: Account): Button[] {
  return [
    {
      label: s.t('account.btn_log'),
      action: { id: 'form.open', value: { form: 'log.interaction', account: account.id } },
      style: 'primary',
    },
    {
      label: s.t('account.btn_new_deal'),
      action: { id: 'form.open', value: { form: 'deal.new', account: account.id } },
    },
    {
      label: s.t('account.btn_new_contact'),
      action: { id: 'form.open', value: { form: 'contact.new', account: account.id } },
    },
  ];
}

/** Extra sections other modules contribute to the account card (interactions, deals, contacts). */
export type AccountSection = (s: Session, account: Account) => Promise<Block[]>;

export async function accountCard(s: Session, account: Account, sections: AccountSection[]): Promise<Card> {
  const owner = await s.ctx.repos.members.get(account.ownerId);
  const now = s.ctx.clock.now();
  const cadence = cadenceOf(account, s.ctx.settings);
  const overdue = daysOverdue(account, s.ctx.settings, now);
  const last = account.lastInteractionAt ? s.date(account.lastInteractionAt) : s.t('account.never');
  const status = account.dormant
    ? s.t('account.status_dormant')
    : isNeglected(account, s.ctx.settings, now)
      ? s.t('account.status_overdue', { days: overdue })
      : s.t('account.status_ok');
  const blocks: Block[] = [
    {
      type: 'fields',
      fields: [
        { label: s.t('account.owner'), value: owner?.displayName ?? s.t('core.none') },
        { label: s.t('account.tier'), value: account.tier },
        { label: s.t('account.cadence'), value: s.t('account.cadence_value', { days: cadence }) },
        { label: s.t('account.last_contact'), value: `${last} · ${status}` },
        ...(account.industry ? [{ label: s.t('account.industry'), value: account.industry }] : []),
        ...(account.website ? [{ label: s.t('account.website'), value: account.website }] : []),
      ],
    },
  ];
  for (const section of sections) blocks.push(...(await section(s, account)));
  blocks.push({ type: 'actions', buttons: accountButtons(s, account) });
  return card(account.name, blocks, {
    subtitle: s.t('account.subtitle'),
    ...(overdue > 0 && !account.dormant ? { tone: 'warning' as const } : {}),
  });
}
