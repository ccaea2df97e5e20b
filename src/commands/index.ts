import type { JobRunner } from '../domain/care/care-jobs.js';
import type { Logger } from '../shared/logger.js';
import { accountModule } from './handlers/account.command.js';
import { adminModule } from './handlers/admin.command.js';
import { alertStageListener, alertsModule } from './handlers/alerts.js';
import { analyticsModule } from './handlers/analytics.command.js';
import { careModule } from './handlers/care.command.js';
import { contactModule } from './handlers/contact.command.js';
import { coreModule } from './handlers/core.js';
import { dealModule } from './handlers/deal.command.js';
import { forecastModule } from './handlers/forecast.command.js';
import { type HomeSection, myDealsSection, overdueAccountsSection } from './handlers/home.js';
import { logModule } from './handlers/log.command.js';
import { meModule } from './handlers/me.command.js';
import { pipelineModule } from './handlers/pipeline.command.js';
import { quotaModule } from './handlers/quota.command.js';
import { quoteModule } from './handlers/quote.command.js';
import { remindModule } from './handlers/remind.js';
import { dueFollowUpsSection } from './handlers/remind.view.js';
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

/** What the composition root may add: the runner behind `/crm admin run` (jobs depend on commands). */
export interface CommandLayerOptions {
  jobs?: JobRunner;
}

/** Every command, action, form and typeahead of Kontakt, bound to its dependencies. */
export function createCommandLayer(deps: CommandDeps, log?: Logger, opts: CommandLayerOptions = {}): Kontakt {
  const dealSections = [dealQuote];
  // Deal alerts to subscribed channels (publishDealEvent) run after every successful stage move.
  const stageListeners: StageListener[] = [alertStageListener];
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
    meModule(),
    remindModule(),
    careModule(),
    adminModule(opts.jobs),
    forecastModule(),
    quotaModule(),
    alertsModule(),
    analyticsModule(),
  ]);
  const homeSections: HomeSection[] = [myDealsSection, dueFollowUpsSection, overdueAccountsSection];
  return createKontakt(deps, registry, homeSections, log);
}
