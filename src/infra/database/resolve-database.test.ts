import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MongoClient } from 'mongodb';
import { describe, expect, it, vi } from 'vitest';
import { DatabaseUnavailableError, resolveDatabase } from './resolve-database.js';

const failing = (what: string) => vi.fn(async () => Promise.reject(new Error(`${what} is not available`)));
const alive = (pid: number) => {
  try {
    // a zombie still answers kill(0); read its state instead
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2]?.startsWith('Z');
  } catch {
    return false;
  }
};
const cmdline = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
};
const childrenOf = (pid: number) =>
  execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
    .split('\n')
    .map((s) => Number(s.trim()))
    .filter((n) => n > 0);

describe('resolveDatabase', () => {
  it('uses MONGODB_URI and starts nothing else', async () => {
    const mongod = failing('mongod');
    const ferretdb = failing('ferretdb');
    const db = await resolveDatabase({
      mongodbUri: 'mongodb://db.example:27017',
      engines: { mongod, ferretdb },
    });
    expect(db.engine).toBe('mongodb-uri');
    expect(db.uri).toBe('mongodb://db.example:27017');
    expect(mongod).not.toHaveBeenCalled();
    expect(ferretdb).not.toHaveBeenCalled();
  });

  it('tries mongod before FerretDB and reports the engine it chose', async () => {
    const calls: string[] = [];
    const mongod = vi.fn(async () => {
      calls.push('mongod');
      throw new Error('download failed');
    });
    const ferretdb = vi.fn(async () => {
      calls.push('ferretdb');
      return { uri: 'mongodb://127.0.0.1:1/', stop: async () => {} };
    });
    const db = await resolveDatabase({ engines: { mongod, ferretdb } });
    expect(calls).toEqual(['mongod', 'ferretdb']);
    expect(db.engine).toBe('ferretdb');
  });

  it('falls back to a real FerretDB that answers and stops without leaving a process', async () => {
    const db = await resolveDatabase({ cacheDir: resolve('.cache'), engines: { mongod: failing('mongod') } });
    expect(db.engine).toBe('ferretdb');
    const client = await MongoClient.connect(db.uri);
    const hello = await client.db('admin').command({ buildInfo: 1 });
    expect(hello.ferretdbVersion).toBe('v1.24.2');
    await client.close();

    const guardPids = childrenOf(process.pid).filter((pid) => cmdline(pid).includes('ferretdb-guard'));
    const ferretPids = guardPids.flatMap(childrenOf);
    expect(ferretPids.length).toBeGreaterThan(0);
    await db.stop();
    for (const pid of [...guardPids, ...ferretPids]) expect(alive(pid)).toBe(false);
  });

  it('stops FerretDB when the process that started it is killed', async () => {
    const script = `
      import { resolveDatabase } from ${JSON.stringify(resolve('src/infra/database/resolve-database.ts'))};
      const db = await resolveDatabase({ prefer: 'ferretdb', cacheDir: ${JSON.stringify(resolve('.cache'))} });
      console.log('ready ' + db.uri);
      setInterval(() => {}, 1000);`;
    const owner = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await new Promise<void>((ready) =>
        owner.stdout.on('data', (d: Buffer) => d.includes('ready') && ready()),
      );
      const guards = childrenOf(owner.pid ?? -1).filter((pid) => cmdline(pid).includes('ferretdb-guard'));
      const ferret = guards.flatMap(childrenOf).filter((pid) => cmdline(pid).includes('--handler=sqlite'));
      expect(ferret, `guards ${guards.join(',')}`).toHaveLength(1);
      owner.kill('SIGKILL');
      await vi.waitFor(() => expect(ferret.filter(alive)).toEqual([]), { timeout: 30_000, interval: 100 });
    } finally {
      owner.kill('SIGKILL'); // a failed assertion must not leave the owner (and its FerretDB) running
    }
  });

  it('fails with one message naming the three ways to get a database', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'kontakt-nodb-'));
    const attempt = resolveDatabase({ cacheDir: empty, path: empty, engines: { mongod: failing('mongod') } });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
    const message = await attempt.catch((e: Error) => e.message);
    expect(message).toMatch(/MONGODB_URI/);
    expect(message).toMatch(/mongodb-memory-server/);
    expect(message).toMatch(/FerretDB/);
    expect(message).toMatch(/`go` is not on PATH/);
  });

  it('rejects a FERRETDB_BIN that is not executable', async () => {
    const attempt = resolveDatabase({
      prefer: 'ferretdb',
      ferretdbBin: '/nonexistent/ferretdb',
      cacheDir: resolve('.cache'),
    });
    await expect(attempt).rejects.toThrow(/FERRETDB_BIN=\/nonexistent\/ferretdb is not an executable/);
  });
});
