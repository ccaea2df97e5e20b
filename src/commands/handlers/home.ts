import { daysOverdue, isNeglected } from '../../domain/accounts/account.js';
import type { Session } from '../session.js';
import { type Block, button, type Card, card } from '../view/card.js';

/** A section of the member's home view (Slack home tab, Teams personal tab card, playground home). */
export type HomeSection = (s: Session) => Promise<Block[]>;

const MAX_ROWS = 10;

/** My accounts past their cadence, most overdue first, each with buttons to act. */
export const overdueAccountsSection: HomeSection = async (s): Promise<Block[]> => {
  const now = s.ctx.clock.now();
  const mine = await s.ctx.repos.accounts.list({ ownerId: s.me.id }, { limit: 500 });
  const overdue = mine
    .filter((a) => isNeglected(a, s.ctx.settings, now))
    .map((a) => ({ a, days: daysOverdue(a, s.ctx.settings, now) }))
    .sort((x, y) => y.days - x.days);
  return [
    { type: 'heading', text: s.t('home.overdue_title') },
    {
      type: 'list',
      empty: s.t('home.overdue_empty'),
      items: overdue.slice(0, MAX_ROWS).map(({ a, days }) => ({
        title: a.name,
        detail: `${s.t('account.status_overdue', { days })} · ${
          a.lastInteractionAt ? s.date(a.lastInteractionAt) : s.t('account.never')
        }`,
        buttons: [
          button(s.t('account.btn_log'), 'form.open', { form: 'log.interaction', account: a.id }),
          button(s.t('account.btn_open'), 'account.show', { id: a.id }),
        ],
      })),
    },
    ...(overdue.length > MAX_ROWS
      ? [{ type: 'context' as const, text: s.t('core.and_more', { count: overdue.length - MAX_ROWS }) }]
      : []),
  ];
};

export async function homeCard(s: Session, sections: HomeSection[]): Promise<Card> {
  const blocks: Block[] = [];
  for (const section of sections) {
    if (blocks.length) blocks.push({ type: 'divider' });
    blocks.push(...(await section(s)));
  }
  return card(s.t('home.title', { name: s.me.displayName }), blocks, { subtitle: s.t('home.subtitle') });
}

const DEALS_PER_STAGE = 3;

/** My open deals by stage, with the stage totals and buttons to open or move them. */
export const myDealsSection: HomeSection = async (s): Promise<Block[]> => {
  const deals = await s.ctx.repos.deals.list({ status: 'open', ownerIds: [s.me.id] }, { limit: 200 });
  const blocks: Block[] = [{ type: 'heading', text: s.t('home.deals_title') }];
  if (!deals.length) return [...blocks, { type: 'context', text: s.t('home.deals_empty') }];
  for (const stage of s.ctx.settings.pipeline) {
    const inStage = deals.filter((d) => d.stageId === stage.id);
    if (!inStage.length) continue;
    const total = inStage
      .filter((d) => d.currency === s.ctx.settings.currency)
      .reduce((a, d) => a + d.amount, 0);
    blocks.push({
      type: 'list',
      items: [
        {
          title: s.t('home.deals_stage', {
            stage: stage.name,
            count: inStage.length,
            amount: s.money(total),
          }),
          detail: inStage
            .slice(0, DEALS_PER_STAGE)
            .map((d) => `${d.title} (${s.money(d.amount, d.currency)})`)
            .join(' · '),
          buttons: inStage
            .slice(0, DEALS_PER_STAGE)
            .map((d) =>
              button(d.title.length > 30 ? `${d.title.slice(0, 29)}…` : d.title, 'deal.show', { id: d.id }),
            ),
        },
      ],
    });
  }
  return blocks;
};
