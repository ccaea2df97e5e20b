import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildFerretdb, findFerretdb, startFerretdb } from './ferretdb.js';
import { startMemoryServer } from './memory-server.js';

export type DatabaseEngine = 'mongodb-uri' | 'mongod' | 'ferretdb';

export interface ResolvedDatabase {
  engine: DatabaseEngine;
  /** Connection string without a database name; callers choose the database. */
  uri: string;
  stop(): Promise<void>;
}

export interface ResolveOptions {
  mongodbUri?: string | undefined;
  /** `auto` tries mongod then FerretDB; the others force one engine. */
  prefer?: 'auto' | 'mongod' | 'ferretdb';
  /** Persistent data directory (npm start); a temporary one is used when absent. */
  dataDir?: string | undefined;
  ferretdbBin?: string | undefined;
  cacheDir?: string;
  path?: string | undefined;
  log?: (message: string) => void;
  /** Replaceable engines, so the order itself can be tested. */
  engines?: Partial<Engines>;
}

interface Engines {
  mongod(dataDir: string | undefined): Promise<{ uri: string; stop(): Promise<void> }>;
  ferretdb(opts: ResolveOptions, dataDir: string): Promise<{ uri: string; stop(): Promise<void> }>;
}

export class DatabaseUnavailableError extends Error {
  readonly code = 'database.unavailable';
}

async function defaultFerretdb(opts: ResolveOptions, dataDir: string) {
  const loc = { bin: opts.ferretdbBin, cacheDir: opts.cacheDir ?? '.cache', path: opts.path };
  let bin = await findFerretdb(loc);
  if (!bin) {
    opts.log?.('FerretDB not found; building it with go (first run only)…');
    bin = await buildFerretdb(loc);
  }
  return startFerretdb(bin, dataDir);
}

function tempDir(kind: string) {
  return join(
    process.env.TMPDIR ?? '/tmp',
    `kontakt-${kind}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
  );
}

/**
 * MONGODB_URI → mongodb-memory-server → FerretDB. Reports the engine it chose; fails with one message
 * that names all three ways to get a database.
 */
export async function resolveDatabase(opts: ResolveOptions = {}): Promise<ResolvedDatabase> {
  if (opts.mongodbUri) {
    return { engine: 'mongodb-uri', uri: opts.mongodbUri, stop: async () => {} };
  }
  const engines: Engines = {
    mongod: opts.engines?.mongod ?? startMemoryServer,
    ferretdb: opts.engines?.ferretdb ?? defaultFerretdb,
  };
  const prefer = opts.prefer ?? 'auto';
  const failures: string[] = [];

  if (prefer !== 'ferretdb') {
    try {
      const dir = opts.dataDir ? resolve(opts.dataDir, 'mongod') : undefined;
      const server = await engines.mongod(dir);
      return { engine: 'mongod', ...server };
    } catch (err) {
      failures.push(`mongodb-memory-server: ${firstLine(err)}`);
      opts.log?.(`mongod unavailable (${firstLine(err)}); trying FerretDB`);
    }
  }
  if (prefer !== 'mongod') {
    try {
      const dir = opts.dataDir ? resolve(opts.dataDir, 'ferretdb') : tempDir('ferretdb');
      const server = await engines.ferretdb(opts, dir);
      const stop = async () => {
        await server.stop();
        if (!opts.dataDir) await rm(dir, { recursive: true, force: true });
      };
      return { engine: 'ferretdb', uri: server.uri, stop };
    } catch (err) {
      failures.push(`FerretDB: ${firstLine(err)}`);
    }
  }
  throw new DatabaseUnavailableError(
    [
      'Kontakt found no database. Any one of these works:',
      '  1. set MONGODB_URI to a MongoDB 7/8 server (mongodb://host:27017);',
      '  2. let mongodb-memory-server start a real mongod (needs internet once, or MONGOMS_SYSTEM_BINARY);',
      `  3. FerretDB ${'v1.24.2'}: put the binary on PATH or in FERRETDB_BIN, or install Go so Kontakt can build it.`,
      'What was tried:',
      ...failures.map((f) => `  - ${f}`),
    ].join('\n'),
  );
}

function firstLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).split('\n')[0] ?? 'unknown error';
}
