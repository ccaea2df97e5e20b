/** Block Kit limits (api.slack.com/reference/block-kit). Renderers enforce every one of them. */
export const LIMITS = {
  messageBlocks: 50,
  modalBlocks: 100,
  homeBlocks: 100,
  headerText: 150,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  optionDescription: 75,
  optionGroupLabel: 75,
  placeholder: 150,
  modalTitle: 24,
  modalSubmit: 24,
  modalClose: 24,
  privateMetadata: 3000,
  callbackId: 255,
  inputLabel: 2000,
  inputHint: 2000,
  textInputMax: 3000,
  /** The notification text of a message; Slack cuts at 40,000, previews show far less. */
  fallbackText: 3000,
  /** Options one block_suggestion answer may return. */
  suggestionOptions: 100,
} as const;

/** Cuts `text` to `max` characters (code points), marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Length in characters as Slack counts them (code points, not UTF-16 units). */
export const charCount = (text: string) => Array.from(text).length;
