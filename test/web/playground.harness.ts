import type { AddressInfo } from 'node:net';
import { createApp, type KontaktApp } from '../../src/app.js';
import type { PlaygroundSeed } from '../../src/bot/web/playground.js';
import { loadConfig } from '../../src/config.js';
import type { Connection } from '../../src/domain/db/connection.js';
import { type ManualClock, manualClock } from '../../src/shared/clock.js';
import { createLogger } from '../../src/shared/logger.js';

export interface RunningPlayground {
  app: KontaktApp;
  base: string;
  clock: ManualClock;
  get(path: string, init?: RequestInit): Promise<Response>;
  post(path: string, body: unknown): Promise<Response>;
  stop(): Promise<void>;
}

/** The real app (real command layer, real database) listening on a free loopback port. */
export async function startPlayground(
  conn: Connection,
  opts: { playground?: 'on' | 'off'; seed?: PlaygroundSeed; now?: string } = {},
): Promise<RunningPlayground> {
  const config = loadConfig({ KONTAKT_PLAYGROUND: opts.playground ?? 'on', LOG_LEVEL: 'silent' });
  const clock = manualClock(opts.now ?? '2026-12-04T10:00:00Z');
  const app = await createApp({
    config,
    conn,
    engine: 'test',
    log: createLogger('silent'),
    clock,
    ...(opts.seed ? { playgroundSeed: opts.seed } : {}),
  });
  const server = await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    app,
    base,
    clock,
    get: (path, init) => fetch(`${base}${path}`, init),
    post: (path, body) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    stop: () => app.stop(),
  };
}

export interface SseEvent {
  event: string;
  id?: string;
  data: unknown;
}

/** Reads a Server-Sent Events response frame by frame; `next` waits for the event asked for. */
export function readEvents(res: Response) {
  if (!res.body) throw new Error('no body to read');
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const frame = async (): Promise<SseEvent | undefined> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const raw = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const e: Partial<SseEvent> & { dataText?: string } = {};
        for (const line of raw.split('\n')) {
          const [field, ...rest] = line.split(': ');
          const value = rest.join(': ');
          if (field === 'event') e.event = value;
          else if (field === 'id') e.id = value;
          else if (field === 'data') e.dataText = value;
        }
        if (e.event && e.dataText !== undefined) {
          return { event: e.event, ...(e.id ? { id: e.id } : {}), data: JSON.parse(e.dataText) };
        }
        continue; // a comment or the retry hint
      }
      const chunk = await reader.read();
      if (chunk.done) return undefined;
      buffer += chunk.value;
    }
  };
  return {
    /** The next event with this name (and matching `test`), skipping others. */
    async next<T = Record<string, unknown>>(
      event: string,
      test: (data: T) => boolean = () => true,
    ): Promise<T> {
      for (;;) {
        const e = await frame();
        if (!e) throw new Error(`stream ended before a "${event}" event`);
        if (e.event === event && test(e.data as T)) return e.data as T;
      }
    },
    close: () => reader.cancel(),
  };
}

/** A JSON response's body after checking its status. */
export async function json<T = Record<string, unknown>>(
  res: Response | Promise<Response>,
  status = 200,
): Promise<T> {
  const r = await res;
  const text = await r.text();
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}
