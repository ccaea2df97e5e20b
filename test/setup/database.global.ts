import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { resolveDatabase } from '../../src/infra/database/resolve-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dbUri: string;
    dbEngine: string;
  }
}

/** Resolves one database server for the whole run; every test file gets its own database on it. */
export default async function setup(project: TestProject) {
  const prefer = process.env.KONTAKT_DB_ENGINE as 'auto' | 'mongod' | 'ferretdb' | undefined;
  const db = await resolveDatabase({
    mongodbUri: process.env.MONGODB_URI || undefined,
    prefer: prefer || 'auto',
    ferretdbBin: process.env.FERRETDB_BIN || undefined,
    cacheDir: resolve('.cache'),
    log: (m) => console.log(`[kontakt] ${m}`),
  });
  console.log(`[kontakt] tests run against database engine: ${db.engine}`);
  project.provide('dbUri', db.uri);
  project.provide('dbEngine', db.engine);
  return async () => {
    await db.stop();
  };
}
