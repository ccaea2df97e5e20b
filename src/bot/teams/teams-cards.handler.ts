import type { Application } from '@microsoft/teams-ai';
import type { LookupSource } from '../../commands/view/form.js';
import { localeFrom } from '../../shared/i18n/translator.js';
import { actionValue, renderAdaptiveCard } from './adaptive-card.renderer.js';
import { labelsFor, type TeamsDeps } from './teams-deps.js';
import { invocationOf } from './teams-invocation.js';
import { resultCard } from './teams-reply.js';

/** Teams lists at most this many typeahead options. */
const SEARCH_RESULTS = 15;

/** Any verb: the command layer's registry decides (and answers unknown ones with the valid ones). */
const ANY = /^.+$/;

/** Card buttons and pickers (`Action.Execute`) and dialog typeaheads (`Data.Query`). */
export function registerCards(app: Application, deps: TeamsDeps) {
  app.adaptiveCards.actionExecute(ANY, async (ctx, _state, data) => {
    const value = ctx.activity.value as { action?: { verb?: string } } | undefined;
    const verb = value?.action?.verb ?? '';
    const inv = invocationOf(ctx, 'button', deps.log);
    const labels = labelsFor(deps, ctx.activity);
    const result = await deps.kontakt.action(inv, verb, actionValue(data));
    // The card is updated in place; a form comes back as a card whose button opens the dialog.
    const shown = resultCard(result);
    return shown
      ? renderAdaptiveCard(shown, labels)
      : deps.i18n.t(localeFrom(ctx.activity.locale), 'core.done_title');
  });

  app.adaptiveCards.search(ANY, async (ctx, _state, query) => {
    const inv = invocationOf(ctx, 'modal', deps.log);
    const { dataset, queryText } = query.parameters;
    // With `associatedInputs: 'auto'` Teams sends what the dialog already has; it narrows the search.
    const sent = (ctx.activity.value as { data?: Record<string, unknown> } | undefined)?.data ?? {};
    const scope = Object.fromEntries(
      Object.entries(sent).flatMap(([k, v]) => (typeof v === 'string' && v ? [[k, v]] : [])),
    );
    const options = await deps.kontakt.options(inv, dataset as LookupSource, queryText.trim(), scope);
    const count = Math.min(query.count || SEARCH_RESULTS, SEARCH_RESULTS);
    return options.slice(query.skip, query.skip + count).map((o) => ({
      title: o.detail ? `${o.label} — ${o.detail}` : o.label,
      value: o.value,
    }));
  });
}
