import { beforeAll, describe, expect, it } from 'vitest';
import { createEventHub, type HubEvent, memberKey } from '../../src/bot/web/event-hub.js';
import { createWebNotifier, RECENT_MESSAGES } from '../../src/bot/web/web.notifier.js';
import { card } from '../../src/commands/view/card.js';
import { createInboxStore } from '../../src/domain/inbox/db/inbox.mongo-repository.js';
import type { InboxStore } from '../../src/domain/inbox/inbox.repository.js';
import type { Member } from '../../src/domain/members/member.js';
import { manualClock } from '../../src/shared/clock.js';
import { tenantId } from '../../src/shared/tenant.js';
import { useTestDatabase } from '../support/database.js';

const db = useTestDatabase();
let inbox: InboxStore;
const T = tenantId('web', 'notifier-test');
const member = (id: string, platform: Member['platform'] = 'web'): Member => ({
  id,
  platform,
  platformUserId: `u-${id}`,
  displayName: id,
  timeZone: 'Europe/Berlin',
  locale: 'en',
  role: 'rep',
  createdAt: new Date('2026-01-01T00:00:00Z'),
});

beforeAll(async () => {
  inbox = createInboxStore(db.conn);
  await inbox.init();
});

describe('web notifier', () => {
  it('stores, publishes and remembers the latest direct messages; a restart reads them back', async () => {
    const clock = manualClock('2026-12-04T10:00:00Z');
    const hub = createEventHub();
    const seen: HubEvent[] = [];
    hub.subscribe([memberKey(T, 'm1')], (e) => seen.push(e));
    const notifier = createWebNotifier({ hub, inbox, clock });
    expect(await notifier.recentDirect(T, 'm1')).toEqual([]);
    for (let i = 0; i < RECENT_MESSAGES + 2; i++) {
      clock.advance(60_000);
      await notifier.direct(T, member('m1'), card(`Nudge ${i}`, []), `Nudge ${i}`);
    }
    expect(seen).toHaveLength(RECENT_MESSAGES + 2);
    expect(seen[0]).toMatchObject({
      event: 'dm',
      data: { kind: 'direct', text: 'Nudge 0', card: { title: 'Nudge 0' } },
    });
    const recent = await notifier.recentDirect(T, 'm1');
    expect(recent).toHaveLength(RECENT_MESSAGES);
    expect(recent[0]?.text).toBe('Nudge 2');
    expect(recent.at(-1)?.text).toBe(`Nudge ${RECENT_MESSAGES + 1}`);

    const restarted = createWebNotifier({ hub: createEventHub(), inbox, clock });
    expect(await restarted.recentDirect(T, 'm1')).toEqual(recent);
    expect(await restarted.recentDirect(T, 'm2')).toEqual([]);
  });

  it('refuses members and channels of other platforms', async () => {
    const notifier = createWebNotifier({
      hub: createEventHub(),
      inbox,
      clock: manualClock('2026-12-04T10:00:00Z'),
    });
    await expect(notifier.direct(T, member('s1', 'slack'), card('x', []), 'x')).rejects.toThrow(/slack/);
    await expect(notifier.channel(T, { platform: 'teams', ref: 'c' }, card('x', []), 'x')).rejects.toThrow(
      /teams/,
    );
    expect(await db.conn.collection('inbox_messages').countDocuments({ memberId: 's1' })).toBe(0);
  });
});
