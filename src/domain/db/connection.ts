import mongoose, { type Connection } from 'mongoose';

export type { Connection };

/** One mongoose connection per process (or per test file), bound to one database. */
export async function openConnection(uri: string, dbName: string): Promise<Connection> {
  const conn = mongoose.createConnection(uri, {
    dbName,
    serverSelectionTimeoutMS: 10_000,
    autoIndex: true,
    autoCreate: true,
  });
  await conn.asPromise();
  return conn;
}

export async function pingConnection(conn: Connection): Promise<boolean> {
  try {
    const db = conn.db;
    if (!db) return false;
    await db.command({ ping: 1 });
    return true;
  } catch {
    return false;
  }
}
