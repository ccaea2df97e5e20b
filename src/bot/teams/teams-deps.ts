import type { Activity } from 'botbuilder';
import type { Kontakt } from '../../commands/kontakt.js';
import type { DeliveryRepository } from '../../domain/deliveries/delivery.repository.js';
import { localeFrom, type Translator } from '../../shared/i18n/translator.js';
import type { Logger } from '../../shared/logger.js';
import type { RenderLabels } from './adaptive-card.types.js';
import { renderLabels } from './teams-labels.js';

/** What the Teams handlers need: the command layer, the catalog for the renderers' words, a logger. */
export interface TeamsDeps {
  kontakt: Kontakt;
  i18n: Translator;
  log: Logger;
  /** Claims of dialog submissions, so a double-clicked Save runs once (even across instances). */
  deliveries?: DeliveryRepository;
}

/** The renderers' words in the language of the user's Teams client. */
export const labelsFor = (deps: TeamsDeps, activity: Partial<Activity>): RenderLabels =>
  renderLabels(deps.i18n, localeFrom(activity.locale));
