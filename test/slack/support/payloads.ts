import { T1, teamOf, trigger } from './slack-harness.js';

export type InputBlock = {
  type: string;
  block_id: string;
  optional?: boolean;
  element: Record<string, unknown> & { type: string; action_id: string };
};
export type ModalView = {
  type: string;
  callback_id: string;
  private_metadata: string;
  title: { text: string };
  blocks: InputBlock[];
};

/** A view_submission of `view` by UADA in T1 with the given state values. */
export function submission(
  view: ModalView,
  values: Record<string, Record<string, unknown>>,
  hash = 'hash-1',
) {
  return {
    type: 'view_submission',
    ...teamOf(T1),
    user: { id: 'UADA', name: 'ada' },
    api_app_id: 'A1',
    token: 'x',
    trigger_id: trigger(),
    view: {
      id: 'VNEW',
      hash,
      type: 'modal',
      callback_id: view.callback_id,
      private_metadata: view.private_metadata,
      blocks: view.blocks,
      state: { values },
    },
  };
}

/** What Slack sends back when the user submits a modal without changing anything. */
export function initialValues(view: ModalView): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    view.blocks.map((b) => {
      const e = b.element;
      const state =
        e.type === 'plain_text_input'
          ? { type: e.type, value: e.initial_value ?? null }
          : e.type === 'datepicker'
            ? { type: e.type, selected_date: e.initial_date ?? null }
            : e.type.startsWith('multi_')
              ? { type: e.type, selected_options: e.initial_options ?? [] }
              : { type: e.type, selected_option: e.initial_option ?? null };
      return [b.block_id, { [e.action_id]: state }];
    }),
  );
}
