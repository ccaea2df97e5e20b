import type { Option } from '../../commands/view/card.js';
import type { Form, FormField, FormValues } from '../../commands/view/form.js';
import { AC_LIMITS, clip, textBlock } from './adaptive-blocks.renderer.js';
import {
  type AcElement,
  ADAPTIVE_CARD_SCHEMA,
  ADAPTIVE_CARD_VERSION,
  type AdaptiveCard,
  attachmentOf,
  type CardAttachment,
  type RenderLabels,
} from './adaptive-card.types.js';
import { type DialogSubmitData, FIELD_PREFIX, SUBMIT_VERB } from './teams-verbs.js';

/** A Teams dialog (task module) showing an Adaptive Card. */
export interface DialogInfo {
  title: string;
  width: 'small' | 'medium' | 'large';
  card: CardAttachment;
}

const DIALOG_TITLE_CHARS = 60;
/** Teams' Input.Text maxLength when a field sets none. */
const DEFAULT_MAX_LENGTH = 3_000;

const inputId = (field: FormField) => `${FIELD_PREFIX}${field.id}`;

function common(field: FormField, labels: RenderLabels) {
  return {
    id: inputId(field),
    label: field.label,
    ...(field.required ? { isRequired: true, errorMessage: labels.invalid(field.label) } : {}),
  };
}

const choice = (o: Option) => ({
  title: clip(o.detail ? `${o.label} — ${o.detail}` : o.label, AC_LIMITS.titleChars),
  value: o.value,
});

function input(field: FormField, labels: RenderLabels): AcElement {
  switch (field.type) {
    case 'text':
      return {
        type: 'Input.Text',
        ...common(field, labels),
        value: field.value ?? '',
        ...(field.placeholder ? { placeholder: field.placeholder } : {}),
        ...(field.multiline ? { isMultiline: true } : {}),
        maxLength: field.maxLength ?? DEFAULT_MAX_LENGTH,
      };
    case 'select':
      return {
        type: 'Input.ChoiceSet',
        ...common(field, labels),
        style: 'compact',
        choices: field.options.map(choice),
        ...(field.value ? { value: field.value } : {}),
      };
    case 'lookup':
      // Typeahead: Teams asks the bot (`application/search`) for options from `dataset` as the user types.
      return {
        type: 'Input.ChoiceSet',
        ...common(field, labels),
        style: 'filtered',
        choices: field.value ? [choice(field.value)] : [],
        // `auto` sends the dialog's other inputs along, so contacts and deals follow the chosen account.
        'choices.data': { type: 'Data.Query', dataset: field.source, associatedInputs: 'auto' },
        ...(field.value ? { value: field.value.value } : {}),
        ...(field.multiple ? { isMultiSelect: true } : {}),
      };
    case 'date':
      return { type: 'Input.Date', ...common(field, labels), ...(field.value ? { value: field.value } : {}) };
  }
}

/**
 * A form as a dialog card: one input per field, its hint, and — after a rejected submit — its error in
 * the attention colour. The submit button carries the form id and state back (`task/submit`).
 */
export function renderDialog(
  form: Form,
  labels: RenderLabels,
  errors: Record<string, string> = {},
): DialogInfo {
  const ids = new Set(form.fields.map((f) => f.id));
  const body: AcElement[] = Object.entries(errors)
    .filter(([id]) => !ids.has(id))
    .map(([, message]) => textBlock(message, { color: 'Attention' }));
  for (const field of form.fields) {
    body.push(input(field, labels));
    if (field.hint) body.push(textBlock(field.hint, { size: 'Small', isSubtle: true, spacing: 'None' }));
    const error = errors[field.id];
    if (error) body.push(textBlock(error, { color: 'Attention', size: 'Small', spacing: 'None' }));
  }
  const data: DialogSubmitData = {
    verb: SUBMIT_VERB,
    formId: form.id,
    state: form.state ?? {},
    multi: form.fields.filter((f) => f.type === 'lookup' && f.multiple).map((f) => f.id),
  };
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: ADAPTIVE_CARD_VERSION,
    body,
    actions: [{ type: 'Action.Submit', title: form.submitLabel, data }],
  };
  return { title: clip(form.title, DIALOG_TITLE_CHARS), width: 'medium', card: attachmentOf(card) };
}

const record = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** What a dialog's submit sent back: the form id, its state and the field values. */
export function dialogSubmission(data: unknown): {
  formId: string;
  state: Record<string, string>;
  values: FormValues;
} {
  const raw = record(data);
  const multi = new Set(Array.isArray(raw.multi) ? raw.multi.map(String) : []);
  const state: Record<string, string> = {};
  for (const [k, v] of Object.entries(record(raw.state))) if (typeof v === 'string') state[k] = v;
  const values: FormValues = {};
  for (const [key, v] of Object.entries(raw)) {
    if (!key.startsWith(FIELD_PREFIX)) continue;
    const id = key.slice(FIELD_PREFIX.length);
    const text = typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
    values[id] = multi.has(id)
      ? text
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : text;
  }
  return { formId: typeof raw.formId === 'string' ? raw.formId : '', state, values };
}

/**
 * The form again with what the user entered, so a rejected submit loses nothing. `labelOf` names a
 * looked-up record the user picked (the dialog only sent its id back).
 */
export function keepValues(
  form: Form,
  values: FormValues,
  labelOf: (field: string, id: string) => string,
): Form {
  return {
    ...form,
    fields: form.fields.map((field): FormField => {
      const v = values[field.id];
      if (v === undefined) return field;
      const first = Array.isArray(v) ? (v[0] ?? '') : v;
      if (field.type !== 'lookup') return { ...field, value: first };
      if (!first) {
        const { value: _dropped, ...rest } = field;
        return rest;
      }
      return { ...field, value: { label: labelOf(field.id, first), value: first } };
    }),
  };
}
