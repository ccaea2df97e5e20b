import { describe, expect, it } from 'vitest';
import { expectWithinLimits, type Loose, textOf } from '../../../test/slack/support/block-limits.js';
import type { Block, Card } from '../../commands/view/card.js';
import { decodeActionId, decodeValue } from './action-ref.js';
import { renderCard } from './blockkit.renderer.js';
import { charCount, LIMITS } from './limits.js';

const long = (n: number, word = 'lorem ') => word.repeat(Math.ceil(n / word.length)).slice(0, n);

const cardOf = (blocks: Block[], extra: Partial<Card> = {}): Card => ({ title: 'Card', blocks, ...extra });

describe('renderCard', () => {
  it('renders a header with the tone emoji, a subtitle and the fallback text', () => {
    const r = renderCard(
      cardOf([{ type: 'text', text: 'Hi **there** <b> & co', tone: 'success' }], {
        title: long(400, 'Acme '),
        subtitle: 'Account',
        tone: 'warning',
      }),
    );
    expectWithinLimits(r.blocks);
    expect(textOf((r.blocks[0] as Loose).text)).toMatch(/^:warning: Acme/);
    expect(charCount(textOf((r.blocks[0] as Loose).text))).toBe(LIMITS.headerText);
    expect(r.blocks[1]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Account' }] });
    expect(r.blocks[2]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: ':white_check_mark: Hi *there* &lt;b&gt; &amp; co' },
    });
    expect(r.text.startsWith('Acme Acme')).toBe(true);
    expect(r.omitted).toBe(0);
  });

  it('splits long text into sections without losing words', () => {
    const text = long(10_000);
    const r = renderCard(cardOf([{ type: 'text', text }]));
    expectWithinLimits(r.blocks);
    const sections = r.blocks.slice(1).map((b) => textOf((b as Loose).text));
    expect(sections.length).toBe(4);
    expect(sections.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' ').trim());
  });

  it('puts at most ten fields in a section and cuts each at 2,000 characters', () => {
    const fields = Array.from({ length: 25 }, (_, i) => ({ label: `Field ${i}`, value: long(5000) }));
    const r = renderCard(cardOf([{ type: 'fields', fields }]));
    expectWithinLimits(r.blocks);
    expect(r.blocks.slice(1).map((b) => ((b as Loose).fields as unknown[]).length)).toEqual([10, 10, 5]);
  });

  it('renders list items with one button as accessory and several as an actions block', () => {
    const r = renderCard(
      cardOf([
        {
          type: 'list',
          items: [
            {
              title: 'One',
              detail: 'detail',
              buttons: [{ label: 'Open', action: { id: 'account.show', value: { id: 'a1' } } }],
            },
            {
              title: 'Two',
              buttons: [
                { label: 'Log', action: { id: 'form.open', value: { form: 'log.interaction' } } },
                { label: long(200), action: { id: 'account.show', value: { id: 'a2' } }, style: 'danger' },
              ],
            },
          ],
        },
        { type: 'list', items: [], empty: 'Nothing here.' },
      ]),
    );
    expectWithinLimits(r.blocks);
    const [, first, second, actions, empty] = r.blocks as unknown as Loose[];
    expect(first).toMatchObject({
      type: 'section',
      text: { text: '*One*\ndetail' },
      accessory: { type: 'button' },
    });
    const accessory = first?.accessory as Loose;
    expect(decodeActionId(String(accessory.action_id))).toBe('account.show');
    expect(decodeValue(accessory.value)).toEqual({ id: 'a1' });
    expect(second).toMatchObject({ type: 'section', text: { text: '*Two*' } });
    expect(second?.accessory).toBeUndefined();
    expect(((actions?.elements ?? []) as Loose[]).map((e) => decodeActionId(String(e.action_id)))).toEqual([
      'form.open',
      'account.show',
    ]);
    expect(((actions?.elements ?? []) as Loose[])[1]).toMatchObject({ style: 'danger' });
    expect(empty).toMatchObject({ type: 'section', text: { text: 'Nothing here.' } });
  });

  it('keeps messages at 50 blocks and says how many items were left out', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({
      title: `Account ${i}`,
      buttons: [
        { label: 'Open', action: { id: 'account.show', value: { id: `a${i}` } } },
        { label: 'Log', action: { id: 'form.open', value: { id: `a${i}` } } },
      ],
    }));
    const r = renderCard(cardOf([{ type: 'list', items }]));
    expectWithinLimits(r.blocks);
    // header + 24 items × (section + actions) = 49 blocks, then the note
    expect(r.blocks).toHaveLength(LIMITS.messageBlocks);
    expect(r.omitted).toBe(176);
    expect(r.blocks.at(-1)).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '… and 176 more not shown' }],
    });
    const modal = renderCard(cardOf([{ type: 'list', items }]), { maxBlocks: 100, moreText: (n) => `+${n}` });
    expectWithinLimits(modal.blocks, 100);
    expect(modal.blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '+151' }] });
  });

  it('spreads many buttons over actions blocks of 25 and drops buttons whose value cannot fit', () => {
    const buttons = Array.from({ length: 60 }, (_, i) => ({
      label: `B${i}`,
      action: { id: 'x.y', value: { n: String(i) } },
    }));
    const huge = { label: 'Huge', action: { id: 'x.y', value: { blob: long(3000) } } };
    const r = renderCard(cardOf([{ type: 'actions', buttons: [...buttons, huge] }]));
    expectWithinLimits(r.blocks);
    expect(r.blocks.slice(1).map((b) => ((b as Loose).elements as unknown[]).length)).toEqual([25, 25, 10]);
  });

  it('gives every button of a message a unique action id', () => {
    const same = { label: 'Open', action: { id: 'account.show', value: { id: 'a' } } };
    const r = renderCard(
      cardOf([
        { type: 'actions', buttons: [same, same] },
        {
          type: 'list',
          items: [
            { title: 'x', buttons: [same] },
            { title: 'y', buttons: [same] },
          ],
        },
      ]),
    );
    expectWithinLimits(r.blocks);
  });
});
