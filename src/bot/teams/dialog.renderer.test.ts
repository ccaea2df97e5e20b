import { describe, expect, it } from 'vitest';
import type { Form } from '../../commands/view/form.js';
import { i18n } from '../../i18n/catalog.js';
import { dialogSubmission, keepValues, renderDialog } from './dialog.renderer.js';
import { renderLabels } from './teams-labels.js';

const labels = renderLabels(i18n, 'en');
// biome-ignore lint/suspicious/noExplicitAny: assertions walk the rendered JSON
type Any = any;

const form: Form = {
  id: 'log.interaction',
  title: 'Log a contact',
  submitLabel: 'Save',
  state: { permalink: 'https://teams.example/msg/1' },
  fields: [
    {
      type: 'lookup',
      id: 'account',
      label: 'Account',
      source: 'accounts',
      required: true,
      value: { label: 'Acme GmbH', value: 'a1' },
    },
    {
      type: 'select',
      id: 'type',
      label: 'Type',
      options: [
        { label: 'Call', value: 'call' },
        { label: 'Chat', value: 'chat' },
      ],
      value: 'chat',
    },
    {
      type: 'text',
      id: 'summary',
      label: 'Summary',
      multiline: true,
      required: true,
      maxLength: 3000,
      value: 'Hi',
    },
    { type: 'lookup', id: 'contacts', label: 'Contacts', source: 'contacts', multiple: true },
    { type: 'date', id: 'next', label: 'Follow up', hint: 'Leave empty for none' },
    { type: 'text', id: 'note', label: 'Note', placeholder: 'optional' },
  ],
};

const byId = (card: Any, id: string) => card.body.find((b: Any) => b.id === `field_${id}`);

describe('renderDialog', () => {
  it('renders each field as an Adaptive Card 1.5 input and a submit carrying form id and state', () => {
    const dialog = renderDialog(form, labels);
    expect(dialog.title).toBe('Log a contact');
    expect(dialog.card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = dialog.card.content as Any;
    expect(card.version).toBe('1.5');
    expect(byId(card, 'account')).toEqual({
      type: 'Input.ChoiceSet',
      id: 'field_account',
      label: 'Account',
      isRequired: true,
      errorMessage: 'The value for “Account” is not valid.',
      style: 'filtered',
      choices: [{ title: 'Acme GmbH', value: 'a1' }],
      'choices.data': { type: 'Data.Query', dataset: 'accounts', associatedInputs: 'auto' },
      value: 'a1',
    });
    expect(byId(card, 'type')).toMatchObject({ type: 'Input.ChoiceSet', style: 'compact', value: 'chat' });
    expect(byId(card, 'summary')).toMatchObject({
      type: 'Input.Text',
      isMultiline: true,
      maxLength: 3000,
      isRequired: true,
      value: 'Hi',
    });
    expect(byId(card, 'contacts')).toMatchObject({ isMultiSelect: true, choices: [] });
    expect(byId(card, 'next')).toEqual({ type: 'Input.Date', id: 'field_next', label: 'Follow up' });
    expect(byId(card, 'note')).toMatchObject({ placeholder: 'optional', maxLength: 3000 });
    const hint = card.body[card.body.indexOf(byId(card, 'next')) + 1];
    expect(hint).toMatchObject({ text: 'Leave empty for none', isSubtle: true });
    expect(card.actions).toEqual([
      {
        type: 'Action.Submit',
        title: 'Save',
        data: {
          verb: 'kontakt.submit',
          formId: 'log.interaction',
          state: { permalink: 'https://teams.example/msg/1' },
          multi: ['contacts'],
        },
      },
    ]);
  });

  it('shows errors beside their fields in the attention colour, and others on top', () => {
    const card = renderDialog(form, labels, { summary: 'Too short', other: 'Something else' }).card
      .content as Any;
    expect(card.body[0]).toMatchObject({ text: 'Something else', color: 'Attention' });
    const after = card.body[card.body.indexOf(byId(card, 'summary')) + 1];
    expect(after).toMatchObject({ type: 'TextBlock', text: 'Too short', color: 'Attention' });
  });
});

describe('dialogSubmission and keepValues', () => {
  const data = {
    verb: 'kontakt.submit',
    formId: 'log.interaction',
    state: { permalink: 'p', bogus: 3 },
    multi: ['contacts'],
    field_account: 'a2',
    field_summary: 'Long talk',
    field_contacts: 'c1,c2',
    field_next: '',
  };

  it('turns what Teams sent back into form values', () => {
    expect(dialogSubmission(data)).toEqual({
      formId: 'log.interaction',
      state: { permalink: 'p' },
      values: { account: 'a2', summary: 'Long talk', contacts: ['c1', 'c2'], next: '' },
    });
    expect(dialogSubmission('junk')).toEqual({ formId: '', state: {}, values: {} });
  });

  it('keeps the submitted values, naming looked-up records', () => {
    const kept = keepValues(form, dialogSubmission(data).values, (field, id) => `${field}:${id}`);
    expect(kept.fields.find((f) => f.id === 'account')).toMatchObject({
      value: { label: 'account:a2', value: 'a2' },
    });
    expect(kept.fields.find((f) => f.id === 'summary')).toMatchObject({ value: 'Long talk' });
    expect(kept.fields.find((f) => f.id === 'contacts')).toMatchObject({ value: { value: 'c1' } });
    expect(kept.fields.find((f) => f.id === 'type')).toMatchObject({ value: 'chat' });
    const cleared = keepValues(form, { account: '' }, () => '');
    expect(cleared.fields.find((f) => f.id === 'account')).not.toHaveProperty('value');
  });
});
