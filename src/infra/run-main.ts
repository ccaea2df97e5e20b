import { ConfigError } from '../config.js';

/**
 * Runs an entry point. Configuration and database problems are the user's to fix and print just their
 * message; anything else is a bug and prints its stack. Either way the process exits with 1.
 */
export function runMain(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    const expected = err instanceof ConfigError || (err as { code?: string }).code === 'database.unavailable';
    console.error(expected ? (err as Error).message : err);
    process.exit(1);
  });
}

/** Runs `stop` once on SIGINT or SIGTERM (Ctrl-C, a container stop), then exits. */
export function onShutdown(log: { info(obj: object, msg: string): void }, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
