/**
 * The ids that travel through Teams cards, dialogs and the app manifest. One place, so the renderers,
 * the handlers and the manifest test agree.
 */

/** `task/fetch` data `{verb, formId, prefill}`: opens a registered form as a dialog. */
export const DIALOG_VERB = 'kontakt.dialog';
/** `task/submit` data `{verb, formId, state, multi, field_<id>…}`: a dialog's submit button. */
export const SUBMIT_VERB = 'kontakt.submit';
/** Dialog inputs are named `field_<field id>` so they never collide with the submit data's own keys. */
export const FIELD_PREFIX = 'field_';

/** The picker's input id; a second picker on one card gets `choice.2` and names it in its data. */
export const PICKER_INPUT = 'choice';
export const PICKER_INPUT_KEY = 'kontakt.input';

/** The neutral action that opens a form; rendered as a button that opens the dialog directly. */
export const FORM_OPEN_ACTION = 'form.open';

/**
 * Slack shows the member's home view (overdue accounts, buttons to act) in its App Home tab; Teams bots
 * have none, so these words in a chat show it — unless the command layer registers a command by that name.
 */
export const HOME_WORDS = ['home', 'start', 'übersicht'] as const;

/** Message extension commands (teams/manifest.json `composeExtensions[0].commands[].id`). */
export const SEARCH_COMMAND = 'searchCrm';
export const LOG_COMMAND = 'logToCrm';
/** The form the message action opens, prefilled from the message. */
export const LOG_FORM = 'log.interaction';

export interface DialogOpenData {
  verb: typeof DIALOG_VERB;
  formId: string;
  prefill: Record<string, string>;
}

export interface DialogSubmitData {
  verb: typeof SUBMIT_VERB;
  formId: string;
  state: Record<string, string>;
  /** Ids of multi-select lookups, whose comma-separated value becomes a list. */
  multi: string[];
}

/** The data of a button that opens a dialog (`Action.Submit` + `msteams.type: task/fetch`). */
export const dialogOpenData = (formId: string, prefill: Record<string, string>): DialogOpenData => ({
  verb: DIALOG_VERB,
  formId,
  prefill,
});
