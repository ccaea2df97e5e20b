import { describe, expect, it } from 'vitest';
import { loadConfig, playgroundEnabled, slackEnabled, teamsEnabled } from './config.js';

describe('loadConfig', () => {
  it('applies defaults with an empty environment', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', LOG_LEVEL: 'info', KONTAKT_DB_ENGINE: 'auto' });
    expect(c.MONGODB_URI).toBeUndefined();
    expect(playgroundEnabled(c)).toBe(true);
    expect(slackEnabled(c)).toBe(false);
    expect(teamsEnabled(c)).toBe(false);
  });

  it('names the variable and what is valid', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT: .*number.*"eighty"/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL: .*"fatal".*"loud"/s);
    expect(() => loadConfig({ MONGODB_URI: 'postgres://x' })).toThrow(
      /MONGODB_URI: must start with mongodb:\/\//,
    );
    expect(() => loadConfig({ KONTAKT_DB_NAME: 'a.b' })).toThrow(/KONTAKT_DB_NAME/);
  });

  it('rejects incomplete platform settings without echoing secrets', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET: is required/);
    expect(() => loadConfig({ SLACK_CLIENT_ID: '1' })).toThrow(/SLACK_CLIENT_SECRET: is required/);
    expect(() => loadConfig({ SLACK_STATE_SECRET: 'short' })).toThrow(
      /SLACK_STATE_SECRET: must be at least 16 characters/,
    );
    expect(() => loadConfig({ MICROSOFT_APP_ID: 'abc' })).toThrow(/MICROSOFT_APP_PASSWORD: is required/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxp-1', SLACK_SIGNING_SECRET: 's' })).toThrow(
      /SLACK_BOT_TOKEN: must start with xoxb-$/m,
    );
  });

  it('turns the playground off when a platform is configured unless forced on', () => {
    const slack = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' });
    expect(slackEnabled(slack)).toBe(true);
    expect(playgroundEnabled(slack)).toBe(false);
    expect(
      playgroundEnabled(
        loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', KONTAKT_PLAYGROUND: 'on' }),
      ),
    ).toBe(true);
    expect(teamsEnabled(loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: 'true' }))).toBe(true);
  });
});
