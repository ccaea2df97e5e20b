import type { TeamDigest } from '../../domain/care/digest.js';
import type { ForecastChange } from '../../domain/care/forecast-change.js';
import type { Deal } from '../../domain/deals/deal.js';
import type { Member } from '../../domain/members/member.js';
import { type Block, button, type Card, card, type ListItem } from '../view/card.js';
import { cappedList, issueItem, neglectDetail } from './care.cards.js';
import type { Voice } from './care.voice.js';

const closedItem = (v: Voice, d: Deal, owners: Map<string, Member>): ListItem => ({
  title: `**${d.title}** · ${v.money(d.amount, d.currency)}`,
  detail: [owners.get(d.ownerId)?.displayName, d.closedAt ? v.date(d.closedAt) : undefined, d.lostReason]
    .filter(Boolean)
    .join(' · '),
  buttons: [button(v.t('care.btn_open_deal'), 'deal.show', { id: d.id })],
});

function section(v: Voice, key: string, count: number, items: ListItem[]): Block[] {
  if (!items.length) return [];
  return [{ type: 'heading', text: v.t(key, { count }) }, ...cappedList(v, items)];
}

/** The manager's Monday digest of their direct reports. */
export function digestCard(v: Voice, d: TeamDigest, now: Date, forecast?: ForecastChange): Card {
  const owners = new Map(d.team.map((m) => [m.id, m]));
  const blocks: Block[] = [
    ...section(
      v,
      'care.digest_neglected',
      d.neglected.length,
      d.neglected.map((n) => ({
        title: `**${n.account.name}** · ${n.owner.displayName}`,
        detail: neglectDetail(v, n),
        buttons: [button(v.t('account.btn_open'), 'account.show', { id: n.account.id })],
      })),
    ),
    ...section(
      v,
      'care.digest_slipped',
      d.slipped.length,
      d.slipped.map((i) => issueItem(v, i, owners.get(i.deal.ownerId))),
    ),
    ...section(
      v,
      'care.digest_stale',
      d.stale.length,
      d.stale.map((i) => issueItem(v, i, owners.get(i.deal.ownerId))),
    ),
    ...section(
      v,
      'care.digest_won',
      d.won.length,
      d.won.map((x) => closedItem(v, x, owners)),
    ),
    ...section(
      v,
      'care.digest_lost',
      d.lost.length,
      d.lost.map((x) => closedItem(v, x, owners)),
    ),
  ];
  if (!blocks.length) blocks.push({ type: 'text', text: v.t('care.digest_all_clear'), tone: 'success' });
  if (forecast) {
    blocks.push({
      type: 'fields',
      fields: [
        {
          label: v.t('care.digest_forecast', { period: forecast.period }),
          value: v.t('care.digest_forecast_value', {
            now: v.money(forecast.now, forecast.currency),
            before: v.money(forecast.before, forecast.currency),
            delta: `${forecast.now >= forecast.before ? '+' : '−'}${v.money(Math.abs(forecast.now - forecast.before), forecast.currency)}`,
          }),
        },
      ],
    });
  }
  return card(v.t('care.digest_title'), blocks, {
    subtitle: v.t('care.digest_subtitle', { count: d.team.length, date: v.date(now) }),
  });
}
