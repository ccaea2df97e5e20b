import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { access, chmod, constants, cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from './free-port.js';
import { waitForPing } from './ping.js';

const run = promisify(execFile);

export const FERRETDB_VERSION = 'v1.24.2';
const MODULE = 'github.com/FerretDB/FerretDB';
const guardScript = fileURLToPath(new URL('./ferretdb-guard.mjs', import.meta.url));

export interface FerretdbLocation {
  /** Explicit binary (FERRETDB_BIN). */
  bin?: string | undefined;
  /** Project cache; the built binary lives in `<cacheDir>/bin/ferretdb`. */
  cacheDir: string;
  /** PATH to search; defaults to the process PATH. */
  path?: string | undefined;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function onPath(name: string, path: string | undefined): Promise<string | undefined> {
  for (const dir of (path ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

export const cachedBinary = (cacheDir: string) => resolve(cacheDir, 'bin', 'ferretdb');

/** FERRETDB_BIN, then PATH, then the project cache; undefined when none exists. */
export async function findFerretdb(loc: FerretdbLocation): Promise<string | undefined> {
  if (loc.bin) {
    if (await isExecutable(loc.bin)) return resolve(loc.bin);
    throw new Error(`FERRETDB_BIN=${loc.bin} is not an executable file`);
  }
  const path = loc.path ?? process.env.PATH;
  const fromPath = await onPath('ferretdb', path);
  if (fromPath) return fromPath;
  const cached = cachedBinary(loc.cacheDir);
  return (await isExecutable(cached)) ? cached : undefined;
}

/**
 * Builds FerretDB from the module proxy's source. A plain `go install …@v1.24.2` produces a binary that
 * panics at start ("Invalid build/version/version.txt"), because the release's version file is generated
 * by its own build tooling; so the module is copied, the version file written, and the copy built.
 */
export async function buildFerretdb(loc: FerretdbLocation): Promise<string> {
  const go = await onPath('go', loc.path ?? process.env.PATH);
  if (!go) throw new Error('`go` is not on PATH, so FerretDB cannot be built');
  const env = { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' };
  const { stdout } = await run(go, ['mod', 'download', '-json', `${MODULE}@${FERRETDB_VERSION}`], {
    env,
    maxBuffer: 10 * 1024 * 1024,
  });
  const moduleDir = (JSON.parse(stdout) as { Dir?: string }).Dir;
  if (!moduleDir) throw new Error(`go mod download gave no directory for ${MODULE}@${FERRETDB_VERSION}`);

  const src = resolve(loc.cacheDir, `ferretdb-src-${process.pid}`);
  const target = cachedBinary(loc.cacheDir);
  const partial = `${target}.${process.pid}.partial`;
  await rm(src, { recursive: true, force: true });
  await cp(moduleDir, src, { recursive: true });
  await run('chmod', ['-R', 'u+w', src]);
  await writeFile(join(src, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`);
  await mkdir(resolve(loc.cacheDir, 'bin'), { recursive: true });
  try {
    await run(go, ['build', '-trimpath', '-o', partial, './cmd/ferretdb'], {
      cwd: src,
      env,
      maxBuffer: 10 * 1024 * 1024,
    });
    await chmod(partial, 0o755);
    await rename(partial, target); // atomic: a concurrent build never leaves half a binary
  } finally {
    await rm(src, { recursive: true, force: true });
    await rm(partial, { force: true });
  }
  return target;
}

export interface RunningFerretdb {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts FerretDB (SQLite backend) on a free loopback port and waits until it answers a ping. */
export async function startFerretdb(bin: string, dataDir: string): Promise<RunningFerretdb> {
  await mkdir(dataDir, { recursive: true });
  const port = await freePort();
  const args = [
    '--handler=sqlite',
    `--sqlite-url=file:${resolve(dataDir)}/`,
    `--listen-addr=127.0.0.1:${port}`,
    '--telemetry=disable',
    '--state-dir=-',
    '--debug-addr=-',
    '--log-level=warn',
  ];
  const guard: ChildProcess = spawn(process.execPath, [guardScript, bin, ...args], {
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderr = '';
  guard.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  let exited = false;
  const exitedPromise = new Promise<void>((r) =>
    guard.once('exit', () => {
      exited = true;
      r();
    }),
  );
  const uri = `mongodb://127.0.0.1:${port}/`;
  const stop = async () => {
    if (!exited) {
      guard.stdin?.end();
      guard.kill('SIGTERM');
    }
    await exitedPromise;
  };
  try {
    await waitForPing(uri, 30_000, () => !exited);
  } catch (err) {
    await stop();
    throw new Error(`FerretDB did not start: ${(err as Error).message}\n${stderr.trim()}`);
  }
  return { uri, pid: guard.pid ?? -1, stop };
}
