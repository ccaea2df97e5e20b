import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openConnection } from './domain/db/connection.js';
import { onShutdown, runMain } from './infra/run-main.js';
import { createLogger } from './shared/logger.js';

/**
 * `npm run worker`: runs Kontakt's scheduled jobs (reminders, nudges, digests, forecast snapshots)
 * without serving HTTP. It shares the web processes' database, which therefore must be a server both
 * reach (MONGODB_URI): the embedded database `npm start` launches is private to that process. Run the
 * web processes with KONTAKT_JOBS=off then. The app is composed as usual so that the Slack, Teams and
 * playground notifiers are registered; nothing listens on a port.
 */
async function worker() {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL).child({ role: 'worker' });
  if (!config.MONGODB_URI) {
    throw new ConfigError(
      'Invalid configuration:\n  MONGODB_URI: is required for `npm run worker` (the database the web processes use)',
    );
  }
  const conn = await openConnection(config.MONGODB_URI, config.KONTAKT_DB_NAME);
  const app = await createApp({ config, conn, engine: 'mongodb-uri', log, receive: false });
  await app.startJobs();
  log.info('Kontakt worker running scheduled jobs');

  onShutdown(log, async () => {
    await app.stop();
    await conn.close();
  });
}

runMain(worker);
