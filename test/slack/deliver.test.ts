import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deliver, postPrivately, type Surface } from '../../src/bot/slack/deliver.js';
import type { Kontakt } from '../../src/commands/kontakt.js';
import type { Card } from '../../src/commands/view/card.js';
import { createLogger } from '../../src/shared/logger.js';
import { commandHarness } from '../support/commands.js';
import { useTestDatabase } from '../support/database.js';
import { FakeSlack } from './support/fake-slack.js';

const db = useTestDatabase();
const fake = new FakeSlack();
let kontakt: Kontakt;
const responded: unknown[] = [];

beforeAll(async () => {
  await fake.start();
  kontakt = (await commandHarness(db.conn, 'deliver')).kontakt;
});
afterAll(async () => {
  await fake.stop();
});
beforeEach(() => {
  fake.reset();
  responded.length = 0;
});

const surface = (): Surface => ({
  inv: {
    platform: 'slack',
    tenantExternalId: 'T1',
    user: { platformUserId: 'UADA', profile: async () => ({ displayName: 'Ada', locale: 'de' }) },
    channel: { id: 'C1' },
    source: 'slash',
  },
  client: new webApi.WebClient('xoxb-d', { slackApiUrl: `${fake.url}/api/`, retryConfig: { retries: 0 } }),
  userId: 'UADA',
  triggerId: 'trg-d',
  channelId: 'C1',
  respond: async (msg) => {
    responded.push(msg);
    return new Response('{}');
  },
});

const chart: Card = {
  title: 'Forecast',
  blocks: [
    { type: 'image', alt: 'chart', png: new Uint8Array([1, 2, 3, 4]), key: 'forecast', title: 'Q1' },
    { type: 'text', text: 'Commit 80.000 €' },
  ],
};
const deps = () => ({ kontakt, log: createLogger('silent') });

describe('delivering results from a request', () => {
  it('posts a channel card in the channel and uploads its chart there', async () => {
    await deliver(deps(), surface(), { kind: 'card', card: chart, visibility: 'channel' });
    expect(responded).toEqual([
      expect.objectContaining({
        response_type: 'in_channel',
        replace_original: false,
        text: expect.stringMatching(/^Forecast/),
      }),
    ]);
    expect(fake.callsOf('files.completeUploadExternal')[0]?.params).toMatchObject({
      channel_id: 'C1',
      initial_comment: 'Forecast',
    });
  });

  it('keeps a private card’s chart out of the channel: it goes to the member’s DM', async () => {
    await deliver(deps(), surface(), { kind: 'card', card: chart });
    expect(responded).toEqual([expect.objectContaining({ response_type: 'ephemeral' })]);
    expect(fake.callsOf('conversations.open')[0]?.params.users).toBe('UADA');
    expect(fake.callsOf('files.completeUploadExternal')[0]?.params.channel_id).toBe('DUADA');
  });

  it('replaces the original message for `replace` results', async () => {
    await deliver(deps(), surface(), { kind: 'card', card: { title: 'Moved', blocks: [] }, replace: true });
    expect(responded).toEqual([{ text: 'Moved', blocks: expect.any(Array), replace_original: true }]);
  });

  it('cuts long cards with a note in the member’s language', async () => {
    const long: Card = {
      title: 'Lots',
      blocks: [{ type: 'list', items: Array.from({ length: 70 }, (_, i) => ({ title: `Row ${i}` })) }],
    };
    await deliver(deps(), surface(), { kind: 'card', card: long });
    const blocks = (responded[0] as { blocks: { type: string; elements?: { text: string }[] }[] }).blocks;
    expect(blocks).toHaveLength(50);
    expect(blocks.at(-1)?.elements?.[0]?.text).toBe('… und 22 weitere');
  });

  it('sends a submitted form’s result as a DM when the bot cannot post ephemerally in the channel', async () => {
    fake.override((c) =>
      c.method === 'chat.postEphemeral' ? { body: { ok: false, error: 'channel_not_found' } } : undefined,
    );
    await postPrivately(deps(), surface(), { title: 'Saved', blocks: [] }, 'CPRIVATE');
    expect(fake.calls.map((c) => c.method)).toEqual([
      'chat.postEphemeral',
      'conversations.open',
      'chat.postMessage',
    ]);
    expect(fake.callsOf('chat.postMessage')[0]?.params).toMatchObject({ channel: 'DUADA', text: 'Saved' });
  });
});
