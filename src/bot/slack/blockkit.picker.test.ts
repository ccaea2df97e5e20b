import { describe, expect, it } from 'vitest';
import { expectWithinLimits, type Loose, textOf } from '../../../test/slack/support/block-limits.js';
import type { Block, Card } from '../../commands/view/card.js';
import { decodeActionId, decodePickerBlockId, decodeValue, isPickerBlock } from './action-ref.js';
import { renderCard } from './blockkit.renderer.js';

const long = (n: number, word = 'lorem ') => word.repeat(Math.ceil(n / word.length)).slice(0, n);

const cardOf = (blocks: Block[], extra: Partial<Card> = {}): Card => ({ title: 'Card', blocks, ...extra });

describe('renderCard: pickers, tables, images', () => {
  it('renders a picker as a menu that carries the action value in its block id', () => {
    const options = Array.from({ length: 30 }, (_, i) => ({
      label: long(120, `Acme ${i} `),
      value: `id${i}`,
      detail: long(200),
    }));
    const r = renderCard(
      cardOf([
        {
          type: 'picker',
          prompt: 'Which one?',
          action: { id: 'cmd.rerun', value: { text: 'account {choice}' } },
          options,
        },
      ]),
    );
    expectWithinLimits(r.blocks);
    const section = r.blocks[1] as Loose;
    const menu = section.accessory as Loose;
    expect(menu.type).toBe('static_select');
    expect(decodeActionId(String(menu.action_id))).toBe('cmd.rerun');
    expect(decodePickerBlockId(section.block_id)).toEqual({ text: 'account {choice}' });
    expect((menu.options as Loose[])[3]).toMatchObject({ value: 'id3' });
  });

  it('splits a picker of more than 100 options over several menus', () => {
    const options = Array.from({ length: 250 }, (_, i) => ({ label: `Option ${i}`, value: `v${i}` }));
    const r = renderCard(
      cardOf([
        { type: 'picker', prompt: 'Pick', action: { id: 'deal.stage', value: { deal: 'd1' } }, options },
      ]),
    );
    expectWithinLimits(r.blocks);
    const actions = r.blocks[2] as Loose;
    expect(decodePickerBlockId(actions.block_id)).toEqual({ deal: 'd1' });
    expect((actions.elements as Loose[]).map((e) => (e.options as unknown[]).length)).toEqual([100, 100, 50]);
  });

  it('falls back to buttons carrying the choice when the value is too long for a block id', () => {
    const r = renderCard(
      cardOf([
        {
          type: 'picker',
          prompt: 'Pick',
          action: { id: 'cmd.rerun', value: { text: long(600) } },
          options: [
            { label: 'A', value: 'a' },
            { label: 'B', value: 'b' },
          ],
        },
      ]),
    );
    expectWithinLimits(r.blocks);
    const buttons = (r.blocks[2] as Loose).elements as Loose[];
    expect(isPickerBlock((r.blocks[2] as Loose).block_id)).toBe(true);
    expect(buttons.map((b) => decodeValue(b.value).choice)).toEqual(['a', 'b']);
    expect(decodeValue(buttons[0]?.value).text).toHaveLength(600);
  });

  it('renders a table as monospace code blocks within 3,000 characters, repeating the header', () => {
    const rows = Array.from({ length: 500 }, (_, i) => [`Deal ${i} ${long(60)}`, `${i * 1000} €`]);
    const r = renderCard(
      cardOf([{ type: 'table', columns: ['Deal', 'Amount'], rows, align: ['left', 'right'] }]),
    );
    expectWithinLimits(r.blocks);
    const texts = r.blocks.slice(1).map((b) => textOf((b as Loose).text));
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) {
      expect(t.startsWith('```\nDeal')).toBe(true);
      expect(t.endsWith('\n```')).toBe(true);
    }
    // fence, header, rule, then the rows: long names cut at 40 characters, amounts aligned right
    expect(texts[0]?.split('\n')[4]).toMatch(/^Deal 1 lorem.{27}… {2,}1000 €$/);
  });

  it('takes images out of the blocks for upload, and renders context, divider and heading', () => {
    const png = new Uint8Array([1, 2, 3]);
    const r = renderCard(
      cardOf([
        { type: 'heading', text: long(300) },
        { type: 'image', alt: 'chart', png, key: 'forecast', title: 'Forecast' },
        { type: 'divider' },
        { type: 'context', text: long(5000) },
      ]),
    );
    expectWithinLimits(r.blocks);
    expect(r.blocks.map((b) => b.type)).toEqual(['header', 'header', 'divider', 'context']);
    expect(r.images).toEqual([{ key: 'forecast', title: 'Forecast', alt: 'chart', png }]);
  });
});

describe('action values', () => {
  it('parses values back robustly', () => {
    expect(decodeValue(undefined)).toEqual({});
    expect(decodeValue('not json')).toEqual({});
    expect(decodeValue('[1,2]')).toEqual({});
    expect(decodeValue('{"a":"x","n":3,"b":true,"o":{"x":1},"z":null}')).toEqual({
      a: 'x',
      n: '3',
      b: 'true',
    });
    expect(decodeActionId('deal.stage#12')).toBe('deal.stage');
    expect(decodeActionId('deal.stage')).toBe('deal.stage');
    expect(decodePickerBlockId('pk3:{"text":"x"}')).toEqual({ text: 'x' });
    expect(decodePickerBlockId('other')).toBeUndefined();
  });
});
