import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { App } from '@slack/bolt';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  BOT_SCOPES,
  EVENTS,
  LOG_SHORTCUT,
  METHOD_SCOPES,
  SLASH_COMMAND,
} from '../../src/bot/slack/registrations.js';
import { createSlackApp, EVENTS_PATH, REDIRECT_PATH } from '../../src/bot/slack/slack.app.js';
import { deliveryRepository } from '../../src/domain/deliveries/db/delivery.mongo-repository.js';
import { installationRepository } from '../../src/domain/installations/db/installation.mongo-repository.js';
import { createLogger } from '../../src/shared/logger.js';
import { commandHarness } from '../support/commands.js';
import { useTestDatabase } from '../support/database.js';

interface Manifest {
  display_information: { name: string };
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: { command: string; url: string; usage_hint: string; should_escape: boolean }[];
    shortcuts: { type: string; callback_id: string; name: string }[];
  };
  oauth_config: { redirect_urls: string[]; scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string; message_menu_options_url: string };
    socket_mode_enabled: boolean;
  };
}

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as Manifest;
const PLACEHOLDER = 'https://YOUR-HOST';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

const db = useTestDatabase();
const registered = { commands: [] as unknown[], shortcuts: [] as unknown[], events: [] as unknown[] };

beforeAll(async () => {
  const spies = [
    vi.spyOn(App.prototype, 'command').mockImplementation(function (this: App, id: unknown) {
      registered.commands.push(id);
    }),
    vi.spyOn(App.prototype, 'shortcut').mockImplementation(function (this: App, c: unknown) {
      registered.shortcuts.push(c);
    }),
    vi.spyOn(App.prototype, 'event').mockImplementation(function (this: App, e: unknown) {
      registered.events.push(e);
    }),
  ];
  const { kontakt } = await commandHarness(db.conn, 'manifest');
  createSlackApp({
    http: express(),
    settings: { signingSecret: 's', botToken: 'xoxb-x', botId: 'B', botUserId: 'U' },
    deps: {
      kontakt,
      log: createLogger('silent'),
      deliveries: deliveryRepository(db.conn, { now: () => new Date() }),
      installations: installationRepository(db.conn),
    },
  });
  for (const s of spies) s.mockRestore();
});
afterAll(() => vi.restoreAllMocks());

describe('manifest.json', () => {
  it('declares the slash command and the message shortcut the app registers', () => {
    expect(registered.commands).toEqual([SLASH_COMMAND]);
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([SLASH_COMMAND]);
    expect(manifest.features.slash_commands[0]?.usage_hint).toMatch(/help/);
    expect(manifest.features.slash_commands[0]?.should_escape).toBe(true);
    expect(registered.shortcuts).toEqual([{ callback_id: LOG_SHORTCUT, type: 'message_action' }]);
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ type: 'message', callback_id: LOG_SHORTCUT, name: 'Log to CRM' }),
    ]);
  });

  it('subscribes to exactly the events the app handles', () => {
    expect([...registered.events].sort()).toEqual([...EVENTS].sort());
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...EVENTS].sort());
  });

  it('requests the scopes of every Web API method the adapter calls, and no others', () => {
    const called = new Set<string>();
    for (const file of sourceFiles('src/bot/slack')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/client\.(chat|conversations|users|views|files|auth)\.(\w+)\(/g)) {
        called.add(`${m[1]}.${m[2]}`);
      }
    }
    expect(called.size).toBeGreaterThan(5);
    for (const method of called) {
      expect(METHOD_SCOPES, `${method} has no scope entry`).toHaveProperty([method]);
      for (const scope of METHOD_SCOPES[method] ?? [])
        expect(manifest.oauth_config.scopes.bot).toContain(scope);
    }
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
  });

  it('enables the home and messages tabs, interactivity with options, and Socket Mode', () => {
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
    const url = `${PLACEHOLDER}${EVENTS_PATH}`;
    expect(manifest.features.slash_commands[0]?.url).toBe(url);
    expect(manifest.settings.event_subscriptions.request_url).toBe(url);
    expect(manifest.settings.interactivity).toEqual({
      is_enabled: true,
      request_url: url,
      message_menu_options_url: url,
    });
    expect(manifest.oauth_config.redirect_urls).toEqual([`${PLACEHOLDER}${REDIRECT_PATH}`]);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});

describe('architecture', () => {
  it('keeps @slack/* imports inside src/bot/slack', () => {
    const offenders = sourceFiles('src')
      .filter((f) => !relative('src', f).startsWith(join('bot', 'slack')))
      .filter((f) => /from ['"]@slack\//.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps mongoose out of the Slack adapter and the renderers free of I/O', () => {
    for (const file of sourceFiles('src/bot/slack')) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from ['"]mongoose['"]/);
    }
    for (const file of [
      'blockkit.renderer.ts',
      'modal.renderer.ts',
      'modal-values.ts',
      'table.renderer.ts',
    ]) {
      const text = readFileSync(join('src/bot/slack', file), 'utf8');
      expect(text, file).not.toMatch(/await |WebClient|domain\//);
    }
  });
});
