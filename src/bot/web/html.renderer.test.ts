import { describe, expect, it } from 'vitest';
import { type Block, button, type Card, card } from '../../commands/view/card.js';
import { decodeCard, encodeCard } from './card-codec.js';
import { escapeHtml, inlineMarkup } from './escape.js';
import { PICKER_BUTTONS_MAX, renderBlock, renderCard } from './html.renderer.js';

const labels = { choose: 'Choose' };
const block = (b: Block) => renderBlock(b, labels);
const EVIL = `<script>alert("x")</script> & 'quotes'`;
const SAFE = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;';
// A 1×1 PNG.
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);

describe('escaping', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(EVIL)).toBe(SAFE);
  });

  it('turns **bold** into <strong> after escaping, and nothing else', () => {
    expect(inlineMarkup('**Acme <GmbH>** is *late*')).toBe('<strong>Acme &lt;GmbH&gt;</strong> is *late*');
    expect(inlineMarkup('**<b>x</b>**')).toBe('<strong>&lt;b&gt;x&lt;/b&gt;</strong>');
  });

  it('escapes every text a card carries: title, subtitle, labels, values, buttons, options, alt text', () => {
    const evil: Card = card(
      EVIL,
      [
        { type: 'text', text: EVIL },
        { type: 'heading', text: EVIL },
        { type: 'fields', fields: [{ label: EVIL, value: EVIL }] },
        { type: 'list', items: [{ title: EVIL, detail: EVIL, buttons: [button(EVIL, 'x.y', { v: EVIL })] }] },
        { type: 'table', columns: [EVIL], rows: [[EVIL]] },
        { type: 'image', alt: EVIL, png: PNG, key: EVIL, title: EVIL },
        {
          type: 'picker',
          prompt: EVIL,
          action: { id: EVIL, value: {} },
          options: [{ label: EVIL, value: EVIL }],
        },
        { type: 'context', text: EVIL },
      ],
      { subtitle: EVIL },
    );
    const html = renderCard(evil, labels);
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/"x"\)/);
    expect(html.split(SAFE).length - 1).toBeGreaterThanOrEqual(12);
    // Button payloads are escaped JSON in an attribute.
    expect(html).toContain('data-value="{&quot;v&quot;:&quot;&lt;script&gt;');
  });
});

describe('blocks', () => {
  it('renders text with its tone as a class and headings', () => {
    expect(block({ type: 'text', text: 'Saved **Acme**', tone: 'success' })).toBe(
      '<p class="text tone-success">Saved <strong>Acme</strong></p>',
    );
    expect(block({ type: 'heading', text: 'Overdue' })).toBe('<h4>Overdue</h4>');
    expect(block({ type: 'context', text: 'hint' })).toBe('<p class="context">hint</p>');
    expect(block({ type: 'divider' })).toBe('<hr>');
  });

  it('renders fields as a description list', () => {
    expect(
      block({
        type: 'fields',
        fields: [
          { label: 'Tier', value: 'A' },
          { label: 'Owner', value: 'Rita' },
        ],
      }),
    ).toBe(
      '<dl class="fields"><div><dt>Tier</dt><dd>A</dd></div><div><dt>Owner</dt><dd>Rita</dd></div></dl>',
    );
  });

  it('renders a list with details and buttons, or its empty text', () => {
    const html = block({
      type: 'list',
      items: [
        {
          title: 'Acme',
          detail: '3 days overdue',
          buttons: [button('Open', 'account.show', { id: 'a1' }, 'primary')],
        },
      ],
    });
    expect(html).toContain('<ul class="list"><li>');
    expect(html).toContain('<span class="item-title">Acme</span><span class="detail">3 days overdue</span>');
    expect(html).toContain(
      '<button type="button" class="btn btn-primary" data-action="account.show" data-value="{&quot;id&quot;:&quot;a1&quot;}">Open</button>',
    );
    expect(block({ type: 'list', items: [], empty: 'Nothing due' })).toBe('<p class="empty">Nothing due</p>');
    expect(block({ type: 'list', items: [] })).toBe('');
  });

  it('renders a table with header cells and right-aligned columns', () => {
    const html = block({
      type: 'table',
      columns: ['Stage', 'Amount'],
      rows: [['Lead', '€1,000']],
      align: ['left', 'right'],
    });
    expect(html).toContain('<th scope="col">Stage</th><th scope="col" class="num">Amount</th>');
    expect(html).toContain('<tr><td>Lead</td><td class="num">€1,000</td></tr>');
    expect(html.startsWith('<div class="table-wrap"><table>')).toBe(true);
  });

  it('renders an image as an inline PNG with alt text and a caption', () => {
    const html = block({
      type: 'image',
      alt: 'Pipeline by stage',
      png: PNG,
      key: 'pipeline',
      title: 'Pipeline',
    });
    expect(html).toContain(
      `<img src="data:image/png;base64,${Buffer.from(PNG).toString('base64')}" alt="Pipeline by stage">`,
    );
    expect(html).toContain('<figcaption>Pipeline</figcaption>');
  });

  it('renders actions as a row of buttons', () => {
    const html = block({
      type: 'actions',
      buttons: [
        button('Log', 'form.open', { form: 'log.interaction' }),
        button('Delete', 'x.del', {}, 'danger'),
      ],
    });
    expect(html).toMatch(
      /^<div class="actions"><button[^>]+data-action="form.open"[^>]*>Log<\/button><button type="button" class="btn btn-danger"/,
    );
  });

  it('renders a short picker as one button per option carrying the choice', () => {
    const html = block({
      type: 'picker',
      prompt: 'Which **Acme**?',
      action: { id: 'cmd.rerun', value: { text: 'account {choice}' } },
      options: [
        { label: 'Acme GmbH', value: 'a1', detail: 'A' },
        { label: 'Acme Logistics', value: 'a2' },
      ],
    });
    expect(html).toContain('<p class="picker-prompt">Which <strong>Acme</strong>?</p>');
    expect(html).toContain(
      'data-action="cmd.rerun" data-value="{&quot;text&quot;:&quot;account {choice}&quot;,&quot;choice&quot;:&quot;a1&quot;}">Acme GmbH <span class="detail">A</span></button>',
    );
    expect(html).not.toContain('<select');
  });

  it('renders a long picker as a labelled drop-down and a Choose button', () => {
    const options = Array.from({ length: PICKER_BUTTONS_MAX + 1 }, (_, i) => ({
      label: `Deal ${i}`,
      value: `d${i}`,
    }));
    const html = block({
      type: 'picker',
      prompt: 'Pick a deal',
      action: { id: 'deal.show', value: {} },
      options,
    });
    expect(html).toContain('<label class="picker-label">Pick a deal<select class="picker-select">');
    expect(html).toContain('<option value="d5">Deal 5</option>');
    expect(html).toContain(
      'data-choice-from="select" data-action="deal.show" data-value="{}">Choose</button>',
    );
  });
});

describe('cards', () => {
  it('renders title, subtitle and tone', () => {
    const html = renderCard(
      card('Acme GmbH', [{ type: 'divider' }], { subtitle: 'Account', tone: 'warning' }),
      labels,
    );
    expect(html).toBe(
      '<article class="card tone-warning"><header><h3>Acme GmbH</h3><p class="subtitle">Account</p></header><div class="card-body"><hr></div></article>',
    );
  });

  it('keeps charts intact through storage', () => {
    const c = card('Forecast', [{ type: 'image', alt: 'chart', png: PNG, key: 'f', title: 'Forecast' }]);
    const back = decodeCard(encodeCard(c));
    expect(back).toEqual(c);
    expect(renderCard(back, labels)).toBe(renderCard(c, labels));
  });
});
