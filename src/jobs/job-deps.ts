import type { NotifierHub } from '../commands/notifier.js';
import { DEFAULT_POLICY, type DeliveryPolicy } from '../domain/outbox/outbox.js';
import type { Repositories } from '../domain/repositories.js';
import type { Clock } from '../shared/clock.js';
import type { Translator } from '../shared/i18n/translator.js';
import type { Logger } from '../shared/logger.js';
import { type ConversationThrottle, createThrottle } from './throttle.js';

/** Waits; production uses a timer, tests a fake that advances their manual clock. */
export type Sleeper = (ms: number) => Promise<void>;

export const realSleep: Sleeper = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** What every job function runs with. Time comes only from `clock` (and passes only via `sleep`). */
export interface JobDeps {
  readonly repos: Repositories;
  readonly notify: NotifierHub;
  readonly clock: Clock;
  readonly log: Logger;
  readonly i18n: Translator;
  readonly sleep: Sleeper;
  readonly throttle: ConversationThrottle;
  readonly policy: DeliveryPolicy;
}

export interface JobDepsInput {
  repos: Repositories;
  notify: NotifierHub;
  clock: Clock;
  log: Logger;
  i18n: Translator;
  sleep?: Sleeper;
  policy?: Partial<DeliveryPolicy>;
}

export function createJobDeps(input: JobDepsInput): JobDeps {
  const policy = { ...DEFAULT_POLICY, ...input.policy };
  return {
    repos: input.repos,
    notify: input.notify,
    clock: input.clock,
    log: input.log,
    i18n: input.i18n,
    sleep: input.sleep ?? realSleep,
    throttle: createThrottle(policy.minIntervalMs),
    policy,
  };
}
