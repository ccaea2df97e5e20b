import { describe, expect, it } from 'vitest';
import { installationTenant, slackInstallationStore } from '../../src/bot/slack/installation-store.js';
import { deliveryModel } from '../../src/domain/deliveries/db/delivery.model.js';
import { deliveryRepository } from '../../src/domain/deliveries/db/delivery.mongo-repository.js';
import { installationModel } from '../../src/domain/installations/db/installation.model.js';
import { installationRepository } from '../../src/domain/installations/db/installation.mongo-repository.js';
import { sealedInstallations } from '../../src/domain/installations/sealed-installation.repository.js';
import { manualClock } from '../../src/shared/clock.js';
import { deriveKey, isSealed } from '../../src/shared/crypto/seal.js';
import { tenantId } from '../../src/shared/tenant.js';
import { useTestDatabase } from '../support/database.js';

const db = useTestDatabase();

describe('installation store', () => {
  it('keeps Slack’s installation as a JSON string, keyed by enterprise for org-wide installs', async () => {
    await installationModel(db.conn).init();
    const store = slackInstallationStore(installationRepository(db.conn));
    const org = {
      team: undefined,
      enterprise: { id: 'E1', name: 'Globex' },
      isEnterpriseInstall: true,
      user: { id: 'U1', token: undefined, scopes: undefined },
      bot: { token: 'xoxb-org', scopes: ['commands'], id: 'B1', userId: 'UB1' },
      // keys MongoDB-compatible servers reject as document keys
      metadata: JSON.stringify({ $weird: 1 }),
      'odd.key': { $ref: 'x' },
    };
    await store.storeInstallation(org as never);
    const team = {
      team: { id: 'T1' },
      enterprise: { id: 'E1' },
      isEnterpriseInstall: false,
      user: { id: 'U2' },
    };
    await store.storeInstallation(team as never);

    expect(
      await store.fetchInstallation({ isEnterpriseInstall: true, enterpriseId: 'E1', teamId: undefined }),
    ).toEqual(org);
    expect(
      await store.fetchInstallation({ isEnterpriseInstall: false, enterpriseId: 'E1', teamId: 'T1' }),
    ).toMatchObject({ team: { id: 'T1' } });
    const raw = await db.conn.collection('installations').find({}).sort({ _id: 1 }).toArray();
    expect(raw.map((d) => [d._id, typeof d.payload])).toEqual([
      ['slack:E1', 'string'],
      ['slack:T1', 'string'],
    ]);

    await store.storeInstallation({ ...team, bot: { token: 'xoxb-new' } } as never);
    expect(await db.conn.collection('installations').countDocuments()).toBe(2);
    await store.deleteInstallation?.({ isEnterpriseInstall: false, enterpriseId: 'E1', teamId: 'T1' });
    await expect(
      store.fetchInstallation({ isEnterpriseInstall: false, enterpriseId: 'E1', teamId: 'T1' }),
    ).rejects.toMatchObject({ code: 'slack.not_installed' });
    expect(installationTenant({ isEnterpriseInstall: true, enterpriseId: 'E1', teamId: 'T9' })).toBe(
      tenantId('slack', 'E1'),
    );
  });
});

describe('delivery claims', () => {
  it('lets exactly one of several concurrent claims win, releases and prunes', async () => {
    await deliveryModel(db.conn).init();
    const clock = manualClock('2026-12-04T10:00:00Z');
    const claims = deliveryRepository(db.conn, clock);
    const results = await Promise.all(Array.from({ length: 5 }, () => claims.claim('slack:event:Ev1')));
    expect(results.filter(Boolean)).toHaveLength(1);
    await claims.release('slack:event:Ev1');
    expect(await claims.claim('slack:event:Ev1')).toBe(true);
    clock.advance(25 * 60 * 60 * 1000);
    expect(await claims.claim('slack:event:Ev2')).toBe(true);
    expect(await claims.prune(new Date(clock.now().getTime() - 24 * 60 * 60 * 1000))).toBe(1);
    expect(await claims.claim('slack:event:Ev1')).toBe(true);
    expect(await claims.claim('slack:event:Ev2')).toBe(false);
  });
});

describe('sealed installations', () => {
  it('encrypts new payloads and still reads ones stored before sealing', async () => {
    const plain = installationRepository(db.conn);
    const sealed = sealedInstallations(plain, deriveKey('a-secret-of-sixteen-chars', 'slack installations'));
    const old = tenantId('slack', 'TOLD');
    await plain.save(old, '{"bot":{"token":"xoxb-old"}}');
    expect((await sealed.get(old))?.payload).toBe('{"bot":{"token":"xoxb-old"}}');
    await sealed.save(old, '{"bot":{"token":"xoxb-new"}}');
    expect(isSealed((await plain.get(old))?.payload ?? '')).toBe(true);
    expect((await sealed.get(old))?.payload).toBe('{"bot":{"token":"xoxb-new"}}');
  });
});
