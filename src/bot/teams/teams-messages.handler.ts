import type { Application } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { stripPrefix } from '../../commands/kontakt.js';
import { isPersonal, rememberPersonalChat } from './teams-conversation.js';
import { labelsFor, type TeamsDeps } from './teams-deps.js';
import { invocationOf } from './teams-invocation.js';
import { cardMessage, resultCard } from './teams-reply.js';
import { commandText } from './teams-text.js';
import { HOME_WORDS } from './teams-verbs.js';

async function runText(ctx: TurnContext, deps: TeamsDeps, text: string) {
  const inv = invocationOf(ctx, 'teams', deps.log);
  // Personal chat: keep the reference fresh so reminders and nudges can reach the member later.
  await rememberPersonalChat(deps.kontakt, inv, ctx.activity);
  const word = stripPrefix(text).toLowerCase();
  const home = (HOME_WORDS as readonly string[]).includes(word) && !deps.kontakt.registry.command(word);
  const shown = home ? await deps.kontakt.home(inv) : resultCard(await deps.kontakt.text(inv, text));
  if (shown) await ctx.sendActivity(cardMessage(shown, labelsFor(deps, ctx.activity)));
}

/**
 * Text commands in personal chats, group chats and channels (`help`, `crm log …`, `/crm account …`, with
 * or without the bot's @mention), the home view (`home`), and the welcome when the bot is installed.
 */
export function registerMessages(app: Application, deps: TeamsDeps) {
  app.activity(ActivityTypes.Message, async (ctx) => {
    // A card's Action.Submit without text reaches us as a message with only a value: nothing to run.
    if (!ctx.activity.text && ctx.activity.value) return;
    await runText(ctx, deps, commandText(ctx.activity));
  });

  app.conversationUpdate('membersAdded', async (ctx) => {
    const botId = ctx.activity.recipient?.id;
    const installed = (ctx.activity.membersAdded ?? []).some((m) => m.id === botId);
    if (installed) await runText(ctx, deps, 'help');
    else if (isPersonal(ctx.activity)) {
      await rememberPersonalChat(deps.kontakt, invocationOf(ctx, 'teams', deps.log), ctx.activity);
    }
  });
}
