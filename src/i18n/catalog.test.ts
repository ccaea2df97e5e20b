import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { bundles, i18n } from './catalog.js';

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if ('value' in el && typeof el.value === 'string' && el.type !== TYPE.tag) into.add(el.value);
    if (el.type === TYPE.tag) argumentsOf(el.children, into);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

describe('message catalog', () => {
  for (const [area, bundle] of Object.entries(bundles)) {
    it(`${area}: every key exists in English and German with the same placeholders`, () => {
      expect(Object.keys(bundle.de).sort()).toEqual(Object.keys(bundle.en).sort());
      for (const [key, en] of Object.entries(bundle.en)) {
        const de = bundle.de[key as keyof typeof bundle.de] as string;
        expect(de.trim(), key).not.toBe('');
        expect([...argumentsOf(parse(de))].sort(), key).toEqual([...argumentsOf(parse(en))].sort());
      }
    });
  }

  it('formats placeholders and plurals per language', () => {
    expect(i18n.t('de', 'errors.account.duplicate', { name: 'Acme GmbH' })).toBe(
      'Einen Kunden namens „Acme GmbH“ gibt es schon.',
    );
    expect(i18n.t('en', 'errors.account.duplicate', { name: 'Acme GmbH' })).toBe(
      'An account called “Acme GmbH” already exists.',
    );
  });
});

describe('every coded error has a message', () => {
  it('finds a catalog entry for each code used in the source', async () => {
    const { readFileSync, readdirSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts') && !path.endsWith('.test.ts')) files.push(path);
      }
    };
    walk('src');
    const codes = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/appError\(\s*'([a-z_]+\.[a-z_]+)'/g)) codes.add(m[1] as string);
      for (const m of text.matchAll(/error: '([a-z_]+\.[a-z_]+)'/g)) codes.add(m[1] as string);
    }
    expect(codes.size).toBeGreaterThan(5);
    const missing = [...codes].filter((code) => !i18n.has(`errors.${code}`));
    expect(missing).toEqual([]);
  });
});
