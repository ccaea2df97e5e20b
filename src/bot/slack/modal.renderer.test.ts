import { describe, expect, it } from 'vitest';
import type { Form } from '../../commands/view/form.js';
import { charCount, LIMITS } from './limits.js';
import { decodeMetadata, encodeMetadata, renderCardModal, renderForm, renderHome } from './modal.renderer.js';
import { formValues } from './modal-values.js';

const long = (n: number) => 'x'.repeat(n);

const form = (extra: Partial<Form> = {}): Form => ({
  id: 'deal.new',
  title: 'A new deal for a very important customer',
  submitLabel: 'Save this deal right now please',
  state: { account: 'a1' },
  fields: [
    {
      type: 'text',
      id: 'name',
      label: 'Name',
      required: true,
      maxLength: 120,
      value: long(500),
      placeholder: long(400),
    },
    { type: 'text', id: 'notes', label: long(3000), multiline: true, maxLength: 10_000, hint: long(3000) },
    {
      type: 'select',
      id: 'stage',
      label: 'Stage',
      value: 'won',
      options: [
        { label: 'Lead', value: 'lead' },
        { label: 'Won', value: 'won', detail: long(100) },
      ],
    },
    {
      type: 'lookup',
      id: 'account',
      label: 'Account',
      source: 'accounts',
      required: true,
      value: { label: 'Acme', value: 'a1' },
    },
    {
      type: 'lookup',
      id: 'contacts',
      label: 'Contacts',
      source: 'contacts',
      multiple: true,
      value: { label: 'Hans', value: 'c1' },
    },
    { type: 'date', id: 'close', label: 'Close', value: '2027-03-31' },
    { type: 'date', id: 'other', label: 'Other', value: 'next friday' },
  ],
  ...extra,
});

describe('renderForm', () => {
  it('renders every field type as an input block named by the field id, within limits', () => {
    const view = renderForm(form(), { channel: 'C1', closeLabel: 'Abbrechen, bitte sofort schließen' });
    expect(view.callback_id).toBe('deal.new');
    expect(charCount(view.title.text)).toBe(LIMITS.modalTitle);
    expect(charCount(view.submit?.text ?? '')).toBe(LIMITS.modalSubmit);
    expect(charCount(view.close?.text ?? '')).toBe(LIMITS.modalClose);
    expect(decodeMetadata(view.private_metadata)).toEqual({ state: { account: 'a1' }, channel: 'C1' });
    const blocks = view.blocks as unknown as {
      block_id: string;
      optional: boolean;
      label: { text: string };
      hint?: { text: string };
      element: Record<string, unknown>;
    }[];
    expect(blocks.map((b) => [b.block_id, b.element.type, b.optional])).toEqual([
      ['name', 'plain_text_input', false],
      ['notes', 'plain_text_input', true],
      ['stage', 'static_select', true],
      ['account', 'external_select', false],
      ['contacts', 'multi_external_select', true],
      ['close', 'datepicker', true],
      ['other', 'datepicker', true],
    ]);
    const [name, notes, stage, account, contacts, close, other] = blocks;
    expect(name?.element).toMatchObject({ action_id: 'value', max_length: 120, multiline: false });
    expect(charCount(String(name?.element.initial_value))).toBe(120);
    expect(charCount(((name?.element.placeholder ?? {}) as { text?: string }).text ?? '')).toBe(
      LIMITS.placeholder,
    );
    expect(notes?.element).toMatchObject({ multiline: true, max_length: LIMITS.textInputMax });
    expect(charCount(notes?.label.text ?? '')).toBe(LIMITS.inputLabel);
    expect(charCount(notes?.hint?.text ?? '')).toBe(LIMITS.inputHint);
    expect(stage?.element.initial_option).toMatchObject({ value: 'won' });
    expect(
      charCount(
        ((stage?.element.initial_option ?? {}) as { description?: { text: string } }).description?.text ?? '',
      ),
    ).toBe(75);
    expect(account?.element).toMatchObject({
      action_id: 'lookup:accounts',
      min_query_length: 0,
      initial_option: { value: 'a1', text: { text: 'Acme' } },
    });
    expect(contacts?.element).toMatchObject({
      action_id: 'lookup:contacts',
      initial_options: [{ value: 'c1' }],
    });
    expect(close?.element).toMatchObject({ initial_date: '2027-03-31' });
    expect(other?.element.initial_date).toBeUndefined();
  });

  it('groups more than 100 select options', () => {
    const options = Array.from({ length: 250 }, (_, i) => ({ label: `Option ${i}`, value: `v${i}` }));
    const view = renderForm(
      form({ fields: [{ type: 'select', id: 's', label: 'S', options, value: 'v200' }] }),
    );
    const el = (
      view.blocks[0] as unknown as {
        element: { option_groups: { options: unknown[] }[]; initial_option: { value: string } };
      }
    ).element;
    expect(el.option_groups.map((g) => g.options.length)).toEqual([100, 100, 50]);
    expect(el.initial_option.value).toBe('v200');
  });

  it('refuses form state that does not fit private_metadata', () => {
    expect(() => renderForm(form({ state: { big: long(LIMITS.privateMetadata) } }))).toThrow(
      expect.objectContaining({ code: 'slack.form_state_too_long' }),
    );
    expect(encodeMetadata({ state: { a: 'b' } })).toBe('{"state":{"a":"b"}}');
    expect(decodeMetadata('garbage')).toEqual({ state: {} });
    expect(decodeMetadata('{"state":{"a":1,"b":"x"},"channel":5}')).toEqual({ state: { b: 'x' } });
  });

  it('renders cards as modal and home views of at most 100 blocks', () => {
    const items = Array.from({ length: 300 }, (_, i) => ({ title: `Item ${i}` }));
    const card = {
      title: 'My accounts and everything about them',
      blocks: [{ type: 'list' as const, items }],
    };
    const modal = renderCardModal(card, { closeLabel: 'Close' });
    expect(modal.blocks).toHaveLength(LIMITS.modalBlocks);
    expect(charCount(modal.title.text)).toBe(LIMITS.modalTitle);
    const home = renderHome(card);
    expect(home.type).toBe('home');
    expect(home.blocks).toHaveLength(LIMITS.homeBlocks);
    expect(home.blocks.at(-1)).toMatchObject({
      type: 'context',
      elements: [{ text: '… and 202 more not shown' }],
    });
  });
});

describe('formValues', () => {
  it('reads every element type of a view submission', () => {
    const values = formValues({
      name: { value: { type: 'plain_text_input', value: 'Acme' } },
      empty: { value: { type: 'plain_text_input', value: '' } },
      missing: { value: { type: 'plain_text_input', value: null } },
      num: { value: { type: 'number_input', value: '42' } },
      mail: { value: { type: 'email_text_input', value: 'a@b.de' } },
      url: { value: { type: 'url_text_input', value: 'https://x.de' } },
      stage: { value: { type: 'static_select', selected_option: { value: 'won' } } },
      none: { value: { type: 'static_select', selected_option: null } },
      account: { 'lookup:accounts': { type: 'external_select', selected_option: { value: 'a1' } } },
      contacts: {
        'lookup:contacts': {
          type: 'multi_external_select',
          selected_options: [{ value: 'c1' }, { value: 'c2' }],
        },
      },
      tags: { value: { type: 'multi_static_select', selected_options: [] } },
      checks: { value: { type: 'checkboxes', selected_options: [{ value: 'x' }] } },
      radio: { value: { type: 'radio_buttons', selected_option: { value: 'r' } } },
      close: { value: { type: 'datepicker', selected_date: '2027-03-31' } },
      time: { value: { type: 'timepicker', selected_time: '09:30' } },
      at: { value: { type: 'datetimepicker', selected_date_time: 1_800_000_000 } },
      who: { value: { type: 'users_select', selected_user: 'U1' } },
      whos: { value: { type: 'multi_users_select', selected_users: ['U1', 'U2'] } },
      conv: { value: { type: 'conversations_select', selected_conversation: 'C1' } },
      convs: { value: { type: 'multi_conversations_select', selected_conversations: ['C1'] } },
      chan: { value: { type: 'channels_select', selected_channel: 'C2' } },
      chans: { value: { type: 'multi_channels_select', selected_channels: ['C2', 'C3'] } },
      rich: {
        value: {
          type: 'rich_text_input',
          rich_text_value: {
            type: 'rich_text',
            elements: [
              {
                type: 'rich_text_section',
                elements: [
                  { type: 'text', text: 'Hello ' },
                  { type: 'text', text: 'world' },
                ],
              },
            ],
          },
        },
      },
      broken: null,
    });
    expect(values).toEqual({
      name: 'Acme',
      empty: undefined,
      missing: undefined,
      num: '42',
      mail: 'a@b.de',
      url: 'https://x.de',
      stage: 'won',
      none: undefined,
      account: 'a1',
      contacts: ['c1', 'c2'],
      tags: [],
      checks: ['x'],
      radio: 'r',
      close: '2027-03-31',
      time: '09:30',
      at: '2027-01-15T08:00:00.000Z',
      who: 'U1',
      whos: ['U1', 'U2'],
      conv: 'C1',
      convs: ['C1'],
      chan: 'C2',
      chans: ['C2', 'C3'],
      rich: 'Hello world',
    });
    expect(formValues(undefined)).toEqual({});
  });
});
