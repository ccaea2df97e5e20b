import type { Card } from '../../commands/view/card.js';
import { fallbackText } from '../../commands/view/fallback-text.js';
import {
  AC_LIMITS,
  type BlockContext,
  blockPieces,
  clip,
  type Piece,
  textBlock,
  toneColor,
} from './adaptive-blocks.renderer.js';
import {
  type AcElement,
  ADAPTIVE_CARD_SCHEMA,
  ADAPTIVE_CARD_VERSION,
  type AdaptiveCard,
  type RenderLabels,
} from './adaptive-card.types.js';
import { PICKER_INPUT, PICKER_INPUT_KEY } from './teams-verbs.js';

export { AC_LIMITS } from './adaptive-blocks.renderer.js';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** Room kept for the "… and N more" line that replaces what did not fit. */
const MORE_RESERVE = 300;

function headerPieces(card: Card): Piece[] {
  const title = textBlock(clip(card.title, AC_LIMITS.titleChars), {
    size: 'Large',
    weight: 'Bolder',
    ...(card.tone && card.tone !== 'info' ? { color: toneColor(card.tone) } : {}),
  });
  return [
    { el: title },
    ...(card.subtitle ? [{ el: textBlock(card.subtitle, { isSubtle: true, spacing: 'None' }) }] : []),
  ];
}

/** Keeps whole elements while the card stays under the size limit; says how many entries were left out. */
function fitToBudget(pieces: Piece[], budget: number, labels: RenderLabels): AcElement[] {
  const body: AcElement[] = [];
  let used = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    const size = bytes(piece.el) + 1;
    if (used + size > budget - MORE_RESERVE) {
      const rest = pieces.slice(i);
      const items = rest.filter((p) => p.item).length;
      body.push(textBlock(labels.more(items || rest.length), { size: 'Small', isSubtle: true }));
      return body;
    }
    body.push(piece.el);
    used += size;
  }
  return body;
}

/** A neutral card as an Adaptive Card 1.5 for Teams. Pure: the same card always gives the same JSON. */
export function renderAdaptiveCard(card: Card, labels: RenderLabels): AdaptiveCard {
  const ctx: BlockContext = { labels, pickers: 0 };
  const pieces: Piece[] = headerPieces(card);
  let separate = false;
  for (const block of card.blocks) {
    if (block.type === 'divider') {
      separate = true;
      continue;
    }
    const rendered = blockPieces(block, ctx);
    const [first] = rendered;
    if (separate && first) {
      first.el = { ...first.el, separator: true, spacing: 'Medium' };
      separate = false;
    }
    pieces.push(...rendered);
  }
  const shell: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: ADAPTIVE_CARD_VERSION,
    body: [],
    fallbackText: clip(fallbackText(card), AC_LIMITS.fallbackChars),
    msteams: { width: 'Full' },
  };
  return { ...shell, body: fitToBudget(pieces, AC_LIMITS.cardBytes - bytes(shell), labels) };
}

/**
 * The neutral action value from an `Action.Execute`'s data: strings only, the picker's selection as
 * `choice`, other pickers' inputs dropped.
 */
export function actionValue(data: unknown): Record<string, string> {
  const raw = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  const input = typeof raw[PICKER_INPUT_KEY] === 'string' ? (raw[PICKER_INPUT_KEY] as string) : undefined;
  const value: Record<string, string> = {};
  for (const [key, v] of Object.entries(raw)) {
    if (key === PICKER_INPUT_KEY || key === 'msteams' || key.startsWith(`${PICKER_INPUT}.`)) continue;
    if (typeof v === 'string') value[key] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') value[key] = String(v);
  }
  if (input) value[PICKER_INPUT] = typeof raw[input] === 'string' ? (raw[input] as string) : '';
  return value;
}
