/**
 * The neutral view every command returns. Pure renderers turn it into Slack Block Kit, Teams Adaptive
 * Cards and the playground's HTML; none of them adds meaning of its own.
 */

/** A reference to a registered action and the small payload it needs (kept well under 2,000 chars). */
export interface ActionRef {
  /** Registered action id, e.g. `deal.stage`. */
  id: string;
  value: Record<string, string>;
}

export interface Button {
  label: string;
  action: ActionRef;
  style?: 'primary' | 'danger';
}

export interface Option {
  /** Shown to the user. */
  label: string;
  /** Sent back: usually a record id. */
  value: string;
  detail?: string;
}

export type Tone = 'info' | 'success' | 'warning' | 'error';

export type Block =
  /** A paragraph. `**bold**` is the only markup; renderers translate it. */
  | { type: 'text'; text: string; tone?: Tone }
  | { type: 'heading'; text: string }
  | { type: 'fields'; fields: { label: string; value: string }[] }
  /** Rows with an optional line of detail and buttons each. */
  | { type: 'list'; items: ListItem[]; empty?: string }
  | { type: 'table'; columns: string[]; rows: string[][]; align?: ('left' | 'right')[] }
  | { type: 'divider' }
  /**
   * A PNG shown inline (charts). `key` names it for uploads (Slack); `url`, when Kontakt has a public
   * address, is where the same PNG can be fetched (Teams shows card images by address).
   */
  | { type: 'image'; alt: string; png: Uint8Array; key: string; title: string; url?: string }
  | { type: 'actions'; buttons: Button[] }
  /** Choose one of several (ambiguity, stage selection): each option runs `action` with `{...value, choice}`. */
  | { type: 'picker'; prompt: string; action: ActionRef; options: Option[] }
  | { type: 'context'; text: string };

export interface ListItem {
  title: string;
  detail?: string;
  buttons?: Button[];
}

export interface Card {
  title: string;
  subtitle?: string;
  blocks: Block[];
  tone?: Tone;
}

export const card = (
  title: string,
  blocks: Block[],
  extra: Partial<Omit<Card, 'title' | 'blocks'>> = {},
): Card => ({
  title,
  blocks,
  ...extra,
});

export const button = (
  label: string,
  id: string,
  value: Record<string, string> = {},
  style?: Button['style'],
): Button => ({ label, action: { id, value }, ...(style ? { style } : {}) });
