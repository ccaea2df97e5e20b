import { describe, expect, it } from 'vitest';
import { button, card } from '../../commands/view/card.js';
import { i18n } from '../../i18n/catalog.js';
import { AC_LIMITS, renderAdaptiveCard } from './adaptive-card.renderer.js';
import { renderLabels } from './teams-labels.js';

const en = renderLabels(i18n, 'en');
const de = renderLabels(i18n, 'de');
const size = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
const render = (blocks: Parameters<typeof card>[1]) => renderAdaptiveCard(card('Title', blocks), en);
const last = <T>(items: T[]) => items[items.length - 1] as T;
// biome-ignore lint/suspicious/noExplicitAny: assertions walk the rendered JSON
type Any = any;

describe('renderAdaptiveCard within Teams’ limits', () => {
  it('moves buttons beyond the limit into the overflow menu', () => {
    const buttons = Array.from({ length: 8 }, (_, i) => button(`B${i}`, 'x', { i: String(i) }));
    const { actions } = render([{ type: 'actions', buttons }]).body[1] as Any;
    expect(actions.filter((a: Any) => a.mode === 'secondary')).toHaveLength(8 - AC_LIMITS.buttonsPerSet);
  });

  it('truncates long lists with an “and N more” line in the member’s language', () => {
    const items = Array.from({ length: 100 }, (_, i) => ({ title: `Account ${i}` }));
    const ac = renderAdaptiveCard(card('T', [{ type: 'list', items }]), de);
    expect(ac.body.filter((b) => b.type === 'Container')).toHaveLength(AC_LIMITS.listItems);
    expect(last(ac.body).text).toBe('… und 75 weitere');
  });

  it('stays under the size limit however long the content, saying how much was left out', () => {
    const long = 'x'.repeat(10_000);
    const items = Array.from({ length: 25 }, (_, i) => ({ title: `${i} ${long}`, detail: long }));
    const ac = render([
      { type: 'text', text: long },
      { type: 'list', items },
    ]);
    expect(size(ac)).toBeLessThan(28_000);
    expect((ac.body[1] as Any).text.length).toBe(AC_LIMITS.textChars);
    expect(last(ac.body).text).toMatch(/^… and \d+ more$/);
    const shown = ac.body.filter((b) => b.type === 'Container').length;
    expect(last(ac.body).text).toBe(`… and ${25 - shown} more`);
  });

  it('inlines small PNGs as data URLs and replaces large ones by their title and alt text', () => {
    const small = render([
      {
        type: 'image',
        alt: 'Pipeline by stage',
        png: new Uint8Array([137, 80, 78, 71]),
        key: 'k',
        title: 'Pipeline',
      },
    ]);
    expect(small.body[2]).toEqual({
      type: 'Image',
      url: 'data:image/png;base64,iVBORw==',
      altText: 'Pipeline by stage',
      size: 'Stretch',
    });
    const big = render([
      { type: 'image', alt: 'Pipeline by stage', png: new Uint8Array(40_000), key: 'k', title: 'Pipeline' },
    ]);
    expect(big.body.map((b) => b.type)).toEqual(['TextBlock', 'TextBlock', 'TextBlock']);
    expect(big.body[2]?.text).toBe('Pipeline by stage');
    expect(size(big)).toBeLessThan(28_000);
  });

  it('clips very long titles and button labels', () => {
    const ac = renderAdaptiveCard(
      card('T'.repeat(1_000), [{ type: 'actions', buttons: [button('B'.repeat(500), 'x')] }]),
      en,
    );
    expect(String(ac.body[0]?.text).length).toBe(AC_LIMITS.titleChars);
    expect((ac.body[1] as Any).actions[0].title.length).toBe(AC_LIMITS.titleChars);
  });
});
