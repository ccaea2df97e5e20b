import type { App } from '@slack/bolt';
import { deliver } from './deliver.js';
import type { HandlerDeps } from './handler-deps.js';
import { LOG_SHORTCUT, SLASH_COMMAND } from './registrations.js';
import { profileLoader, slackInvocation } from './slack-invocation.js';

/** The form the message shortcut opens (registered by the command layer). */
export const LOG_FORM = 'log.interaction';

const isoOfTs = (ts: string) => new Date(Math.round(Number(ts) * 1000)).toISOString();

/** `/crm …`: acknowledged at once, then answered through response_url or a modal. */
export function registerCommand(app: App, deps: HandlerDeps): void {
  app.command(SLASH_COMMAND, async ({ ack, command, context, client, respond }) => {
    await ack();
    const channel = { id: command.channel_id, name: command.channel_name };
    const inv = slackInvocation({
      context,
      client,
      log: deps.log,
      userId: command.user_id,
      userName: command.user_name,
      tenantName: command.enterprise_name || command.team_domain,
      channel,
      source: 'slash',
      requestId: command.trigger_id,
    });
    const result = await deps.kontakt.text(inv, command.text ?? '');
    await deliver(
      deps,
      {
        inv,
        client,
        userId: command.user_id,
        triggerId: command.trigger_id,
        respond,
        channelId: command.channel_id,
      },
      result,
    );
  });
}

/** "Log to CRM" on a message: opens the interaction form prefilled with the message. */
export function registerShortcut(app: App, deps: HandlerDeps): void {
  app.shortcut(
    { callback_id: LOG_SHORTCUT, type: 'message_action' },
    async ({ ack, shortcut, context, client, respond }) => {
      await ack();
      const { message, channel } = shortcut;
      const inv = slackInvocation({
        context,
        client,
        log: deps.log,
        userId: shortcut.user.id,
        userName: shortcut.user.name,
        channel,
        source: 'shortcut',
        requestId: shortcut.trigger_id,
      });
      let permalink: string | undefined;
      try {
        permalink = (await client.chat.getPermalink({ channel: channel.id, message_ts: message.ts }))
          .permalink;
      } catch (e) {
        // Private channels the bot is not in have no permalink for it; the form works without one.
        deps.log.info({ code: (e as { data?: { error?: string } }).data?.error }, 'no permalink for message');
      }
      const author = message.user
        ? (await profileLoader(client, message.user, undefined, deps.log)()).displayName
        : (message.username as string | undefined);
      const prefill: Record<string, string> = {
        summary: message.text ?? '',
        occurredAt: isoOfTs(message.ts),
        channel: channel.id,
        ...(channel.name ? { channelName: channel.name } : {}),
        ...(author ? { author } : {}),
        ...(permalink ? { permalink } : {}),
      };
      const result = await deps.kontakt.openForm(inv, LOG_FORM, prefill);
      await deliver(
        deps,
        {
          inv,
          client,
          userId: shortcut.user.id,
          triggerId: shortcut.trigger_id,
          respond,
          channelId: channel.id,
        },
        result,
      );
    },
  );
}
