// Finds FerretDB (FERRETDB_BIN, PATH, .cache/bin) or builds it with go; prints the binary's path.
import { resolve } from 'node:path';
import { buildFerretdb, findFerretdb } from '../src/infra/database/ferretdb.js';

const loc = { bin: process.env.FERRETDB_BIN || undefined, cacheDir: resolve('.cache') };
const found = await findFerretdb(loc);
if (found) {
  console.log(found);
} else {
  console.error('building FerretDB v1.24.2 with go (first run only)…');
  console.log(await buildFerretdb(loc));
}
