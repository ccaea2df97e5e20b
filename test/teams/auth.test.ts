import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountTeams } from '../../src/bot/teams/teams.mount.js';
import { createCommandLayer } from '../../src/commands/index.js';
import { createNotifierHub } from '../../src/commands/notifier.js';
import { createRepositories } from '../../src/domain/db/repositories.js';
import { i18n } from '../../src/i18n/catalog.js';
import { systemClock } from '../../src/shared/clock.js';
import { createLogger } from '../../src/shared/logger.js';
import { useTestDatabase } from '../support/database.js';
import { type Sender, startTeams, type TeamsHarness } from './support/teams-harness.js';

const db = useTestDatabase();
let h: TeamsHarness;
const mallory: Sender = { tenant: 'tenant-f', user: '29:mallory', name: 'Mallory' };

beforeAll(async () => {
  h = await startTeams(db.conn, {
    MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555',
    MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
    MICROSOFT_APP_TYPE: 'MultiTenant',
    TEAMS_ALLOW_UNAUTHENTICATED: 'true',
  });
});
afterAll(async () => {
  await h?.close();
});

const written = async () => ({
  tenants: await db.conn.collection('tenants').countDocuments(),
  members: await db.conn.collection('members').countDocuments(),
  accounts: await db.conn.collection('accounts').countDocuments(),
});

describe('Teams authentication', () => {
  it('rejects requests without a token with 401 and runs nothing', async () => {
    const res = await h.post(h.message(mallory, 'account new Evil --tier A'));
    expect(res.status).toBe(401);
    expect(await written()).toEqual({ tenants: 0, members: 0, accounts: 0 });
    expect(h.connector.calls).toHaveLength(0);
  });

  it('rejects an invalid token with 401 (TEAMS_ALLOW_UNAUTHENTICATED is ignored with an app id)', async () => {
    for (const authorization of ['Bearer not-a-jwt', 'Basic bWFsbG9yeTpzZWNyZXQ=']) {
      const res = await h.post(h.message(mallory, 'account new Evil --tier A'), { authorization });
      expect(res.status).toBe(401);
    }
    const invoke = h.invoke(mallory, 'task/submit', {
      data: { verb: 'kontakt.submit', formId: 'account.new', field_name: 'Evil' },
    });
    expect((await h.post(invoke, { authorization: 'Bearer not-a-jwt' })).status).toBe(401);
    expect(await written()).toEqual({ tenants: 0, members: 0, accounts: 0 });
    expect(h.connector.calls).toHaveLength(0);
  });

  it('mounts nothing without an app id or the development switch', async () => {
    const http = express();
    const kontakt = createCommandLayer({
      repos: createRepositories(db.conn),
      clock: systemClock,
      i18n,
      notify: createNotifierHub(),
    });
    const mounted = mountTeams(http, {
      config: { MICROSOFT_APP_TYPE: 'MultiTenant', TEAMS_ALLOW_UNAUTHENTICATED: 'false' },
      kontakt,
      i18n,
      log: createLogger('silent'),
    });
    expect(mounted).toBeUndefined();
    const routes = (http.router?.stack ?? []).filter(
      (layer: { route?: { path?: string } }) => layer.route?.path,
    );
    expect(routes).toHaveLength(0);
  });
});
