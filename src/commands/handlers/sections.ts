import type { Interaction } from '../../domain/interactions/interaction.js';
import { getDealQuote } from '../../domain/quotes/get-deal-quote.js';
import type { Session } from '../session.js';
import { type Block, button } from '../view/card.js';
import type { AccountSection } from './account.view.js';
import type { ContactSection } from './contact.command.js';
import type { DealSection } from './deal.view.js';
import { quoteBlocks } from './quote.view.js';

const RECENT = 5;

async function interactionList(s: Session, items: Interaction[], emptyKey: string): Promise<Block[]> {
  const members = new Map((await s.ctx.repos.members.list()).map((m) => [m.id, m.displayName]));
  return [
    { type: 'heading', text: s.t('log.recent') },
    {
      type: 'list',
      empty: s.t(emptyKey),
      items: items.map((i) => ({
        title: i.summary.length > 200 ? `${i.summary.slice(0, 197)}…` : i.summary,
        detail: s.t('log.recent_line', {
          when: s.date(i.occurredAt),
          type: s.t(`log.type_${i.type}`),
          who: members.get(i.loggedById) ?? '',
        }),
      })),
    },
  ];
}

export const recentInteractions: AccountSection = async (s, account) =>
  interactionList(
    s,
    await s.ctx.repos.interactions.listForAccount(account.id, { limit: RECENT }),
    'log.recent_empty',
  );

export const accountContacts: AccountSection = async (s, account) => {
  const people = await s.ctx.repos.contacts.listByAccount(account.id);
  return [
    { type: 'heading', text: s.t('contact.people') },
    {
      type: 'list',
      empty: s.t('contact.people_empty'),
      items: people.slice(0, 10).map((c) => ({
        title: c.name,
        ...(c.role || c.email ? { detail: [c.role, c.email].filter(Boolean).join(' · ') } : {}),
        buttons: [button(s.t('account.btn_open'), 'contact.show', { id: c.id })],
      })),
    },
  ];
};

export const accountOpenDeals: AccountSection = async (s, account) => {
  const deals = await s.ctx.repos.deals.list({ accountId: account.id, status: 'open' }, { limit: 10 });
  const stage = (id: string) => s.ctx.settings.pipeline.find((p) => p.id === id)?.name ?? id;
  return [
    { type: 'heading', text: s.t('account.open_deals') },
    {
      type: 'list',
      empty: s.t('account.open_deals_empty'),
      items: deals.map((d) => ({
        title: `${d.title} — ${s.money(d.amount, d.currency)}`,
        detail: `${stage(d.stageId)} · ${d.probability} %${d.expectedCloseDate ? ` · ${s.date(d.expectedCloseDate)}` : ''}`,
        buttons: [button(s.t('deal.btn_open'), 'deal.show', { id: d.id })],
      })),
    },
  ];
};

export const contactInteractions: ContactSection = async (s, contact) => {
  const recent = await s.ctx.repos.interactions.listForAccount(contact.accountId, { limit: 100 });
  return interactionList(
    s,
    recent.filter((i) => i.contactIds.includes(contact.id)).slice(0, RECENT),
    'log.recent_empty',
  );
};

export const dealQuote: DealSection = async (s, deal) => {
  const quote = await getDealQuote(s.ctx, deal.id);
  return quote.ok ? [{ type: 'divider' }, ...quoteBlocks(s, quote.value, deal, false)] : [];
};
