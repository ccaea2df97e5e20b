import { mkdir } from 'node:fs/promises';
import { MongoBinary, MongoMemoryServer } from 'mongodb-memory-server';

export interface RunningMongod {
  uri: string;
  stop(): Promise<void>;
}

/** A real mongod from mongodb-memory-server (downloaded, cached or MONGOMS_SYSTEM_BINARY). */
export async function startMemoryServer(dataDir?: string): Promise<RunningMongod> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  // Find (or download) the binary first: offline this fails with one clear error, where a failed
  // server start would also print the library's own stack trace.
  await MongoBinary.getPath();
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
