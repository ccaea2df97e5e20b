import type { Block, Button, ListItem, Option, Tone } from '../../commands/view/card.js';
import type { AcAction, AcElement, RenderLabels } from './adaptive-card.types.js';
import { dialogOpenData, FORM_OPEN_ACTION, PICKER_INPUT, PICKER_INPUT_KEY } from './teams-verbs.js';

/** Teams' and Adaptive Cards' limits, kept well inside what the service accepts. */
export const AC_LIMITS = {
  /** Teams rejects messages over ~28 KB; the activity envelope needs the rest. */
  cardBytes: 26_000,
  listItems: 25,
  tableRows: 30,
  facts: 30,
  textChars: 3_000,
  titleChars: 200,
  pickerOptions: 100,
  /** More buttons than this go to the card's overflow menu. */
  buttonsPerSet: 6,
  /** Base64 characters of an inline PNG; larger charts are replaced by their title and alt text. */
  imageChars: 18_000,
  fallbackChars: 1_000,
} as const;

/** One element of the card body; `item` marks list entries and table rows, counted when truncating. */
export interface Piece {
  el: AcElement;
  item?: boolean;
}

export interface BlockContext {
  labels: RenderLabels;
  /** Pickers rendered so far: input ids must be unique within a card. */
  pickers: number;
}

const TONE_COLOR: Record<Tone, string> = {
  info: 'Default',
  success: 'Good',
  warning: 'Warning',
  error: 'Attention',
};

export const toneColor = (tone: Tone | undefined) => (tone ? TONE_COLOR[tone] : 'Default');

export const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** `**bold**` is already Adaptive Card markdown; line breaks need a blank line to show in Teams. */
export const markdown = (text: string, max: number = AC_LIMITS.textChars) =>
  clip(text, max)
    .replace(/\*\*\s*(.+?)\s*\*\*/g, '**$1**')
    .replace(/\r\n?/g, '\n')
    .replace(/\n+/g, '\n\n');

export const textBlock = (text: string, extra: Record<string, unknown> = {}): AcElement => ({
  type: 'TextBlock',
  text: markdown(text),
  wrap: true,
  ...extra,
});

export function buttonAction(b: Button, secondary = false): AcAction {
  const style = b.style === 'primary' ? 'positive' : b.style === 'danger' ? 'destructive' : undefined;
  const extra = { ...(style ? { style } : {}), ...(secondary ? { mode: 'secondary' } : {}) };
  const title = clip(b.label, AC_LIMITS.titleChars);
  if (b.action.id === FORM_OPEN_ACTION) {
    // Action.Execute cannot open a dialog; this button opens it directly (task/fetch).
    const { form = '', ...prefill } = b.action.value;
    return {
      type: 'Action.Submit',
      title,
      data: { ...dialogOpenData(form, prefill), msteams: { type: 'task/fetch' } },
      ...extra,
    };
  }
  return {
    type: 'Action.Execute',
    title,
    verb: b.action.id,
    data: { ...b.action.value },
    associatedInputs: 'none',
    ...extra,
  };
}

export const actionSet = (buttons: Button[]): AcElement => ({
  type: 'ActionSet',
  actions: buttons.map((b, i) => buttonAction(b, i >= AC_LIMITS.buttonsPerSet)),
});

function listItem(item: ListItem, first: boolean): Piece {
  const items: AcElement[] = [textBlock(item.title, { weight: 'Bolder' })];
  if (item.detail) items.push(textBlock(item.detail, { isSubtle: true, spacing: 'None' }));
  if (item.buttons?.length) items.push(actionSet(item.buttons));
  return { el: { type: 'Container', items, ...(first ? {} : { separator: true }) }, item: true };
}

function moreLine(count: number, labels: RenderLabels): Piece {
  return { el: textBlock(labels.more(count), { size: 'Small', isSubtle: true }) };
}

function tableRow(cells: string[], align: ('left' | 'right')[] | undefined, header: boolean): Piece {
  return {
    el: {
      type: 'ColumnSet',
      columns: cells.map((cell, i) => ({
        type: 'Column',
        width: 'stretch',
        items: [
          textBlock(clip(cell, AC_LIMITS.titleChars), {
            ...(align?.[i] === 'right' ? { horizontalAlignment: 'Right' } : {}),
            ...(header ? { weight: 'Bolder' } : {}),
          }),
        ],
      })),
      ...(header ? {} : { spacing: 'Small' }),
    },
    item: !header,
  };
}

function picker(
  prompt: string,
  action: { id: string; value: Record<string, string> },
  options: Option[],
  ctx: BlockContext,
): Piece[] {
  ctx.pickers += 1;
  const inputId = ctx.pickers === 1 ? PICKER_INPUT : `${PICKER_INPUT}.${ctx.pickers}`;
  const shown = options.slice(0, AC_LIMITS.pickerOptions);
  return [
    { el: textBlock(prompt) },
    {
      el: {
        type: 'Input.ChoiceSet',
        id: inputId,
        style: 'compact',
        isRequired: true,
        errorMessage: ctx.labels.choose,
        ...(shown[0] ? { value: shown[0].value } : {}),
        choices: shown.map((o) => ({
          title: clip(o.detail ? `${o.label} — ${o.detail}` : o.label, AC_LIMITS.titleChars),
          value: o.value,
        })),
      },
    },
    {
      el: {
        type: 'ActionSet',
        actions: [
          {
            type: 'Action.Execute',
            title: ctx.labels.choose,
            verb: action.id,
            data: { ...action.value, ...(inputId === PICKER_INPUT ? {} : { [PICKER_INPUT_KEY]: inputId }) },
          },
        ],
      },
    },
  ];
}

/** One neutral block as Adaptive Card elements. */
export function blockPieces(b: Block, ctx: BlockContext): Piece[] {
  switch (b.type) {
    case 'text':
      return [{ el: textBlock(b.text, b.tone && b.tone !== 'info' ? { color: toneColor(b.tone) } : {}) }];
    case 'heading':
      return [{ el: textBlock(b.text, { size: 'Medium', weight: 'Bolder', spacing: 'Medium' }) }];
    case 'context':
      return [{ el: textBlock(b.text, { size: 'Small', isSubtle: true }) }];
    case 'divider':
      return [];
    case 'fields': {
      const facts = b.fields.slice(0, AC_LIMITS.facts).map((f) => ({
        title: clip(f.label, AC_LIMITS.titleChars),
        value: markdown(f.value, AC_LIMITS.textChars),
      }));
      const rest = b.fields.length - facts.length;
      return [{ el: { type: 'FactSet', facts } }, ...(rest > 0 ? [moreLine(rest, ctx.labels)] : [])];
    }
    case 'list': {
      if (!b.items.length) return b.empty ? [{ el: textBlock(b.empty, { isSubtle: true }) }] : [];
      const shown = b.items.slice(0, AC_LIMITS.listItems);
      const rest = b.items.length - shown.length;
      return [
        ...shown.map((item, i) => listItem(item, i === 0)),
        ...(rest > 0 ? [moreLine(rest, ctx.labels)] : []),
      ];
    }
    case 'table': {
      const rows = b.rows.slice(0, AC_LIMITS.tableRows);
      const rest = b.rows.length - rows.length;
      return [
        tableRow(b.columns, b.align, true),
        ...rows.map((r) => tableRow(r, b.align, false)),
        ...(rest > 0 ? [moreLine(rest, ctx.labels)] : []),
      ];
    }
    case 'image': {
      const title = { el: textBlock(b.title, { weight: 'Bolder' }) };
      // A published address keeps the card small; inline data only for images that fit the card budget.
      if (b.url) return [title, { el: { type: 'Image', url: b.url, altText: b.alt, size: 'Stretch' } }];
      const base64 = Buffer.from(b.png).toString('base64');
      if (base64.length > AC_LIMITS.imageChars) {
        return [title, { el: textBlock(b.alt, { isSubtle: true }) }];
      }
      return [
        title,
        { el: { type: 'Image', url: `data:image/png;base64,${base64}`, altText: b.alt, size: 'Stretch' } },
      ];
    }
    case 'actions':
      return b.buttons.length ? [{ el: actionSet(b.buttons) }] : [];
    case 'picker':
      return picker(b.prompt, b.action, b.options, ctx);
  }
}
