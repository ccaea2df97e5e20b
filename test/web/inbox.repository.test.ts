import { beforeAll, describe, expect, it } from 'vitest';
import { createInboxStore } from '../../src/domain/inbox/db/inbox.mongo-repository.js';
import type { InboxStore } from '../../src/domain/inbox/inbox.repository.js';
import { tenantId } from '../../src/shared/tenant.js';
import { useTestDatabase } from '../support/database.js';

const db = useTestDatabase();
let store: InboxStore;
const A = tenantId('web', 'inbox-a');
const B = tenantId('web', 'inbox-b');
const at = (minute: number) => new Date(Date.UTC(2026, 11, 4, 10, minute));

beforeAll(async () => {
  store = createInboxStore(db.conn);
  await store.init();
});

describe('inbox repository', () => {
  it('keeps direct messages per member and channel posts per channel, oldest first, newest kept', async () => {
    const a = store.forTenant(A);
    for (let i = 0; i < 5; i++) {
      await a.add({
        kind: 'direct',
        memberId: 'm1',
        text: `dm ${i}`,
        payload: `{"i":${i}}`,
        createdAt: at(i),
      });
    }
    await a.add({ kind: 'direct', memberId: 'm2', text: 'other member', payload: '{}', createdAt: at(9) });
    await a.add({ kind: 'channel', channel: 'kunden', text: 'post', payload: '{}', createdAt: at(3) });
    expect((await a.recentDirect('m1', 3)).map((m) => m.text)).toEqual(['dm 2', 'dm 3', 'dm 4']);
    expect((await a.recentDirect('m2', 10)).map((m) => m.text)).toEqual(['other member']);
    const [post] = await a.recentChannel('kunden', 10);
    expect(post).toMatchObject({
      kind: 'channel',
      channel: 'kunden',
      text: 'post',
      payload: '{}',
      createdAt: at(3),
    });
    expect(post?.id).toMatch(/^[a-f0-9]{24}$/);
  });

  it('never shows one tenant’s messages to another', async () => {
    const b = store.forTenant(B);
    expect(await b.recentDirect('m1', 10)).toEqual([]);
    expect(await b.recentChannel('kunden', 10)).toEqual([]);
    await b.add({ kind: 'direct', memberId: 'm1', text: 'b only', payload: '{}', createdAt: at(30) });
    expect((await store.forTenant(A).recentDirect('m1', 10)).map((m) => m.text)).not.toContain('b only');
    expect(await db.conn.collection('inbox_messages').countDocuments({ tenantId: B })).toBe(1);
  });

  it('refuses a payload larger than a message can be', async () => {
    await expect(
      store.forTenant(A).add({
        kind: 'direct',
        memberId: 'm1',
        text: 'huge',
        payload: 'x'.repeat(2_000_001),
        createdAt: at(40),
      }),
    ).rejects.toThrow(/too large/);
  });
});
