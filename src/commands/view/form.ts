import type { Option } from './card.js';

/** A source of typeahead options (Slack external_select, Teams Data.Query, playground fetch). */
export type LookupSource = 'accounts' | 'contacts' | 'deals' | 'members' | 'stages';

export type FormField =
  | {
      type: 'text';
      id: string;
      label: string;
      value?: string;
      placeholder?: string;
      multiline?: boolean;
      required?: boolean;
      maxLength?: number;
      hint?: string;
    }
  | {
      type: 'select';
      id: string;
      label: string;
      options: Option[];
      value?: string;
      required?: boolean;
      hint?: string;
    }
  | {
      type: 'lookup';
      id: string;
      label: string;
      source: LookupSource;
      value?: Option;
      required?: boolean;
      multiple?: boolean;
      hint?: string;
    }
  | { type: 'date'; id: string; label: string; value?: string; required?: boolean; hint?: string };

/**
 * A dialog (Slack modal, Teams task module, playground dialog). `state` travels with it and comes back
 * on submit (Slack private_metadata ≤ 3,000 chars).
 */
export interface Form {
  /** Registered form id, e.g. `log.interaction`. */
  id: string;
  title: string;
  submitLabel: string;
  fields: FormField[];
  state?: Record<string, string>;
}

/** What a submitted form sends back: field id → value (lookups with `multiple` give several ids). */
export type FormValues = Record<string, string | string[] | undefined>;
