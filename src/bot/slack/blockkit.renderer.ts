import type { Block, Button, Card, ListItem } from '../../commands/view/card.js';
import { fallbackText } from '../../commands/view/fallback-text.js';
import { encodeActionId, encodePickerBlockId, pickerButtonsBlockId } from './action-ref.js';
import {
  chunk,
  mrkdwn,
  plain,
  type SlackBlock,
  type SlackButton,
  slackButton,
  slackOption,
} from './elements.js';
import { LIMITS, truncate } from './limits.js';
import { splitText, toMrkdwn, tonePrefix } from './mrkdwn.js';
import { renderTable } from './table.renderer.js';

/** A PNG of the card that is uploaded next to the message (Block Kit cannot carry bytes). */
export interface CardImage {
  key: string;
  title: string;
  alt: string;
  png: Uint8Array;
}

export interface RenderedMessage {
  /** Notification and screen-reader text. */
  text: string;
  blocks: SlackBlock[];
  images: CardImage[];
  /** How many items did not fit the block limit (0 when everything is shown). */
  omitted: number;
}

export interface RenderOptions {
  /** 50 for messages, 100 for modals and the home tab. */
  maxBlocks?: number;
  /** The note ending a truncated card; the adapter passes the member's language. */
  moreText?: (count: number) => string;
}

export const defaultMoreText = (count: number) => `… and ${count} more not shown`;

/** Slack blocks that belong together (a list row and its buttons); `items` counts what a user would miss. */
interface Unit {
  blocks: SlackBlock[];
  items: number;
}

/** Numbers the action ids and picker block ids of one message, so that all of them are unique. */
interface Counter {
  next(): number;
}

const section = (text: string): SlackBlock => ({ type: 'section', text: mrkdwn(text) });

function buttonsUnits(buttons: Button[], counter: Counter, items: number, fromPicker = false): Unit[] {
  const elements = buttons
    .map((b) => slackButton(b, counter.next()))
    .filter((b): b is SlackButton => b !== undefined);
  return chunk(elements, LIMITS.actionsElements).map((els, i) => ({
    blocks: [
      {
        type: 'actions',
        elements: els,
        ...(fromPicker ? { block_id: pickerButtonsBlockId(counter.next()) } : {}),
      },
    ],
    items: i === 0 ? items : 0,
  }));
}

function listItemUnit(item: ListItem, counter: Counter): Unit {
  const text = truncate(
    `*${toMrkdwn(item.title)}*${item.detail ? `\n${toMrkdwn(item.detail)}` : ''}`,
    LIMITS.sectionText,
  );
  const buttons = item.buttons ?? [];
  const only = buttons.length === 1 && buttons[0] ? slackButton(buttons[0], counter.next()) : undefined;
  if (only) return { blocks: [{ type: 'section', text: mrkdwn(text), accessory: only }], items: 1 };
  const actions = buttons.length > 1 ? buttonsUnits(buttons, counter, 0).flatMap((u) => u.blocks) : [];
  return { blocks: [section(text), ...actions], items: 1 };
}

function pickerUnits(b: Extract<Block, { type: 'picker' }>, counter: Counter): Unit[] {
  const prompt = section(truncate(toMrkdwn(b.prompt), LIMITS.sectionText));
  const blockId = encodePickerBlockId(b.action.value, counter.next());
  const fits = b.options.every((o) => o.value.length <= LIMITS.optionValue);
  if (!blockId || !fits) {
    // The value cannot travel in the block id: every option becomes a button carrying value + choice.
    const buttons = b.options.map((o) => ({
      label: o.label,
      action: { id: b.action.id, value: { ...b.action.value, choice: o.value } },
    }));
    return [{ blocks: [prompt], items: 0 }, ...buttonsUnits(buttons, counter, 1, true)];
  }
  const options = b.options.map(slackOption);
  if (options.length <= LIMITS.selectOptions) {
    const accessory = {
      type: 'static_select' as const,
      action_id: encodeActionId(b.action.id, counter.next()),
      options,
    };
    return [{ blocks: [{ ...prompt, block_id: blockId, accessory } as SlackBlock], items: 1 }];
  }
  // More than one menu can hold: several menus side by side, 100 options each.
  const menus = chunk(options, LIMITS.selectOptions)
    .slice(0, LIMITS.actionsElements)
    .map((opts, i) => ({
      type: 'static_select' as const,
      action_id: encodeActionId(b.action.id, counter.next()),
      placeholder: plain(
        `${i * LIMITS.selectOptions + 1}–${i * LIMITS.selectOptions + opts.length}`,
        LIMITS.placeholder,
      ),
      options: opts,
    }));
  return [{ blocks: [prompt, { type: 'actions', block_id: blockId, elements: menus }], items: 1 }];
}

function blockUnits(b: Block, counter: Counter, images: CardImage[]): Unit[] {
  switch (b.type) {
    case 'text':
      return splitText(`${tonePrefix(b.tone)}${toMrkdwn(b.text)}`, LIMITS.sectionText).map((t) => ({
        blocks: [section(t)],
        items: 1,
      }));
    case 'heading':
      return [{ blocks: [{ type: 'header', text: plain(b.text, LIMITS.headerText) }], items: 0 }];
    case 'fields':
      return chunk(b.fields, LIMITS.sectionFields).map((fs) => ({
        blocks: [
          {
            type: 'section',
            fields: fs.map((f) =>
              mrkdwn(truncate(`*${toMrkdwn(f.label)}*\n${toMrkdwn(f.value)}`, LIMITS.fieldText)),
            ),
          },
        ],
        items: fs.length,
      }));
    case 'list':
      if (!b.items.length) {
        return b.empty
          ? [{ blocks: [section(truncate(toMrkdwn(b.empty), LIMITS.sectionText))], items: 0 }]
          : [];
      }
      return b.items.map((item) => listItemUnit(item, counter));
    case 'table':
      return renderTable(b).map((t) => ({ blocks: [section(t.text)], items: t.rows }));
    case 'divider':
      return [{ blocks: [{ type: 'divider' }], items: 0 }];
    case 'image':
      images.push({ key: b.key, title: b.title, alt: b.alt, png: b.png });
      return [];
    case 'actions':
      return buttonsUnits(b.buttons, counter, 1);
    case 'picker':
      return pickerUnits(b, counter);
    case 'context':
      return [
        {
          blocks: [{ type: 'context', elements: [mrkdwn(truncate(toMrkdwn(b.text), LIMITS.contextText))] }],
          items: 1,
        },
      ];
  }
}

/** Drops whole units from the end until the rest and a closing note fit `max` blocks. */
function fitBlocks(units: Unit[], max: number, moreText: (n: number) => string) {
  const total = units.reduce((n, u) => n + u.blocks.length, 0);
  if (total <= max) return { blocks: units.flatMap((u) => u.blocks), omitted: 0 };
  const kept: SlackBlock[] = [];
  let i = 0;
  for (; i < units.length; i++) {
    const unit = units[i] as Unit;
    if (kept.length + unit.blocks.length > max - 1) break;
    kept.push(...unit.blocks);
  }
  const omitted = units.slice(i).reduce((n, u) => n + u.items, 0);
  if (omitted > 0) {
    kept.push({ type: 'context', elements: [mrkdwn(truncate(moreText(omitted), LIMITS.contextText))] });
  }
  return { blocks: kept, omitted };
}

/** Renders a neutral card as Block Kit: pure, and within every limit Slack enforces. */
export function renderCard(card: Card, opts: RenderOptions = {}): RenderedMessage {
  let n = 0;
  const counter: Counter = { next: () => ++n };
  const images: CardImage[] = [];
  const head: Unit[] = [
    {
      blocks: [{ type: 'header', text: plain(`${tonePrefix(card.tone)}${card.title}`, LIMITS.headerText) }],
      items: 0,
    },
  ];
  if (card.subtitle) {
    head.push({
      blocks: [
        { type: 'context', elements: [mrkdwn(truncate(toMrkdwn(card.subtitle), LIMITS.contextText))] },
      ],
      items: 0,
    });
  }
  const units = [...head, ...card.blocks.flatMap((b) => blockUnits(b, counter, images))];
  const { blocks, omitted } = fitBlocks(
    units,
    opts.maxBlocks ?? LIMITS.messageBlocks,
    opts.moreText ?? defaultMoreText,
  );
  return { text: truncate(fallbackText(card), LIMITS.fallbackText), blocks, images, omitted };
}
