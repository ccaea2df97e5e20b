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
