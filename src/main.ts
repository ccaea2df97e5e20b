import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { openConnection } from './domain/db/connection.js';
import { createRepositories } from './domain/db/repositories.js';
import { resolveConfiguredDatabase } from './infra/database/from-config.js';
import { onShutdown, runMain } from './infra/run-main.js';
import { createDemoSeed } from './seed/seed-demo.js';
import { systemClock } from './shared/clock.js';
import { createLogger } from './shared/logger.js';

async function main() {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const db = await resolveConfiguredDatabase(config, (m) => log.info(m));
  log.info({ engine: db.engine }, `database engine: ${db.engine}`);
  const conn = await openConnection(db.uri, config.KONTAKT_DB_NAME);

  const playgroundSeed = createDemoSeed({
    repos: createRepositories(conn),
    clock: systemClock,
    log: (m) => log.info(m),
  });
  const app = await createApp({ config, conn, engine: db.engine, log, playgroundSeed });
  await app.listen(config.PORT, config.HOST);
  log.info(
    `Kontakt listening on http://${config.HOST === '127.0.0.1' ? 'localhost' : config.HOST}:${config.PORT}`,
  );
  // Reminders, nudges and digests run here unless a separate `npm run worker` does it (KONTAKT_JOBS=off).
  if (config.KONTAKT_JOBS === 'on') await app.startJobs();
  else log.info('jobs are off in this process (KONTAKT_JOBS=off)');

  onShutdown(log, async () => {
    await app.stop();
    await conn.close();
    await db.stop();
  });
}

runMain(main);
