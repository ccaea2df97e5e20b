import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../shared/logger.js';

const fromPino: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

const line = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : String(m))).join(' ');

/** Bolt's and the Web API client's logs, written through Kontakt's logger at its level. */
export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'slack' });
  return {
    debug: (...msg) => child.debug(line(msg)),
    info: (...msg) => child.info(line(msg)),
    warn: (...msg) => child.warn(line(msg)),
    error: (...msg) => {
      const err = msg.find((m) => m instanceof Error);
      child.error(err ? { err } : {}, line(msg.filter((m) => !(m instanceof Error))) || 'Slack error');
    },
    // The level follows LOG_LEVEL; Bolt's attempts to change it are ignored.
    setLevel: () => {},
    getLevel: () => fromPino[child.level] ?? LogLevel.INFO,
    setName: () => {},
  };
}
