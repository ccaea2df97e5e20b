import { z } from 'zod/v4';

const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

/** Every environment variable Kontakt reads, parsed once at start-up. */
export const configSchema = z.object({
  MONGODB_URI: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
      .optional(),
  ),
  KONTAKT_DB_NAME: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[a-zA-Z0-9_-]{1,63}$/, 'must be 1–63 letters, digits, "_" or "-"')
      .default('kontakt'),
  ),
  KONTAKT_DB_ENGINE: z.preprocess(emptyAsUndefined, z.enum(['auto', 'mongod', 'ferretdb']).default('auto')),
  KONTAKT_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('.data')),
  FERRETDB_BIN: optionalString,
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: z.preprocess(emptyAsUndefined, z.string().default('127.0.0.1')),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  readonly code = 'config.invalid';
}

/** Parses the environment; a wrong value names the variable and what is valid. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(environment)';
    return `  ${name}: ${issue.message} (got ${JSON.stringify(env[name] ?? null)})`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
