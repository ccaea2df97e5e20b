// Loads the demo data set into the playground's tenant (web:demo) of the database `npm start` uses:
// MONGODB_URI, or the embedded database in KONTAKT_DATA_DIR (.data/). Safe to run again.
// With the embedded database, stop `npm start` first (or use the playground's "Load demo data").
import { performance } from 'node:perf_hooks';
import { playgroundTenantId } from '../src/bot/web/personas.js';
import { loadConfig } from '../src/config.js';
import { openConnection } from '../src/domain/db/connection.js';
import { createRepositories, syncIndexes } from '../src/domain/db/repositories.js';
import { resolveConfiguredDatabase } from '../src/infra/database/from-config.js';
import { runMain } from '../src/infra/run-main.js';
import { seedDemo } from '../src/seed/seed-demo.js';
import { createLogger } from '../src/shared/logger.js';

async function main() {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const db = await resolveConfiguredDatabase(config, (m) => log.info(m));
  log.info({ engine: db.engine }, `database engine: ${db.engine}`);
  const conn = await openConnection(db.uri, config.KONTAKT_DB_NAME);
  try {
    await syncIndexes(conn);
    const started = performance.now();
    const result = await seedDemo({
      repos: createRepositories(conn),
      tenantId: playgroundTenantId,
      now: new Date(),
      log: (m) => log.info(m),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log.info(
      { created: result.created, total: result.total },
      `demo data for ${playgroundTenantId} in ${seconds}s`,
    );
  } finally {
    await conn.close();
    await db.stop();
  }
}

runMain(main);
