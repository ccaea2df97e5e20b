import type { Block } from '../../commands/view/card.js';
import { charCount, LIMITS, truncate } from './limits.js';
import { escapeMrkdwn, toPlain } from './mrkdwn.js';

type Table = Extract<Block, { type: 'table' }>;

/** Widest a column may get before its cells are cut; keeps rows readable on a phone. */
const MAX_COLUMN = 40;
const FENCE = '```';

const pad = (text: string, width: number, right: boolean) => {
  const gap = ' '.repeat(Math.max(0, width - charCount(text)));
  return right ? gap + text : text + gap;
};

/**
 * A table as monospace code blocks, each within a section's 3,000 characters. Rows that do not fit go
 * to the next block, which repeats the header row.
 */
export function renderTable(table: Table): { text: string; rows: number }[] {
  const cells = (row: string[]) =>
    table.columns.map((_, i) => truncate(toPlain(row[i] ?? ''), MAX_COLUMN).replace(/\s+/g, ' '));
  const head = cells(table.columns);
  const body = table.rows.map(cells);
  const widths = head.map((h, i) => Math.max(charCount(h), ...body.map((r) => charCount(r[i] ?? ''))));
  const line = (row: string[]) =>
    escapeMrkdwn(
      row
        .map((c, i) => pad(c, widths[i] ?? 0, table.align?.[i] === 'right'))
        .join('  ')
        .trimEnd(),
    );
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const header = truncate(`${line(head)}\n${rule}`, Math.floor(LIMITS.sectionText / 2));
  const budget = LIMITS.sectionText - 2 * FENCE.length - 2;
  const pieces: { text: string; rows: number }[] = [];
  let current: string[] = [];
  const flush = () => {
    pieces.push({ text: `${FENCE}\n${[header, ...current].join('\n')}\n${FENCE}`, rows: current.length });
    current = [];
  };
  for (const row of body) {
    const next = truncate(line(row), budget - charCount(header) - 1);
    if (current.length && charCount([header, ...current, next].join('\n')) > budget) flush();
    current.push(next);
  }
  if (current.length || !pieces.length) flush();
  return pieces;
}
