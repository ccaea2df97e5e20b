import { describe, expect, it } from 'vitest';
import { type Block, button, type Card, card } from '../../commands/view/card.js';
import { i18n } from '../../i18n/catalog.js';
import { actionValue, renderAdaptiveCard } from './adaptive-card.renderer.js';
import type { AcElement } from './adaptive-card.types.js';
import { renderLabels } from './teams-labels.js';

const en = renderLabels(i18n, 'en');
const render = (blocks: Block[], extra: Partial<Card> = {}) =>
  renderAdaptiveCard(card('Title', blocks, extra), en);
const last = <T>(items: T[]) => items[items.length - 1] as T;
// biome-ignore lint/suspicious/noExplicitAny: assertions walk the rendered JSON
type Any = any;

describe('renderAdaptiveCard', () => {
  it('renders an Adaptive Card 1.5 with schema, a large bold title, subtitle and fallback text', () => {
    const ac = render([{ type: 'text', text: 'Hello **world**' }], { subtitle: 'Sub', tone: 'error' });
    expect(ac).toMatchObject({
      type: 'AdaptiveCard',
      version: '1.5',
      $schema: expect.stringMatching(/adaptivecards/),
    });
    expect(ac.body[0]).toEqual({
      type: 'TextBlock',
      text: 'Title',
      wrap: true,
      size: 'Large',
      weight: 'Bolder',
      color: 'Attention',
    });
    expect(ac.body[1]).toMatchObject({ text: 'Sub', isSubtle: true });
    expect(ac.body[2]).toEqual({ type: 'TextBlock', text: 'Hello **world**', wrap: true });
    expect(ac.fallbackText).toBe('Title\nSub\nHello world');
  });

  it('maps tones to colours, line breaks to Teams paragraphs, and tidies bold markers', () => {
    const ac = render([
      { type: 'text', text: 'ok', tone: 'success' },
      { type: 'text', text: 'hm', tone: 'warning' },
      { type: 'text', text: 'plain', tone: 'info' },
      { type: 'text', text: 'a\nb ** c **' },
    ]);
    expect(ac.body.slice(1).map((b) => [b.text, b.color])).toEqual([
      ['ok', 'Good'],
      ['hm', 'Warning'],
      ['plain', undefined],
      ['a\n\nb **c**', undefined],
    ]);
  });

  it('renders fields as a FactSet, headings, context and dividers', () => {
    const ac = render([
      { type: 'heading', text: 'Section' },
      { type: 'fields', fields: [{ label: 'Tier', value: '**A**' }] },
      { type: 'divider' },
      { type: 'context', text: 'small print' },
    ]);
    expect(ac.body[1]).toMatchObject({ text: 'Section', size: 'Medium', weight: 'Bolder' });
    expect(ac.body[2]).toEqual({ type: 'FactSet', facts: [{ title: 'Tier', value: '**A**' }] });
    expect(ac.body[3]).toMatchObject({ text: 'small print', size: 'Small', isSubtle: true, separator: true });
  });

  it('renders buttons as Action.Execute with the action id as verb and its value as data', () => {
    const ac = render([
      {
        type: 'actions',
        buttons: [
          button('Open', 'account.show', { id: 'a1' }, 'primary'),
          button('Drop', 'x.drop', {}, 'danger'),
        ],
      },
    ]);
    expect(ac.body[1]).toEqual({
      type: 'ActionSet',
      actions: [
        {
          type: 'Action.Execute',
          title: 'Open',
          verb: 'account.show',
          data: { id: 'a1' },
          associatedInputs: 'none',
          style: 'positive',
        },
        {
          type: 'Action.Execute',
          title: 'Drop',
          verb: 'x.drop',
          data: {},
          associatedInputs: 'none',
          style: 'destructive',
        },
      ],
    });
  });

  it('renders a form-opening button as an Action.Submit that fetches the dialog', () => {
    const ac = render([
      { type: 'actions', buttons: [button('Log', 'form.open', { form: 'log.interaction', account: 'a1' })] },
    ]);
    expect((ac.body[1] as Any).actions[0]).toEqual({
      type: 'Action.Submit',
      title: 'Log',
      data: {
        verb: 'kontakt.dialog',
        formId: 'log.interaction',
        prefill: { account: 'a1' },
        msteams: { type: 'task/fetch' },
      },
    });
  });

  it('renders list items as containers with their own buttons, and the empty text', () => {
    const ac = render([
      {
        type: 'list',
        items: [
          { title: 'Acme', detail: 'A · never', buttons: [button('Open', 'account.show', { id: '1' })] },
          { title: 'Globex' },
        ],
      },
      { type: 'list', items: [], empty: 'Nothing here' },
    ]);
    const [first, second, empty] = ac.body.slice(1) as Any[];
    expect(first.type).toBe('Container');
    expect(first.items.map((i: AcElement) => i.type)).toEqual(['TextBlock', 'TextBlock', 'ActionSet']);
    expect(first.separator).toBeUndefined();
    expect(second).toMatchObject({ type: 'Container', separator: true });
    expect(empty).toMatchObject({ text: 'Nothing here', isSubtle: true });
  });

  it('renders tables as column sets with a bold header and right-aligned columns', () => {
    const ac = render([
      { type: 'table', columns: ['Stage', 'Sum'], rows: [['Won', '€1,000']], align: ['left', 'right'] },
    ]);
    const [header, row] = ac.body.slice(1) as Any[];
    expect(header.columns[0].items[0]).toMatchObject({ text: 'Stage', weight: 'Bolder' });
    expect(row.columns[1].items[0]).toMatchObject({ text: '€1,000', horizontalAlignment: 'Right' });
  });

  it('renders a picker as a compact choice set named `choice` and an Action.Execute', () => {
    const ac = render([
      {
        type: 'picker',
        prompt: 'Which one?',
        action: { id: 'cmd.rerun', value: { text: 'account {choice}' } },
        options: [
          { label: 'Acme GmbH', value: 'a1', detail: 'A' },
          { label: 'Acme Logistics', value: 'a2' },
        ],
      },
    ]);
    const [prompt, input, set] = ac.body.slice(1) as Any[];
    expect(prompt.text).toBe('Which one?');
    expect(input).toMatchObject({ type: 'Input.ChoiceSet', id: 'choice', style: 'compact', value: 'a1' });
    expect(input.choices).toEqual([
      { title: 'Acme GmbH — A', value: 'a1' },
      { title: 'Acme Logistics', value: 'a2' },
    ]);
    expect(set.actions[0]).toEqual({
      type: 'Action.Execute',
      title: 'Choose…',
      verb: 'cmd.rerun',
      data: { text: 'account {choice}' },
    });
    // What Teams sends back (inputs merged into data) is the neutral value plus the choice.
    expect(actionValue({ ...set.actions[0].data, choice: 'a2' })).toEqual({
      text: 'account {choice}',
      choice: 'a2',
    });
  });

  it('gives a second picker its own input and maps it back to `choice`', () => {
    const picker = (id: string): Block => ({
      type: 'picker',
      prompt: id,
      action: { id, value: {} },
      options: [{ label: 'x', value: 'x' }],
    });
    const ac = render([picker('p1'), picker('p2')]);
    const inputs = ac.body.filter((b) => b.type === 'Input.ChoiceSet').map((b) => b.id);
    expect(inputs).toEqual(['choice', 'choice.2']);
    const second = (last(ac.body) as Any).actions[0];
    expect(actionValue({ ...second.data, choice: 'first', 'choice.2': 'second' })).toEqual({
      choice: 'second',
    });
  });

  it('is pure: same card, same JSON, input untouched', () => {
    const c = card('T', [{ type: 'divider' }, { type: 'text', text: 'x' }]);
    const copy = structuredClone(c);
    expect(renderAdaptiveCard(c, en)).toEqual(renderAdaptiveCard(c, en));
    expect(c).toEqual(copy);
  });
});

describe('actionValue', () => {
  it('keeps strings, stringifies numbers and booleans, drops objects and Teams’ own keys', () => {
    expect(actionValue({ id: 'a', n: 2, b: true, msteams: { type: 'x' }, nested: { a: 1 } })).toEqual({
      id: 'a',
      n: '2',
      b: 'true',
    });
    expect(actionValue(undefined)).toEqual({});
  });
});

describe('images by address', () => {
  it('uses the published address instead of inline data', () => {
    const png = new Uint8Array(40_000).fill(7);
    const rendered = JSON.stringify(
      renderAdaptiveCard(
        {
          title: 'Chart',
          blocks: [
            { type: 'image', alt: 'bars', png, key: 'k', title: 'Q4', url: 'https://k.example/images/a.png' },
          ],
        },
        en,
      ),
    );
    expect(rendered).toContain('"type":"Image","url":"https://k.example/images/a.png"');
    expect(rendered).not.toContain('base64');
  });
});
