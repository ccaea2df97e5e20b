import type { FormValues } from '../../commands/view/form.js';

/** One element's state in a view_submission (`view.state.values[block_id][action_id]`). */
interface ElementState {
  type?: string;
  value?: string | null;
  selected_option?: { value?: string } | null;
  selected_options?: { value?: string }[] | null;
  selected_date?: string | null;
  selected_time?: string | null;
  selected_date_time?: number | null;
  selected_user?: string | null;
  selected_users?: string[] | null;
  selected_conversation?: string | null;
  selected_conversations?: string[] | null;
  selected_channel?: string | null;
  selected_channels?: string[] | null;
  rich_text_value?: unknown;
}

const nonEmpty = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const list = (v: unknown[] | null | undefined) =>
  (v ?? [])
    .map((x) => (typeof x === 'string' ? x : nonEmpty((x as { value?: unknown })?.value)))
    .filter((x): x is string => x !== undefined);

// Rich text's plain content: the text of every leaf element, in order.
function richText(node: unknown): string {
  if (!node || typeof node !== 'object') return '';
  const n = node as { text?: unknown; elements?: unknown[] };
  if (typeof n.text === 'string') return n.text;
  return (n.elements ?? []).map(richText).join('');
}

function elementValue(s: ElementState): FormValues[string] {
  switch (s.type) {
    case 'multi_static_select':
    case 'multi_external_select':
    case 'checkboxes':
      return list(s.selected_options);
    case 'multi_users_select':
      return list(s.selected_users);
    case 'multi_conversations_select':
      return list(s.selected_conversations);
    case 'multi_channels_select':
      return list(s.selected_channels);
    case 'static_select':
    case 'external_select':
    case 'radio_buttons':
      return nonEmpty(s.selected_option?.value);
    case 'users_select':
      return nonEmpty(s.selected_user);
    case 'conversations_select':
      return nonEmpty(s.selected_conversation);
    case 'channels_select':
      return nonEmpty(s.selected_channel);
    case 'datepicker':
      return nonEmpty(s.selected_date);
    case 'timepicker':
      return nonEmpty(s.selected_time);
    case 'datetimepicker':
      return typeof s.selected_date_time === 'number'
        ? new Date(s.selected_date_time * 1000).toISOString()
        : undefined;
    case 'rich_text_input':
      return nonEmpty(richText(s.rich_text_value).trim());
    default:
      // plain_text_input, number_input, email_text_input, url_text_input and anything newer with a value.
      return nonEmpty(s.value ?? undefined);
  }
}

/** A view's submitted state as neutral form values: block id (= field id) → value. */
export function formValues(values: unknown): FormValues {
  const out: FormValues = {};
  if (!values || typeof values !== 'object') return out;
  for (const [blockId, actions] of Object.entries(values as Record<string, unknown>)) {
    if (!actions || typeof actions !== 'object') continue;
    const [first] = Object.values(actions as Record<string, ElementState>);
    if (first) out[blockId] = elementValue(first);
  }
  return out;
}
