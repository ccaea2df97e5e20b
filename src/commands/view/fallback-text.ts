import type { Block, Card } from './card.js';

const strip = (text: string) => text.replace(/\*\*(.+?)\*\*/g, '$1');

function blockText(b: Block): string[] {
  switch (b.type) {
    case 'text':
    case 'heading':
    case 'context':
      return [strip(b.text)];
    case 'fields':
      return b.fields.map((f) => `${f.label}: ${strip(f.value)}`);
    case 'list':
      return b.items.length
        ? b.items.map((i) => `• ${strip(i.title)}${i.detail ? ` — ${strip(i.detail)}` : ''}`)
        : b.empty
          ? [b.empty]
          : [];
    case 'table':
      return [b.columns.join(' | '), ...b.rows.map((r) => r.join(' | '))];
    case 'picker':
      return [b.prompt, ...b.options.map((o) => `• ${o.label}${o.detail ? ` (${o.detail})` : ''}`)];
    case 'image':
      return [b.title];
    case 'divider':
    case 'actions':
      return [];
  }
}

/** Plain text of a card: notification previews, screen readers, and platforms' `text` fallbacks. */
export function fallbackText(card: Card): string {
  return [card.title, ...(card.subtitle ? [card.subtitle] : []), ...card.blocks.flatMap(blockText)].join(
    '\n',
  );
}
