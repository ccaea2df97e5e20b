import type { types } from '@slack/bolt';
import type { Button, Option } from '../../commands/view/card.js';
import { encodeActionId, encodeValue } from './action-ref.js';
import { LIMITS, truncate } from './limits.js';
import { toPlain } from './mrkdwn.js';

export type SlackBlock = types.KnownBlock;
export type SlackButton = types.Button;
export type SlackOption = types.PlainTextOption;

export const plain = (text: string, max: number): types.PlainTextElement => ({
  type: 'plain_text',
  text: truncate(toPlain(text), max) || ' ',
  emoji: true,
});

export const mrkdwn = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text: text || ' ' });

/** A Slack button, or undefined when its value cannot fit Slack's 2,000 characters. */
export function slackButton(b: Button, n: number): SlackButton | undefined {
  const value = encodeValue(b.action.value);
  if (value === undefined) return undefined;
  return {
    type: 'button',
    text: plain(b.label, LIMITS.buttonText),
    action_id: encodeActionId(b.action.id, n),
    value,
    ...(b.style ? { style: b.style } : {}),
  };
}

/** An option of a select menu: label and detail cut to Slack's 75 characters. */
export const slackOption = (o: Option): SlackOption => ({
  text: plain(o.label, LIMITS.optionText),
  value: o.value,
  ...(o.detail ? { description: plain(o.detail, LIMITS.optionDescription) } : {}),
});

/** Splits a list into chunks of `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
