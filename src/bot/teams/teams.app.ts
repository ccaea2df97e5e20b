import { Application, type TeamsAdapter } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { localeFrom } from '../../shared/i18n/translator.js';
import { registerCards } from './teams-cards.handler.js';
import { tenantOf } from './teams-conversation.js';
import type { TeamsDeps } from './teams-deps.js';
import { registerDialogs } from './teams-dialogs.handler.js';
import { registerExtensions } from './teams-extensions.handler.js';
import { registerMessages } from './teams-messages.handler.js';

/**
 * The teams-ai application: routes only. Every handler builds an Invocation, calls the command layer and
 * renders its neutral result. No storage: nothing is kept between turns in the process, and teams-ai's
 * turn-state keys (which ignore the tenant) are never used.
 */
export function createTeamsApplication(
  adapter: TeamsAdapter,
  botAppId: string,
  deps: TeamsDeps,
): Application {
  const app = new Application({
    adapter,
    botAppId,
    // No "typing…" timer: it would post stray activities after the reply.
    startTypingTimer: false,
    removeRecipientMention: true,
    longRunningMessages: false,
  });
  registerDialogs(app, deps);
  registerCards(app, deps);
  registerExtensions(app, deps);
  registerMessages(app, deps);

  app.error(async (ctx: TurnContext, error: Error) => {
    const { activity } = ctx;
    deps.log.error(
      {
        err: error,
        code: (error as { code?: string }).code ?? 'teams.turn_failed',
        tenant: tenantOf(activity),
        activity: activity.type,
        name: activity.name,
      },
      'Teams turn failed',
    );
    try {
      if (activity.type === ActivityTypes.Invoke) {
        await ctx.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 500 } });
      } else if (activity.type === ActivityTypes.Message) {
        await ctx.sendActivity(deps.i18n.t(localeFrom(activity.locale), 'errors.internal'));
      }
    } catch (e) {
      deps.log.error(
        { err: e, code: 'teams.error_reply_failed', tenant: tenantOf(activity) },
        'could not report the failure',
      );
    }
  });
  return app;
}
