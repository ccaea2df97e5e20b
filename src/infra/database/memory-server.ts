import { mkdir } from 'node:fs/promises';
import { MongoMemoryServer } from 'mongodb-memory-server';

export interface RunningMongod {
  uri: string;
  stop(): Promise<void>;
}

/** A real mongod from mongodb-memory-server (downloaded, cached or MONGOMS_SYSTEM_BINARY). */
export async function startMemoryServer(dataDir?: string): Promise<RunningMongod> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const server = await MongoMemoryServer.create({
    instance: dataDir ? { dbPath: dataDir, storageEngine: 'wiredTiger' } : {},
  });
  return {
    uri: server.getUri(),
    stop: async () => {
      await server.stop({ doCleanup: !dataDir, force: false });
    },
  };
}
