import type { Logger } from '../shared/logger.js';
import { accountModule } from './handlers/account.command.js';
import type { AccountSection } from './handlers/account.view.js';
import { coreModule } from './handlers/core.js';
import { type HomeSection, overdueAccountsSection } from './handlers/home.js';
import type { CommandDeps } from './invocation.js';
import { createKontakt, type Kontakt } from './kontakt.js';
import { createRegistry, type Registry } from './registry.js';

export type { CommandDeps, Invocation } from './invocation.js';
export type { Kontakt } from './kontakt.js';

/** Every command, action, form and typeahead of Kontakt, bound to its dependencies. */
export function createCommandLayer(deps: CommandDeps, log?: Logger): Kontakt {
  const accountSections: AccountSection[] = [];
  const registry: Registry = createRegistry([coreModule(() => registry), accountModule(accountSections)]);
  const homeSections: HomeSection[] = [overdueAccountsSection];
  return createKontakt(deps, registry, homeSections, log);
}
