import type { types } from '@slack/bolt';
import type { Card } from '../../commands/view/card.js';
import type { Form, FormField } from '../../commands/view/form.js';
import { CodedError } from '../../shared/errors.js';
import { type RenderOptions, renderCard } from './blockkit.renderer.js';
import { chunk, plain, type SlackBlock, slackOption } from './elements.js';
import { LIMITS, truncate } from './limits.js';

/** The action id of every input but lookups; lookups name their source (`lookup:accounts`). */
export const INPUT_ACTION = 'value';
export const lookupActionId = (source: string) => `lookup:${source}`;
export const lookupSourceOf = (actionId: string) =>
  actionId.startsWith('lookup:') ? actionId.slice('lookup:'.length) : undefined;

/** Callback id of a modal that only shows a card (nothing to submit). */
export const CARD_MODAL = 'kontakt.card';

/** What travels in private_metadata: the form's state and the channel the form was opened from. */
export interface ModalMetadata {
  state: Record<string, string>;
  channel?: string;
}

export function encodeMetadata(meta: ModalMetadata): string {
  const json = JSON.stringify(meta.channel ? meta : { state: meta.state });
  if (json.length > LIMITS.privateMetadata) {
    throw new CodedError('slack.form_state_too_long', `form state is ${json.length} characters`);
  }
  return json;
}

export function decodeMetadata(raw: unknown): ModalMetadata {
  if (typeof raw !== 'string' || !raw) return { state: {} };
  try {
    const parsed = JSON.parse(raw) as { state?: unknown; channel?: unknown };
    const state: Record<string, string> = {};
    if (parsed.state && typeof parsed.state === 'object' && !Array.isArray(parsed.state)) {
      for (const [k, v] of Object.entries(parsed.state)) if (typeof v === 'string') state[k] = v;
    }
    return typeof parsed.channel === 'string' && parsed.channel
      ? { state, channel: parsed.channel }
      : { state };
  } catch {
    return { state: {} };
  }
}

type Element = types.InputBlock['element'];

function element(field: FormField): Element {
  switch (field.type) {
    case 'text': {
      const max = Math.min(field.maxLength ?? LIMITS.textInputMax, LIMITS.textInputMax);
      return {
        type: 'plain_text_input',
        action_id: INPUT_ACTION,
        multiline: field.multiline ?? false,
        max_length: max,
        ...(field.value ? { initial_value: truncate(field.value, max) } : {}),
        ...(field.placeholder ? { placeholder: plain(field.placeholder, LIMITS.placeholder) } : {}),
      };
    }
    case 'select': {
      const options = field.options.map(slackOption);
      const initial = options.find((o) => o.value === field.value);
      const choices =
        options.length <= LIMITS.selectOptions
          ? { options }
          : {
              option_groups: chunk(options, LIMITS.selectOptions).map((opts, i) => ({
                label: plain(
                  `${i * LIMITS.selectOptions + 1}–${i * LIMITS.selectOptions + opts.length}`,
                  LIMITS.optionGroupLabel,
                ),
                options: opts,
              })),
            };
      return {
        type: 'static_select',
        action_id: INPUT_ACTION,
        ...choices,
        ...(initial ? { initial_option: initial } : {}),
      } as Element;
    }
    case 'lookup': {
      const base = { action_id: lookupActionId(field.source), min_query_length: 0 };
      if (field.multiple) {
        return {
          type: 'multi_external_select',
          ...base,
          ...(field.value ? { initial_options: [slackOption(field.value)] } : {}),
        };
      }
      return {
        type: 'external_select',
        ...base,
        ...(field.value ? { initial_option: slackOption(field.value) } : {}),
      };
    }
    case 'date':
      return {
        type: 'datepicker',
        action_id: INPUT_ACTION,
        ...(field.value && /^\d{4}-\d{2}-\d{2}$/.test(field.value) ? { initial_date: field.value } : {}),
      };
  }
}

const input = (field: FormField): types.InputBlock => ({
  type: 'input',
  block_id: truncate(field.id, LIMITS.blockId),
  label: plain(field.label, LIMITS.inputLabel),
  optional: !field.required,
  element: element(field),
  ...(field.hint ? { hint: plain(field.hint, LIMITS.inputHint) } : {}),
});

export interface ModalOptions {
  /** Channel the form was opened from: the result is shown there. */
  channel?: string;
  closeLabel?: string;
}

/** A neutral form as a Slack modal; `callback_id` is the form id, its state travels in private_metadata. */
export function renderForm(form: Form, opts: ModalOptions = {}): types.ModalView {
  return {
    type: 'modal',
    callback_id: truncate(form.id, LIMITS.callbackId),
    title: plain(form.title, LIMITS.modalTitle),
    submit: plain(form.submitLabel, LIMITS.modalSubmit),
    ...(opts.closeLabel ? { close: plain(opts.closeLabel, LIMITS.modalClose) } : {}),
    private_metadata: encodeMetadata({
      state: form.state ?? {},
      ...(opts.channel ? { channel: opts.channel } : {}),
    }),
    blocks: form.fields.slice(0, LIMITS.modalBlocks).map(input),
  };
}

/** A card shown in a modal (an action inside a modal answered with a card). */
export function renderCardModal(
  card: Card,
  opts: RenderOptions & { closeLabel?: string } = {},
): types.ModalView {
  return {
    type: 'modal',
    callback_id: CARD_MODAL,
    title: plain(card.title, LIMITS.modalTitle),
    ...(opts.closeLabel ? { close: plain(opts.closeLabel, LIMITS.modalClose) } : {}),
    blocks: renderCard(card, { ...opts, maxBlocks: LIMITS.modalBlocks }).blocks,
  };
}

/** Rendered blocks as the App Home tab. */
export const homeView = (rendered: { blocks: SlackBlock[] }): types.HomeView => ({
  type: 'home',
  blocks: rendered.blocks.slice(0, LIMITS.homeBlocks),
});

/** The member's home view as the App Home tab. */
export const renderHome = (card: Card, opts: RenderOptions = {}): types.HomeView =>
  homeView(renderCard(card, { ...opts, maxBlocks: LIMITS.homeBlocks }));
