import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSlackNotifier } from '../../src/bot/slack/slack.notifier.js';
import type { Card } from '../../src/commands/view/card.js';
import { installationRepository } from '../../src/domain/installations/db/installation.mongo-repository.js';
import type { Member } from '../../src/domain/members/member.js';
import { i18n } from '../../src/i18n/catalog.js';
import { manualClock } from '../../src/shared/clock.js';
import { createLogger } from '../../src/shared/logger.js';
import { tenantId } from '../../src/shared/tenant.js';
import { useTestDatabase } from '../support/database.js';
import { FakeSlack } from './support/fake-slack.js';

const db = useTestDatabase();
const fake = new FakeSlack();
const clock = manualClock('2026-12-04T10:00:00Z');
const slept: number[] = [];

beforeAll(async () => {
  await fake.start();
});
afterAll(async () => {
  await fake.stop();
});
beforeEach(() => {
  fake.reset();
  slept.length = 0;
});

const notifier = () =>
  createSlackNotifier({
    installations: installationRepository(db.conn),
    botToken: 'xoxb-single',
    clientOptions: {
      slackApiUrl: `${fake.url}/api/`,
      retryConfig: { retries: 2, factor: 1, minTimeout: 0, maxTimeout: 0 },
    },
    clock,
    log: createLogger('silent'),
    i18n,
    // The throttle's waits are recorded instead of slept; the clock stands still.
    sleep: async (ms) => {
      slept.push(ms);
    },
  });

const rita: Member = {
  id: 'm1',
  platform: 'slack',
  platformUserId: 'URITA',
  displayName: 'Rita',
  timeZone: 'Europe/Berlin',
  locale: 'de',
  role: 'rep',
  createdAt: new Date('2026-01-01T00:00:00Z'),
};

const reminder: Card = {
  title: 'Call Hans',
  blocks: [{ type: 'text', text: 'Acme GmbH is **overdue**', tone: 'warning' }],
};

describe('Slack notifier', () => {
  it('sends a direct message: conversations.open, then chat.postMessage with blocks', async () => {
    await notifier().direct(tenantId('slack', 'T1'), rita, reminder, 'Call Hans');
    expect(fake.calls.map((c) => c.method)).toEqual(['conversations.open', 'chat.postMessage']);
    expect(fake.calls[0]?.params.users).toBe('URITA');
    const post = fake.calls[1];
    expect(post?.token).toBe('xoxb-single');
    expect(post?.params).toMatchObject({ channel: 'DURITA', text: 'Call Hans' });
    expect(post?.params.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Call Hans', emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: ':warning: Acme GmbH is *overdue*' } },
    ]);
  });

  it('posts to a channel with the token of the tenant’s installation', async () => {
    await installationRepository(db.conn).save(
      tenantId('slack', 'E9'),
      JSON.stringify({ enterprise: { id: 'E9' }, isEnterpriseInstall: true, bot: { token: 'xoxb-org' } }),
    );
    await notifier().channel(tenantId('slack', 'E9'), { platform: 'slack', ref: 'CALERTS' }, reminder, 'x');
    expect(fake.calls.map((c) => [c.method, c.token, c.params.channel])).toEqual([
      ['chat.postMessage', 'xoxb-org', 'CALERTS'],
    ]);
  });

  it('uploads a chart with the card’s title and posts the rest of the card', async () => {
    const chart: Card = {
      title: 'Pipeline Q1',
      blocks: [
        {
          type: 'image',
          alt: 'bar chart',
          png: new Uint8Array([137, 80, 78, 71, 1, 2, 3]),
          key: 'pipeline',
          title: 'Pipeline',
        },
        { type: 'text', text: 'Total 120.000 €' },
      ],
    };
    await notifier().channel(
      tenantId('slack', 'T1'),
      { platform: 'slack', ref: 'CSALES' },
      chart,
      'Pipeline Q1',
    );
    expect(fake.calls.map((c) => c.method)).toEqual([
      'chat.postMessage',
      'files.getUploadURLExternal',
      'files.completeUploadExternal',
    ]);
    expect(fake.calls[0]?.params.blocks).toHaveLength(2);
    expect(fake.calls[1]?.params).toMatchObject({ filename: 'pipeline.png', length: '7' });
    expect(fake.uploads).toEqual([{ id: expect.stringMatching(/^F/), bytes: expect.any(Number) }]);
    expect(fake.calls[2]?.params).toMatchObject({ channel_id: 'CSALES', initial_comment: 'Pipeline Q1' });
    expect(fake.calls[2]?.params.files).toEqual([{ id: fake.uploads[0]?.id, title: 'Pipeline' }]);
  });

  it('spaces messages to one conversation a second apart, others are not delayed', async () => {
    const n = notifier();
    const t = tenantId('slack', 'T1');
    const alerts = { platform: 'slack' as const, ref: 'CALERTS' };
    await Promise.all([
      n.channel(t, alerts, reminder, 'a'),
      n.channel(t, alerts, reminder, 'b'),
      n.channel(t, alerts, reminder, 'c'),
      n.channel(t, { platform: 'slack', ref: 'COTHER' }, reminder, 'd'),
    ]);
    expect(slept).toEqual([1000, 2000]);
    expect(fake.callsOf('chat.postMessage')).toHaveLength(4);
  });

  it('hands a 429 back to the outbox with its Retry-After, and delivers on the next attempt', async () => {
    let limited = 0;
    fake.override((c) =>
      c.method === 'chat.postMessage' && limited++ === 0
        ? { status: 429, headers: { 'retry-after': '7' }, body: { ok: false, error: 'ratelimited' } }
        : undefined,
    );
    const target = { platform: 'slack' as const, ref: 'CRATE' };
    await expect(notifier().channel(tenantId('slack', 'T1'), target, reminder, 'x')).rejects.toMatchObject({
      code: 'notify.rate_limited',
      retryAfterMs: 7000,
    });
    await notifier().channel(tenantId('slack', 'T1'), target, reminder, 'x');
    expect(fake.callsOf('chat.postMessage')).toHaveLength(2);
  });

  it('reports a DM to a deactivated user as undeliverable', async () => {
    fake.override((c) =>
      c.method === 'conversations.open' ? { body: { ok: false, error: 'user_disabled' } } : undefined,
    );
    await expect(notifier().direct(tenantId('slack', 'T1'), rita, reminder, 'x')).rejects.toMatchObject({
      code: 'notify.undeliverable',
    });
  });

  it('refuses members of other platforms and tenants without a token', async () => {
    const noToken = createSlackNotifier({
      installations: installationRepository(db.conn),
      clock,
      log: createLogger('silent'),
    });
    await expect(noToken.direct(tenantId('slack', 'T404'), rita, reminder, 'x')).rejects.toMatchObject({
      code: 'slack.not_installed',
    });
    await expect(
      notifier().direct(tenantId('slack', 'T1'), { ...rita, platform: 'teams' }, reminder, 'x'),
    ).rejects.toMatchObject({ code: 'slack.wrong_platform' });
    expect(fake.calls).toEqual([]);
  });

  it('cuts a long card at 50 blocks with a note in the member’s language', async () => {
    const long: Card = {
      title: 'Digest',
      blocks: [
        { type: 'list', items: Array.from({ length: 80 }, (_, i) => ({ title: `Account ${i + 1}` })) },
      ],
    };
    await notifier().direct(tenantId('slack', 'T1'), rita, long, 'Digest');
    const blocks = fake.callsOf('chat.postMessage')[0]?.params.blocks as {
      type: string;
      elements?: { text: string }[];
    }[];
    expect(blocks).toHaveLength(50);
    expect(blocks.at(-1)).toMatchObject({ type: 'context', elements: [{ text: '… und 32 weitere' }] });
  });
});
