import { createCommandLayer, type Invocation, type Kontakt } from '../../src/commands/index.js';
import { createNotifierHub, type NotifierHub } from '../../src/commands/notifier.js';
import type { CommandResult } from '../../src/commands/result.js';
import type { Card } from '../../src/commands/view/card.js';
import { fallbackText } from '../../src/commands/view/fallback-text.js';
import type { Connection } from '../../src/domain/db/connection.js';
import { createRepositories, syncIndexes } from '../../src/domain/db/repositories.js';
import type { Repositories } from '../../src/domain/repositories.js';
import { i18n } from '../../src/i18n/catalog.js';
import { type ManualClock, manualClock } from '../../src/shared/clock.js';
import type { Locale } from '../../src/shared/i18n/translator.js';

export interface CommandHarness {
  kontakt: Kontakt;
  repos: Repositories;
  notify: NotifierHub;
  clock: ManualClock;
  /** An invocation by a user of the harness's tenant (created on first sight). */
  as(userId: string, opts?: { name?: string; locale?: Locale; timeZone?: string }): Invocation;
}

/** The real command layer on a real database, addressed like the playground does. */
export async function commandHarness(
  conn: Connection,
  tenant: string,
  now = '2026-12-04T10:00:00Z',
): Promise<CommandHarness> {
  await syncIndexes(conn);
  const repos = createRepositories(conn);
  const clock = manualClock(now);
  const notify = createNotifierHub();
  const kontakt = createCommandLayer({ repos, clock, i18n, notify });
  return {
    kontakt,
    repos,
    notify,
    clock,
    as: (userId, opts = {}) => ({
      platform: 'web',
      tenantExternalId: tenant,
      tenantName: tenant,
      user: {
        platformUserId: userId,
        profile: async () => ({
          displayName: opts.name ?? userId,
          locale: opts.locale ?? 'en',
          timeZone: opts.timeZone ?? 'Europe/Berlin',
        }),
      },
      source: 'playground',
    }),
  };
}

export function cardOf(result: CommandResult): Card {
  if (result.kind === 'card') return result.card;
  if (result.kind === 'done' && result.card) return result.card;
  throw new Error(`expected a card, got ${JSON.stringify(result).slice(0, 300)}`);
}

export const textOf = (result: CommandResult) => fallbackText(cardOf(result));
