import type { Form, FormField } from '../../commands/view/form.js';
import { escapeHtml as esc, jsonAttr } from './escape.js';

/** Words a dialog needs from the page's language. */
export interface FormLabels {
  cancel: string;
  /** Read after a required field's label, e.g. "required". */
  required: string;
  /** Above the error messages that belong to no field. */
  problem: string;
}

/** Browsers cap a text field at this when the form names no limit (Slack's plain_text_input maximum). */
export const TEXT_MAX_DEFAULT = 3000;

const fid = (id: string) => `f-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

function label(f: FormField, labels: FormLabels): string {
  const star = f.required
    ? ` <span class="req" aria-hidden="true">*</span><span class="sr-only"> (${esc(labels.required)})</span>`
    : '';
  return `<label for="${fid(f.id)}">${esc(f.label)}${star}</label>`;
}

function describedBy(f: FormField): string {
  const ids = [...(f.hint ? [`${fid(f.id)}-hint`] : []), `${fid(f.id)}-err`];
  return `aria-describedby="${ids.join(' ')}"`;
}

function control(f: FormField): string {
  const id = fid(f.id);
  const common = `id="${id}" ${describedBy(f)}${f.required ? ' required aria-required="true"' : ''}`;
  switch (f.type) {
    case 'text': {
      const max = `maxlength="${f.maxLength ?? TEXT_MAX_DEFAULT}"`;
      const ph = f.placeholder ? ` placeholder="${esc(f.placeholder)}"` : '';
      if (f.multiline) {
        return `<textarea name="${esc(f.id)}" rows="4" ${max}${ph} ${common}>${esc(f.value ?? '')}</textarea>`;
      }
      return `<input type="text" name="${esc(f.id)}" value="${esc(f.value ?? '')}" ${max}${ph} ${common}>`;
    }
    case 'select': {
      const blank = f.required ? '' : '<option value=""></option>';
      const opts = f.options.map((o) => {
        const sel = o.value === f.value ? ' selected' : '';
        return `<option value="${esc(o.value)}"${sel}>${esc(o.detail ? `${o.label} — ${o.detail}` : o.label)}</option>`;
      });
      return `<select name="${esc(f.id)}" ${common}>${blank}${opts.join('')}</select>`;
    }
    case 'date':
      return `<input type="date" name="${esc(f.id)}" value="${esc(f.value ?? '')}" ${common}>`;
    case 'lookup': {
      // Typeahead: the visible input searches, the options API fills the datalist, hidden inputs carry ids.
      const chosen = f.value;
      const text = !f.multiple && chosen ? chosen.label : '';
      const hidden = chosen ? `<input type="hidden" name="${esc(f.id)}" value="${esc(chosen.value)}">` : '';
      const chips =
        f.multiple && chosen
          ? `<li data-value="${esc(chosen.value)}"><span>${esc(chosen.label)}</span></li>`
          : '';
      const known = chosen ? jsonAttr([{ label: chosen.label, value: chosen.value }]) : '[]';
      return (
        `<input type="text" class="lookup-input" value="${esc(text)}" list="${id}-list" autocomplete="off" ` +
        `data-source="${esc(f.source)}" data-known="${known}" ${common}>` +
        `<datalist id="${id}-list"></datalist>` +
        (f.multiple ? `<ul class="chips" aria-live="polite">${chips}</ul>` : '') +
        `<span class="lookup-values">${hidden}</span>`
      );
    }
    default: {
      const never: never = f;
      throw new Error(`unknown field ${JSON.stringify(never)}`);
    }
  }
}

function field(f: FormField, labels: FormLabels): string {
  const id = fid(f.id);
  const hint = f.hint ? `<p class="hint" id="${id}-hint">${esc(f.hint)}</p>` : '';
  const multiple = f.type === 'lookup' && f.multiple ? ' data-multiple="true"' : '';
  return (
    `<div class="field" data-field="${esc(f.id)}" data-type="${f.type}"${multiple}>` +
    `${label(f, labels)}${control(f)}${hint}` +
    `<p class="field-error" id="${id}-err" hidden></p></div>`
  );
}

/**
 * A form as a <dialog>: labelled inputs, a hint and an inline error slot per field, and a slot for errors
 * that name no field. The browser's own validation is off so the server's messages are the ones shown.
 */
export function renderForm(form: Form, labels: FormLabels): string {
  const fields = form.fields.map((f) => field(f, labels)).join('');
  return (
    `<dialog class="form-dialog" aria-labelledby="form-title">` +
    `<form class="kform" method="dialog" novalidate data-form-id="${esc(form.id)}" data-state="${jsonAttr(form.state ?? {})}">` +
    `<h2 id="form-title">${esc(form.title)}</h2>` +
    `<div class="form-error" role="alert" hidden><strong>${esc(labels.problem)}</strong> <span></span></div>` +
    `<div class="fields-wrap">${fields}</div>` +
    `<div class="dialog-actions">` +
    `<button type="button" class="btn" data-close>${esc(labels.cancel)}</button>` +
    `<button type="submit" class="btn btn-primary">${esc(form.submitLabel)}</button>` +
    `</div></form></dialog>`
  );
}
