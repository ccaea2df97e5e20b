import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imagePublisher, mountImages } from '../../src/bot/http/images.js';
import { closeServer, createHttpApp, listen } from '../../src/bot/http/server.js';
import { imageRepository } from '../../src/domain/images/db/image.mongo-repository.js';
import { manualClock } from '../../src/shared/clock.js';
import { tenantId } from '../../src/shared/tenant.js';
import { useTestDatabase } from '../support/database.js';

const db = useTestDatabase();
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
let base: string;
let server: import('node:http').Server;
const clock = manualClock('2026-12-04T10:00:00Z');

beforeAll(async () => {
  const http = createHttpApp({ engine: 'test', ping: async () => true });
  mountImages(http, imageRepository(db.conn));
  server = await listen(http, 0, '127.0.0.1');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await closeServer(server);
});

describe('published images', () => {
  it('serves a published PNG at its public address, and nothing else', async () => {
    const publisher = imagePublisher(imageRepository(db.conn), 'https://kontakt.example.com/', clock);
    const url = await publisher.publish(tenantId('teams', 't1'), PNG);
    const path = /^https:\/\/kontakt\.example\.com(\/images\/[a-f0-9]{32}\.png)$/.exec(url)?.[1];
    expect(path).toBeDefined();
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);
    for (const bad of [
      '/images/0123456789abcdef0123456789abcdef.png',
      '/images/0123456789ABCDEF0123456789ABCDEF.png',
      '/images/x.png',
    ]) {
      expect((await fetch(`${base}${bad}`)).status, bad).toBe(404);
    }
  });

  it('drops a tenant’s images after 30 days when it publishes again', async () => {
    const repo = imageRepository(db.conn);
    const t = tenantId('teams', 't2');
    const old = await repo.put(t, PNG, new Date('2026-10-01T00:00:00Z'));
    const other = await repo.put(tenantId('teams', 't3'), PNG, new Date('2026-10-01T00:00:00Z'));
    await repo.put(t, PNG, new Date('2026-12-04T00:00:00Z'));
    expect(await repo.get(old)).toBeNull();
    expect(await repo.get(other)).not.toBeNull();
  });
});
