import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { type Connection, openConnection } from '../../src/domain/db/connection.js';

export interface TestDatabase {
  readonly conn: Connection;
  readonly engine: string;
  readonly name: string;
}

/** A fresh database for this test file on the resolved server, dropped afterwards. */
export function useTestDatabase(): TestDatabase {
  const name = `t_${randomBytes(6).toString('hex')}`;
  let conn: Connection | undefined;
  beforeAll(async () => {
    conn = await openConnection(inject('dbUri'), name);
  });
  afterAll(async () => {
    if (!conn) return;
    await conn.dropDatabase().catch(() => {});
    await conn.close();
  });
  return {
    get conn() {
      if (!conn) throw new Error('test database not open yet (use inside tests or hooks)');
      return conn;
    },
    engine: inject('dbEngine'),
    name,
  };
}
