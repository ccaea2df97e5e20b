import { expect } from 'vitest';
import type { SlackBlock } from '../../../src/bot/slack/elements.js';
import { charCount, LIMITS } from '../../../src/bot/slack/limits.js';

export type Loose = Record<string, unknown> & { type: string };
export const textOf = (t: unknown) => String((t as { text?: string } | undefined)?.text ?? '');

/** Checks every Block Kit limit the renderer promises, on any rendered message. */
export function expectWithinLimits(blocks: SlackBlock[], max: number = LIMITS.messageBlocks) {
  expect(blocks.length).toBeLessThanOrEqual(max);
  const actionIds: string[] = [];
  const blockIds = blocks.flatMap((b) => (b.block_id ? [b.block_id] : []));
  expect(new Set(blockIds).size).toBe(blockIds.length);
  const element = (e: Loose) => {
    if (e.action_id) actionIds.push(String(e.action_id));
    if (e.type === 'button') {
      expect(charCount(textOf(e.text))).toBeLessThanOrEqual(LIMITS.buttonText);
      expect(String(e.value).length).toBeLessThanOrEqual(LIMITS.buttonValue);
    }
    if (e.type === 'static_select') {
      const options = e.options as Loose[];
      expect(options.length).toBeLessThanOrEqual(LIMITS.selectOptions);
      for (const o of options) {
        expect(charCount(textOf(o.text))).toBeLessThanOrEqual(LIMITS.optionText);
        expect(String(o.value).length).toBeLessThanOrEqual(LIMITS.optionValue);
        if (o.description)
          expect(charCount(textOf(o.description))).toBeLessThanOrEqual(LIMITS.optionDescription);
      }
    }
  };
  for (const b of blocks as unknown as Loose[]) {
    if (b.block_id) expect(String(b.block_id).length).toBeLessThanOrEqual(LIMITS.blockId);
    switch (b.type) {
      case 'header':
        expect(charCount(textOf(b.text))).toBeLessThanOrEqual(LIMITS.headerText);
        break;
      case 'section': {
        if (b.text) expect(charCount(textOf(b.text))).toBeLessThanOrEqual(LIMITS.sectionText);
        const fields = (b.fields as Loose[] | undefined) ?? [];
        expect(fields.length).toBeLessThanOrEqual(LIMITS.sectionFields);
        for (const f of fields) expect(charCount(textOf(f))).toBeLessThanOrEqual(LIMITS.fieldText);
        if (b.accessory) element(b.accessory as Loose);
        break;
      }
      case 'actions': {
        const elements = b.elements as Loose[];
        expect(elements.length).toBeGreaterThan(0);
        expect(elements.length).toBeLessThanOrEqual(LIMITS.actionsElements);
        const ids = elements.map((e) => e.action_id);
        expect(new Set(ids).size).toBe(ids.length);
        elements.forEach(element);
        break;
      }
      case 'context':
        for (const e of b.elements as Loose[])
          expect(charCount(textOf(e))).toBeLessThanOrEqual(LIMITS.contextText);
        break;
      case 'divider':
        break;
      default:
        throw new Error(`unexpected block type ${b.type}`);
    }
  }
  expect(new Set(actionIds).size).toBe(actionIds.length);
}
