// Speed and memory of the command layer on the demo data set, on the database the resolver picks
// (set MONGODB_URI to measure real MongoDB). Exits 1 when a budget is missed.

import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PERSONAS, playgroundTenantId } from '../src/bot/web/personas.js';
import { createCommandLayer, type Invocation } from '../src/commands/index.js';
import { createNotifierHub } from '../src/commands/notifier.js';
import { openConnection } from '../src/domain/db/connection.js';
import { createRepositories, syncIndexes } from '../src/domain/db/repositories.js';
import { i18n } from '../src/i18n/catalog.js';
import { resolveDatabase } from '../src/infra/database/resolve-database.js';
import { seedDemo } from '../src/seed/seed-demo.js';
import { systemClock } from '../src/shared/clock.js';
import { BUDGETS, type Budget } from './budgets.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;

async function main() {
  const db = await resolveDatabase({
    mongodbUri: process.env.MONGODB_URI || undefined,
    prefer: (process.env.KONTAKT_DB_ENGINE as 'auto' | 'mongod' | 'ferretdb' | undefined) ?? 'auto',
    cacheDir: resolve('.cache'),
  });
  const conn = await openConnection(db.uri, `bench_${Date.now()}`);
  let failed = false;
  try {
    await syncIndexes(conn);
    const repos = createRepositories(conn);
    const seeded = performance.now();
    const result = await seedDemo({ repos, tenantId: playgroundTenantId, now: new Date() });
    console.log(
      `engine ${db.engine}: demo data (${result.total.accounts} accounts, ${result.total.deals} deals, ${result.total.interactions} interactions) in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
    );
    const kontakt = createCommandLayer({ repos, clock: systemClock, i18n, notify: createNotifierHub() });
    const as = (id: string): Invocation => {
      const p = PERSONAS.find((x) => x.id === id) ?? PERSONAS[0];
      return {
        platform: 'web',
        tenantExternalId: 'demo',
        user: {
          platformUserId: `web-${p?.id}`,
          profile: async () => ({ displayName: p?.displayName ?? id }),
        },
        source: 'playground',
      };
    };
    const [someAccount] = await repos.forTenant(playgroundTenantId).accounts.list({}, { limit: 1 });
    const account = someAccount?.name ?? 'Acme';
    const ops: Record<string, () => Promise<unknown>> = {
      'account card': () => kontakt.text(as('sam'), `account "${account}"`),
      'log interaction': () =>
        kontakt.text(as('sam'), `log call "${account}" Benchmark call about the renewal`),
      pipeline: () => kontakt.text(as('sam'), 'pipeline'),
      'pipeline (team)': () => kontakt.text(as('maria'), 'pipeline --team'),
      'forecast (team, with chart)': () => kontakt.text(as('maria'), 'forecast this quarter --team'),
      'contact analytics': () => kontakt.text(as('maria'), `contacts "${account}"`),
      home: () => kontakt.home(as('sam')),
      'typeahead accounts': () => kontakt.options(as('sam'), 'accounts', account.slice(0, 3)),
    };
    console.log(
      `\n${'operation'.padEnd(30)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'budget'.padStart(9)}`,
    );
    for (const [name, op] of Object.entries(ops)) {
      await op(); // warm-up: first-sight member creation, module loading
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await op();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const budget: Budget | undefined = BUDGETS[db.engine === 'ferretdb' ? 'ferretdb' : 'mongodb'][name];
      const p95 = quantile(times, 0.95);
      const over = budget !== undefined && p95 > budget;
      failed ||= over;
      console.log(
        `${name.padEnd(30)}${quantile(times, 0.5).toFixed(0).padStart(9)}${p95.toFixed(0).padStart(9)}${String(budget ?? '—').padStart(9)}${over ? '  OVER BUDGET' : ''}`,
      );
    }
    global.gc?.();
    const mem = process.memoryUsage();
    const rssMb = mem.rss / 2 ** 20;
    const rssBudget = BUDGETS.rssMb;
    failed ||= rssMb > rssBudget;
    console.log(
      `\nmemory: rss ${rssMb.toFixed(0)} MB (budget ${rssBudget} MB), heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB`,
    );
  } finally {
    await conn.dropDatabase().catch(() => {});
    await conn.close();
    await db.stop();
  }
  console.log(failed ? '\nbench: a budget was missed' : '\nbench: all budgets met');
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
