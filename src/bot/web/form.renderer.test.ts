import { describe, expect, it } from 'vitest';
import type { Form } from '../../commands/view/form.js';
import { renderForm, TEXT_MAX_DEFAULT } from './form.renderer.js';

const labels = { cancel: 'Cancel', required: 'required', problem: 'Please check:' };

const form: Form = {
  id: 'account.new',
  title: 'New <account>',
  submitLabel: 'Save',
  state: { account: 'a1' },
  fields: [
    {
      type: 'text',
      id: 'name',
      label: 'Name',
      required: true,
      maxLength: 120,
      value: '"Acme"',
      hint: 'As on the invoice',
    },
    { type: 'text', id: 'notes', label: 'Notes', multiline: true, value: '</textarea><b>x</b>' },
    { type: 'text', id: 'website', label: 'Website', placeholder: 'example.com' },
    {
      type: 'select',
      id: 'tier',
      label: 'Tier',
      required: true,
      value: 'B',
      options: [
        { label: 'A', value: 'A', detail: 'every 14 days' },
        { label: 'B', value: 'B' },
      ],
    },
    { type: 'select', id: 'industry', label: 'Industry', options: [{ label: 'Retail', value: 'retail' }] },
    {
      type: 'lookup',
      id: 'owner',
      label: 'Owner',
      source: 'members',
      value: { label: 'Rita Rep', value: 'm1' },
    },
    { type: 'lookup', id: 'contacts', label: 'People', source: 'contacts', multiple: true },
    { type: 'date', id: 'close', label: 'Close date', value: '2027-03-31' },
  ],
};

const html = renderForm(form, labels);
const fieldHtml = (id: string) => {
  const start = html.indexOf(`<div class="field" data-field="${id}"`);
  return html.slice(start, html.indexOf('<p class="field-error"', start));
};

describe('forms as dialogs', () => {
  it('is a labelled <dialog> whose form carries its id and state', () => {
    expect(html.startsWith('<dialog class="form-dialog" aria-labelledby="form-title">')).toBe(true);
    expect(html).toContain('<h2 id="form-title">New &lt;account&gt;</h2>');
    expect(html).toContain('data-form-id="account.new" data-state="{&quot;account&quot;:&quot;a1&quot;}"');
    expect(html).toContain('novalidate');
    expect(html).toContain('<button type="submit" class="btn btn-primary">Save</button>');
    expect(html).toContain('<button type="button" class="btn" data-close>Cancel</button>');
  });

  it('labels every input and gives each field a hint and an inline error slot', () => {
    for (const f of form.fields) {
      expect(html).toContain(`<label for="f-${f.id}">`);
      expect(html).toContain(`id="f-${f.id}"`);
      expect(html).toContain(`<p class="field-error" id="f-${f.id}-err" hidden></p>`);
    }
    expect(fieldHtml('name')).toContain('aria-describedby="f-name-hint f-name-err"');
    expect(fieldHtml('name')).toContain('<p class="hint" id="f-name-hint">As on the invoice</p>');
    expect(fieldHtml('name')).toContain('<span class="sr-only"> (required)</span>');
    expect(html).toContain('<div class="form-error" role="alert" hidden>');
  });

  it('renders text fields with maxlength, escaping their values', () => {
    expect(fieldHtml('name')).toContain('value="&quot;Acme&quot;" maxlength="120"');
    expect(fieldHtml('name')).toContain('required aria-required="true"');
    expect(fieldHtml('notes')).toContain(`<textarea name="notes" rows="4" maxlength="${TEXT_MAX_DEFAULT}"`);
    expect(fieldHtml('notes')).toContain('&lt;/textarea&gt;&lt;b&gt;x&lt;/b&gt;</textarea>');
    expect(fieldHtml('website')).toContain('placeholder="example.com"');
  });

  it('renders selects with the chosen option, and a blank choice when optional', () => {
    expect(fieldHtml('tier')).toContain(
      '<select name="tier" id="f-tier" aria-describedby="f-tier-err" required aria-required="true"><option value="A">A — every 14 days</option><option value="B" selected>B</option></select>',
    );
    expect(fieldHtml('industry')).toContain(
      '<option value=""></option><option value="retail">Retail</option>',
    );
  });

  it('renders lookups as a typeahead input fed by the options API, the id in a hidden input', () => {
    const owner = fieldHtml('owner');
    expect(owner).toContain('value="Rita Rep" list="f-owner-list" autocomplete="off" data-source="members"');
    expect(owner).toContain('<datalist id="f-owner-list"></datalist>');
    expect(owner).toContain('<input type="hidden" name="owner" value="m1">');
    const people = fieldHtml('contacts');
    expect(people).toContain('data-multiple="true"');
    expect(people).toContain('<ul class="chips" aria-live="polite"></ul>');
    expect(people).toContain('data-source="contacts"');
  });

  it('renders dates as date inputs', () => {
    expect(fieldHtml('close')).toContain('<input type="date" name="close" value="2027-03-31" id="f-close"');
  });
});
