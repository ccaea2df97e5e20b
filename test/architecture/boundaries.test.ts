import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve('src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every import of a file: bare package names, or paths relative to src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g),
  ].map((m) => (m[1] ?? m[2]) as string);
  return specs.map((s) => (s.startsWith('.') ? relative(root, resolve(dirname(file), s)) : s));
}

const files = sources(root).map((f) => ({ path: relative(root, f), imports: importsOf(f) }));
const violations = (rule: (path: string, spec: string) => boolean) =>
  files.flatMap((f) => f.imports.filter((spec) => rule(f.path, spec)).map((spec) => `${f.path} → ${spec}`));

describe('dependency rules', () => {
  it('reads the source tree', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('only domain/*/db imports mongoose', () => {
    expect(violations((p, s) => s === 'mongoose' && !/^domain\/([^/]+\/)?db\//.test(p))).toEqual([]);
  });

  it('only bot/slack imports the Slack SDK and only bot/teams the Teams SDK', () => {
    expect(violations((p, s) => s.startsWith('@slack/') && !p.startsWith('bot/slack/'))).toEqual([]);
    expect(
      violations(
        (p, s) => /^(botbuilder|@microsoft\/teams-ai|botframework-)/.test(s) && !p.startsWith('bot/teams/'),
      ),
    ).toEqual([]);
  });

  it('the domain depends on nothing above it', () => {
    expect(
      violations((p, s) => p.startsWith('domain/') && /^(commands|bot|jobs|i18n|app|main)\b/.test(s)),
    ).toEqual([]);
  });

  it('commands never reach into the adapters or the jobs', () => {
    expect(violations((p, s) => p.startsWith('commands/') && /^(bot|jobs|app|main)\b/.test(s))).toEqual([]);
  });

  it('shared code depends on no layer', () => {
    expect(
      violations((p, s) => p.startsWith('shared/') && /^(domain|commands|bot|jobs|i18n)\b/.test(s)),
    ).toEqual([]);
  });

  it('adapters do not call each other', () => {
    expect(
      violations((p, s) => {
        const from = /^bot\/(slack|teams|web)\//.exec(p)?.[1];
        const to = /^bot\/(slack|teams|web)\//.exec(s)?.[1];
        return Boolean(from && to && from !== to);
      }),
    ).toEqual([]);
  });
});
