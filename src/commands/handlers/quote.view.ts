import type { Deal } from '../../domain/deals/deal.js';
import { lineDiscount, lineTotal, type Quote } from '../../domain/quotes/quote.js';
import type { Session } from '../session.js';
import { type Block, button, type Card, card } from '../view/card.js';

export function quoteBlocks(s: Session, quote: Quote, deal: Deal, withButtons: boolean): Block[] {
  const money = (n: number) => s.money(n, quote.currency);
  const rows = quote.lines.map((l, i) => [
    String(i + 1),
    l.product,
    s.number(l.quantity),
    money(l.unitPrice),
    l.discountBps ? `${s.number(l.discountBps / 100, 2)} %` : '',
    money(lineTotal(l) - lineDiscount(l)),
  ]);
  const blocks: Block[] = [
    {
      type: 'text',
      text: s.t('quote.summary', {
        number: quote.number,
        status: s.t(`quote.status_${quote.status}`),
        total: money(quote.totals.total),
      }),
    },
    {
      type: 'table',
      columns: [
        '#',
        s.t('quote.product'),
        s.t('quote.qty'),
        s.t('quote.unit_price'),
        s.t('quote.discount'),
        s.t('quote.line_total'),
      ],
      rows,
      align: ['right', 'left', 'right', 'right', 'right', 'right'],
    },
    {
      type: 'fields',
      fields: [
        { label: s.t('quote.subtotal'), value: money(quote.totals.subtotal) },
        { label: s.t('quote.discount'), value: money(quote.totals.discount) },
        { label: s.t('quote.total'), value: `**${money(quote.totals.total)}**` },
        ...(quote.validUntil ? [{ label: s.t('quote.valid_until'), value: s.date(quote.validUntil) }] : []),
      ],
    },
  ];
  if (withButtons) {
    const buttons = [];
    if (quote.status === 'draft') {
      buttons.push(button(s.t('deal.btn_quote_line'), 'form.open', { form: 'quote.line', deal: deal.id }));
      if (quote.lines.length)
        buttons.push(button(s.t('quote.btn_send'), 'quote.send', { deal: deal.id }, 'primary'));
    }
    if (quote.status === 'draft' || quote.status === 'sent') {
      if (quote.lines.length)
        buttons.push(button(s.t('quote.btn_accept'), 'quote.accept', { deal: deal.id }));
      buttons.push(button(s.t('quote.btn_reject'), 'quote.reject', { deal: deal.id }, 'danger'));
    }
    if (buttons.length) blocks.push({ type: 'actions', buttons });
  }
  return blocks;
}

export function quoteCard(s: Session, quote: Quote, deal: Deal): Card {
  return card(
    s.t('quote.title', { number: quote.number, deal: deal.title }),
    quoteBlocks(s, quote, deal, true),
    {
      ...(quote.status === 'accepted' ? { tone: 'success' as const } : {}),
    },
  );
}
