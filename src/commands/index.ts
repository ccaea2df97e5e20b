import type { Logger } from '../shared/logger.js';
import { accountModule } from './handlers/account.command.js';
import { contactModule } from './handlers/contact.command.js';
import { coreModule } from './handlers/core.js';
import { dealModule } from './handlers/deal.command.js';
import { type HomeSection, overdueAccountsSection } from './handlers/home.js';
import { logModule } from './handlers/log.command.js';
import { pipelineModule } from './handlers/pipeline.command.js';
import { quoteModule } from './handlers/quote.command.js';
import {
  accountContacts,
  accountOpenDeals,
  contactInteractions,
  dealQuote,
  recentInteractions,
} from './handlers/sections.js';
import { settingsModule } from './handlers/settings.command.js';
import { type StageListener, stageModule } from './handlers/stage.command.js';
import { teamModule } from './handlers/team.command.js';
import type { CommandDeps } from './invocation.js';
import { createKontakt, type Kontakt } from './kontakt.js';
import { createRegistry, type Registry } from './registry.js';

export type { CommandDeps, Invocation } from './invocation.js';
export type { Kontakt } from './kontakt.js';

/** Every command, action, form and typeahead of Kontakt, bound to its dependencies. */
export function createCommandLayer(deps: CommandDeps, log?: Logger): Kontakt {
  const dealSections = [dealQuote];
  const stageListeners: StageListener[] = [];
  const registry: Registry = createRegistry([
    coreModule(() => registry),
    accountModule([accountOpenDeals, accountContacts, recentInteractions]),
    contactModule([contactInteractions]),
    logModule(),
    dealModule(dealSections),
    stageModule(dealSections, stageListeners),
    quoteModule(),
    pipelineModule(),
    settingsModule(),
    teamModule(),
  ]);
  const homeSections: HomeSection[] = [overdueAccountsSection];
  return createKontakt(deps, registry, homeSections, log);
}
