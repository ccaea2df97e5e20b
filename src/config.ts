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
  /** Public base URL (https://kontakt.example.com), used in install links and manifests. */
  PUBLIC_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),

  SLACK_SIGNING_SECRET: optionalString,
  SLACK_BOT_TOKEN: z.preprocess(
    emptyAsUndefined,
    z.string().startsWith('xoxb-', 'must start with xoxb-').optional(),
  ),
  SLACK_APP_TOKEN: z.preprocess(
    emptyAsUndefined,
    z.string().startsWith('xapp-', 'must start with xapp-').optional(),
  ),
  SLACK_CLIENT_ID: optionalString,
  SLACK_CLIENT_SECRET: optionalString,
  SLACK_STATE_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().min(16, 'must be at least 16 characters, e.g. from `openssl rand -hex 32`').optional(),
  ),
  SLACK_API_URL: z.preprocess(emptyAsUndefined, z.url().optional()),

  MICROSOFT_APP_ID: optionalString,
  MICROSOFT_APP_PASSWORD: optionalString,
  MICROSOFT_APP_TYPE: z.preprocess(
    emptyAsUndefined,
    z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  ),
  MICROSOFT_APP_TENANT_ID: optionalString,
  TEAMS_ALLOW_UNAUTHENTICATED: z.preprocess(emptyAsUndefined, z.enum(['true', 'false']).default('false')),

  /** `auto`: on when neither Slack nor Teams is configured. */
  KONTAKT_PLAYGROUND: z.preprocess(emptyAsUndefined, z.enum(['auto', 'on', 'off']).default('auto')),
  KONTAKT_JOBS: z.preprocess(emptyAsUndefined, z.enum(['on', 'off']).default('on')),
});

export type Config = z.infer<typeof configSchema>;

type Issue = { path: string; message: string };

/** Combinations that cannot work, named by the variable that is missing. */
function crossCheck(c: Config): Issue[] {
  const issues: Issue[] = [];
  const oauth = c.SLACK_CLIENT_ID || c.SLACK_CLIENT_SECRET || c.SLACK_STATE_SECRET;
  if (oauth) {
    for (const name of ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const) {
      if (!c[name]) issues.push({ path: name, message: 'is required for multi-workspace OAuth installs' });
    }
  }
  if ((c.SLACK_BOT_TOKEN || oauth) && !c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN) {
    issues.push({ path: 'SLACK_SIGNING_SECRET', message: 'is required to verify Slack requests over HTTP' });
  }
  if (c.SLACK_APP_TOKEN && !c.SLACK_BOT_TOKEN && !oauth) {
    issues.push({ path: 'SLACK_BOT_TOKEN', message: 'is required with SLACK_APP_TOKEN (Socket Mode)' });
  }
  if (c.MICROSOFT_APP_ID && !c.MICROSOFT_APP_PASSWORD && c.MICROSOFT_APP_TYPE !== 'UserAssignedMSI') {
    issues.push({ path: 'MICROSOFT_APP_PASSWORD', message: 'is required with MICROSOFT_APP_ID' });
  }
  if (c.MICROSOFT_APP_TYPE === 'SingleTenant' && c.MICROSOFT_APP_ID && !c.MICROSOFT_APP_TENANT_ID) {
    issues.push({ path: 'MICROSOFT_APP_TENANT_ID', message: 'is required for a SingleTenant bot' });
  }
  return issues;
}

export const slackEnabled = (c: Config) => Boolean(c.SLACK_BOT_TOKEN || c.SLACK_CLIENT_ID);
export const teamsEnabled = (c: Config) =>
  Boolean(c.MICROSOFT_APP_ID) || c.TEAMS_ALLOW_UNAUTHENTICATED === 'true';
export const playgroundEnabled = (c: Config) =>
  c.KONTAKT_PLAYGROUND === 'on' ||
  (c.KONTAKT_PLAYGROUND === 'auto' && !slackEnabled(c) && !c.MICROSOFT_APP_ID);

export class ConfigError extends Error {
  readonly code = 'config.invalid';
}

/** Parses the environment; a wrong value names the variable and what is valid. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  const issues: Issue[] = parsed.success
    ? crossCheck(parsed.data)
    : parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(environment)', message: i.message }));
  if (parsed.success && issues.length === 0) return parsed.data;
  const secret = /SECRET|PASSWORD|TOKEN/;
  const lines = issues.map(
    (i) =>
      `  ${i.path}: ${i.message}${secret.test(i.path) ? '' : ` (got ${JSON.stringify(env[i.path] ?? null)})`}`,
  );
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
