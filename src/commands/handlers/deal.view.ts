import type { DealHistoryEntry } from '../../domain/deals/deal.js';
import { type Deal, daysInStage } from '../../domain/deals/deal.js';
import type { Session } from '../session.js';
import { type Block, button, type Card, card } from '../view/card.js';

/** Extra sections other modules add to the deal card (the current quote). */
export type DealSection = (s: Session, deal: Deal) => Promise<Block[]>;

export const stageName = (s: Session, id: string | number | undefined) =>
  s.ctx.settings.pipeline.find((p) => p.id === id)?.name ?? String(id ?? '');

/** One history entry as a sentence: who, when, from → to, why. */
export function historyLine(s: Session, e: DealHistoryEntry, names: Map<string, string>): string {
  const who = names.get(e.byId) ?? s.t('core.none');
  const when = s.dateTime(e.at);
  const value = (v: string | number | undefined) => {
    if (v === undefined) return s.t('core.none');
    if (e.kind === 'stage') return stageName(s, v);
    if (e.kind === 'amount') return s.money(Number(v));
    if (e.kind === 'probability') return `${v} %`;
    return String(v);
  };
  const change = e.kind === 'created' ? '' : `${value(e.from)} → ${value(e.to)}`;
  return s.t('deal.history_line', {
    when,
    who,
    what: s.t(`deal.history_${e.kind}`),
    change,
    reason: e.reason ?? '',
  });
}

export async function memberNames(s: Session, ids: string[]): Promise<Map<string, string>> {
  const members = await s.ctx.repos.members.list();
  return new Map(members.filter((m) => ids.includes(m.id)).map((m) => [m.id, m.displayName]));
}

export function dealButtons(s: Session, deal: Deal) {
  return [
    button(s.t('deal.btn_stage'), 'deal.stage_picker', { id: deal.id }, 'primary'),
    button(s.t('deal.btn_quote_line'), 'form.open', { form: 'quote.line', deal: deal.id }),
    button(s.t('account.btn_log'), 'form.open', {
      form: 'log.interaction',
      account: deal.accountId,
      deal: deal.id,
    }),
    button(s.t('deal.btn_history'), 'deal.history', { id: deal.id }),
  ];
}

export async function dealCard(s: Session, deal: Deal, sections: DealSection[]): Promise<Card> {
  const [account, owner] = await Promise.all([
    s.ctx.repos.accounts.get(deal.accountId),
    s.ctx.repos.members.get(deal.ownerId),
  ]);
  const now = s.ctx.clock.now();
  const status =
    deal.status === 'open'
      ? s.t('deal.days_in_stage', { days: daysInStage(deal, now, s.ctx.settings.timeZone) })
      : s.t(`deal.status_${deal.status}`);
  const blocks: Block[] = [
    {
      type: 'fields',
      fields: [
        { label: s.t('deal.account'), value: account?.name ?? s.t('core.none') },
        { label: s.t('deal.owner'), value: owner?.displayName ?? s.t('core.none') },
        { label: s.t('deal.stage'), value: `${stageName(s, deal.stageId)} · ${status}` },
        { label: s.t('deal.probability'), value: `${deal.probability} %` },
        { label: s.t('deal.amount'), value: s.money(deal.amount, deal.currency) },
        { label: s.t('deal.weighted'), value: s.money(deal.weightedAmount, deal.currency) },
        {
          label: s.t('deal.close'),
          value: deal.expectedCloseDate ? s.date(deal.expectedCloseDate) : s.t('core.none'),
        },
        ...(deal.nextStep ? [{ label: s.t('deal.next_step'), value: deal.nextStep }] : []),
        ...(deal.lostReason ? [{ label: s.t('deal.lost_reason'), value: deal.lostReason }] : []),
      ],
    },
  ];
  for (const section of sections) blocks.push(...(await section(s, deal)));
  const recent = deal.history.slice(-3).reverse();
  if (recent.length) {
    const names = await memberNames(
      s,
      recent.map((e) => e.byId),
    );
    blocks.push({ type: 'context', text: recent.map((e) => historyLine(s, e, names)).join('\n') });
  }
  blocks.push({ type: 'actions', buttons: dealButtons(s, deal) });
  return card(deal.title, blocks, {
    subtitle: s.t('deal.subtitle'),
    ...(deal.status === 'won'
      ? { tone: 'success' as const }
      : deal.status === 'lost'
        ? { tone: 'error' as const }
        : {}),
  });
}

/** Every stage and amount change: who, when, from → to, reason. */
export async function historyCard(s: Session, deal: Deal): Promise<Card> {
  const names = await memberNames(
    s,
    deal.history.map((e) => e.byId),
  );
  const lines = [...deal.history].reverse();
  return card(s.t('deal.history_title', { title: deal.title }), [
    {
      type: 'list',
      empty: s.t('deal.history_empty'),
      items: lines.slice(0, 40).map((e) => ({ title: historyLine(s, e, names) })),
    },
    ...(lines.length > 40
      ? [{ type: 'context' as const, text: s.t('core.and_more', { count: lines.length - 40 }) }]
      : []),
    { type: 'actions', buttons: [button(s.t('deal.btn_open'), 'deal.show', { id: deal.id })] },
  ]);
}
