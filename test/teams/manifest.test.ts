import { readFileSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { COLOR_ICON_SIZE, OUTLINE_ICON_SIZE } from '../../src/bot/teams/package/icons.js';
import { pngInfo } from '../../src/bot/teams/package/png.js';
import {
  fillManifest,
  MANIFEST_LIMITS,
  manifestIssues,
  type TeamsManifest,
} from '../../src/bot/teams/package/teams-manifest.js';
import { zip } from '../../src/bot/teams/package/zip.js';
import { HOME_WORDS, LOG_COMMAND, SEARCH_COMMAND } from '../../src/bot/teams/teams-verbs.js';
import { createCommandLayer } from '../../src/commands/index.js';
import { createNotifierHub } from '../../src/commands/notifier.js';
import type { Repositories } from '../../src/domain/repositories.js';
import { i18n } from '../../src/i18n/catalog.js';
import { systemClock } from '../../src/shared/clock.js';

const template = readFileSync('teams/manifest.json', 'utf8');
const icons = { color: readFileSync('teams/color.png'), outline: readFileSync('teams/outline.png') };
const vars = {
  appId: '11111111-2222-3333-4444-555555555555',
  publicUrl: 'https://kontakt.example.com/some/path',
};
const manifest = () => fillManifest(template, vars);
// The registry is built without touching the repositories.
const registry = createCommandLayer({
  repos: {} as Repositories,
  clock: systemClock,
  i18n,
  notify: createNotifierHub(),
}).registry;

describe('teams/manifest.json', () => {
  it('passes the v1.17 limits with the committed icons', () => {
    const m = manifest();
    expect(m.manifestVersion).toBe('1.17');
    expect(m.$schema).toBe(
      'https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json',
    );
    expect(manifestIssues(m, icons)).toEqual([]);
  });

  it('fills in the app id everywhere and the public host as valid domain', () => {
    const m = manifest();
    expect(m.id).toBe(vars.appId);
    expect(m.bots[0]?.botId).toBe(vars.appId);
    expect(m.composeExtensions?.[0]?.botId).toBe(vars.appId);
    expect(m.developer.websiteUrl).toBe('https://kontakt.example.com');
    expect(m.validDomains).toEqual(['kontakt.example.com']);
    expect(JSON.stringify(m)).not.toMatch(/\{\{/);
  });

  it('refuses to build without an app id, with a non-GUID id or without an https URL', () => {
    expect(() => fillManifest(template, { ...vars, appId: undefined })).toThrow(
      /MICROSOFT_APP_ID is not set/,
    );
    expect(() => fillManifest(template, { ...vars, appId: 'my-bot' })).toThrow(/must be a GUID/);
    expect(() => fillManifest(template, { ...vars, publicUrl: undefined })).toThrow(/PUBLIC_URL is not set/);
    expect(() => fillManifest(template, { ...vars, publicUrl: 'http://kontakt.example.com' })).toThrow(
      /https/,
    );
  });

  it('lists at most 10 bot commands with short titles and descriptions, each a registered command', () => {
    const lists = manifest().bots[0]?.commandLists ?? [];
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) {
      expect(list.commands.length).toBeLessThanOrEqual(MANIFEST_LIMITS.commandsPerList);
      for (const c of list.commands) {
        expect(c.title.length, c.title).toBeLessThanOrEqual(MANIFEST_LIMITS.commandTitle);
        expect(c.description.length, c.title).toBeLessThanOrEqual(MANIFEST_LIMITS.commandDescription);
      }
    }
    const titles = lists.flatMap((l) => l.commands.map((c) => c.title));
    // `home` is the Teams stand-in for Slack's App Home (handled by the adapter).
    const handled = (t: string) => registry.command(t) || (HOME_WORDS as readonly string[]).includes(t);
    expect(
      titles.filter((t) => !handled(t)),
      'manifest commands without a handler',
    ).toEqual([]);
    expect(new Set(lists.flatMap((l) => l.scopes))).toEqual(new Set(['personal', 'team', 'groupChat']));
  });

  it('declares exactly the message extension commands the app handles', () => {
    const commands = manifest().composeExtensions?.[0]?.commands ?? [];
    expect(commands.map((c) => c.id).sort()).toEqual([LOG_COMMAND, SEARCH_COMMAND].sort());
    const search = commands.find((c) => c.id === SEARCH_COMMAND);
    expect(search).toMatchObject({ type: 'query' });
    // The handler reads the parameter called `query`.
    expect(search?.parameters?.map((p) => p.name)).toEqual(['query']);
    expect(commands.find((c) => c.id === LOG_COMMAND)).toMatchObject({
      type: 'action',
      context: ['message'],
      fetchTask: true,
    });
    // The message action opens the log form, and the search shows accounts with their card.
    expect(registry.formIds()).toContain('log.interaction');
    expect(registry.actionIds()).toContain('account.show');
  });

  it('has icons of the right size, read from the PNG headers', () => {
    expect(pngInfo(icons.color)).toMatchObject({ width: COLOR_ICON_SIZE, height: COLOR_ICON_SIZE });
    expect(pngInfo(icons.outline)).toMatchObject({
      width: OUTLINE_ICON_SIZE,
      height: OUTLINE_ICON_SIZE,
      colorType: 6,
    });
    expect(() => pngInfo(Buffer.from('GIF89a not a png at all, certainly not'))).toThrow(/not a PNG/);
  });

  it('reports what Teams would reject', () => {
    const m: TeamsManifest = manifest();
    const bad: TeamsManifest = {
      ...m,
      name: { short: 'K'.repeat(31), full: m.name.full },
      bots: [
        {
          botId: m.id,
          commandLists: [
            {
              scopes: ['personal'],
              commands: Array.from({ length: 11 }, (_, i) => ({
                title: `c${i}`.padEnd(i === 0 ? 33 : 2, 'x'),
                description: 'd',
              })),
            },
          ],
        },
      ],
    };
    const issues = manifestIssues(bad, { color: icons.outline, outline: icons.color });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/name.short/),
        expect.stringMatching(/more than 10 commands/),
        expect.stringMatching(/command title is longer than 32/),
        expect.stringMatching(/color.png must be 192×192/),
        expect.stringMatching(/outline.png must be 32×32/),
      ]),
    );
  });
});

/** Reads a ZIP's central directory back: names, contents, CRCs. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const crc = archive.readUInt32LE(at + 16);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = inflateRawSync(archive.subarray(dataAt, dataAt + size));
    expect(crc32(data), name).toBe(crc);
    files.set(name, data);
    at += 46 + nameLength;
  }
  return files;
}

describe('app package zip', () => {
  it('round-trips the manifest and icons', () => {
    const json = Buffer.from(JSON.stringify(manifest()));
    const files = unzip(
      zip([
        { name: 'manifest.json', data: json },
        { name: 'color.png', data: icons.color },
        { name: 'outline.png', data: icons.outline },
      ]),
    );
    expect([...files.keys()]).toEqual(['manifest.json', 'color.png', 'outline.png']);
    expect(files.get('manifest.json')?.equals(json)).toBe(true);
    expect(files.get('outline.png')?.equals(icons.outline)).toBe(true);
  });
});
