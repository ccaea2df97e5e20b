import { resolve } from 'node:path';
import type { Config } from '../../config.js';
import { type ResolvedDatabase, resolveDatabase } from './resolve-database.js';

/** The database `npm start`, the seed and other scripts share: MONGODB_URI, or the embedded one in .data/. */
export function resolveConfiguredDatabase(
  config: Config,
  log: (message: string) => void,
): Promise<ResolvedDatabase> {
  return resolveDatabase({
    mongodbUri: config.MONGODB_URI,
    prefer: config.KONTAKT_DB_ENGINE,
    dataDir: resolve(config.KONTAKT_DATA_DIR),
    ferretdbBin: config.FERRETDB_BIN,
    cacheDir: resolve('.cache'),
    log,
  });
}
