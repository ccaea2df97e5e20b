import type { DealIssue } from '../../domain/care/hygiene.js';
import type { NeglectedAccount } from '../../domain/care/neglect.js';
import type { Member } from '../../domain/members/member.js';
import { type Block, type Button, button, type Card, card, type ListItem } from '../view/card.js';
import type { Voice } from './care.voice.js';

/** Rows per list in a DM; the rest is "… and N more" (Slack allows 50 blocks a message). */
export const MAX_ROWS = 10;

export const neglectButtons = (v: Voice, accountId: string): Button[] => [
  button(v.t('account.btn_log'), 'form.open', { form: 'log.interaction', account: accountId }, 'primary'),
  button(v.t('care.btn_snooze_7'), 'care.snooze', { account: accountId, days: '7' }),
  button(v.t('care.btn_snooze_30'), 'care.snooze', { account: accountId, days: '30' }),
  button(v.t('care.btn_reassign'), 'care.reassign', { account: accountId }),
  button(v.t('care.btn_dormant'), 'care.dormant', { account: accountId }, 'danger'),
];

const lastContact = (v: Voice, n: NeglectedAccount) =>
  n.account.lastInteractionAt ? v.date(n.account.lastInteractionAt) : v.t('account.never');

export const neglectDetail = (v: Voice, n: NeglectedAccount) =>
  v.t('care.neglect_detail', {
    tier: n.account.tier,
    overdue: v.t('account.status_overdue', { days: n.daysOverdue }),
    last: lastContact(v, n),
  });

/** A list, capped, with "… and N more" beyond the cap. */
export function cappedList(v: Voice, items: ListItem[], empty?: string): Block[] {
  return [
    { type: 'list', items: items.slice(0, MAX_ROWS), ...(empty ? { empty } : {}) },
    ...(items.length > MAX_ROWS
      ? [{ type: 'context' as const, text: v.t('core.and_more', { count: items.length - MAX_ROWS }) }]
      : []),
  ];
}

/** The daily neglect nudge: the owner's accounts past cadence, most overdue first, with buttons to act. */
export function neglectCard(v: Voice, accounts: NeglectedAccount[], now: Date): Card {
  return card(
    v.t('care.neglect_title', { count: accounts.length }),
    [
      { type: 'text', text: v.t('care.neglect_intro') },
      ...cappedList(
        v,
        accounts.map((n) => ({
          title: `**${n.account.name}**`,
          detail: neglectDetail(v, n),
          buttons: neglectButtons(v, n.account.id),
        })),
      ),
    ],
    { subtitle: v.t('care.subtitle', { date: v.date(now) }), tone: 'warning' },
  );
}

export function issueDetail(v: Voice, i: DealIssue): string {
  const parts: string[] = [];
  if (i.slippedDays !== undefined && i.deal.expectedCloseDate) {
    parts.push(v.t('care.slipped', { days: i.slippedDays, date: v.date(i.deal.expectedCloseDate) }));
  }
  if (i.staleDays !== undefined) {
    parts.push(
      v.t('care.stale', {
        days: i.staleDays,
        stage: i.stage?.name ?? i.deal.stageId,
        limit: i.stage?.staleAfterDays ?? 0,
      }),
    );
  }
  return parts.join(' · ');
}

export const issueItem = (v: Voice, i: DealIssue, owner?: Member): ListItem => ({
  title: `**${i.deal.title}** · ${v.money(i.deal.amount, i.deal.currency)}`,
  detail: owner ? `${owner.displayName} · ${issueDetail(v, i)}` : issueDetail(v, i),
  buttons: [button(v.t('care.btn_open_deal'), 'deal.show', { id: i.deal.id })],
});

/** The daily deal-hygiene nudge: passed close dates and deals stuck in a stage. */
export function hygieneCard(v: Voice, issues: DealIssue[], now: Date): Card {
  return card(
    v.t('care.hygiene_title', { count: issues.length }),
    [
      { type: 'text', text: v.t('care.hygiene_intro') },
      ...cappedList(
        v,
        issues.map((i) => issueItem(v, i)),
      ),
    ],
    { subtitle: v.t('care.subtitle', { date: v.date(now) }), tone: 'warning' },
  );
}
