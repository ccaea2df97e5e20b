import type { ActionRef } from '../../commands/view/card.js';
import { LIMITS } from './limits.js';

/**
 * Action ids carry the registered action id plus `#<n>`, because Slack wants action ids unique within a
 * block; button values carry the ActionRef's value as JSON. Both are parsed back without trusting them.
 */
const SUFFIX = /#\d+$/;

export const encodeActionId = (id: string, n: number) => `${id}#${n}`;

export const decodeActionId = (actionId: string) => actionId.replace(SUFFIX, '');

/** The JSON of a value, or undefined when it does not fit `max` characters. */
export function encodeValue(value: ActionRef['value'], max: number = LIMITS.buttonValue): string | undefined {
  const json = JSON.stringify(value);
  return json.length <= max ? json : undefined;
}

/** Parses a value back into string → string; anything malformed yields `{}` or drops the bad entries. */
export function decodeValue(raw: unknown): Record<string, string> {
  if (typeof raw !== 'string' || raw === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {};
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(parsed)) {
    if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  }
  return out;
}

/** Pickers keep their action's value in the block id: `pk<n>:<json>`. */
const PICKER_BLOCK = /^pk\d+:/;

export function encodePickerBlockId(value: ActionRef['value'], n: number): string | undefined {
  const id = `pk${n}:${JSON.stringify(value)}`;
  return id.length <= LIMITS.blockId ? id : undefined;
}

/** A picker shown as buttons (its value was too long for a block id) is still a picker. */
export const pickerButtonsBlockId = (n: number) => `pkb${n}`;

/** Whether an element sits in a picker's block (its choice replaces the message it came from). */
export const isPickerBlock = (blockId: unknown) => typeof blockId === 'string' && blockId.startsWith('pk');

export function decodePickerBlockId(blockId: unknown): Record<string, string> | undefined {
  if (typeof blockId !== 'string' || !PICKER_BLOCK.test(blockId)) return undefined;
  return decodeValue(blockId.replace(PICKER_BLOCK, ''));
}
