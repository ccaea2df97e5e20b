import type { AnyMiddlewareArgs, App, Middleware } from '@slack/bolt';
import type { HandlerDeps } from './handler-deps.js';
import { publishHome } from './home.publisher.js';
import { slackInvocation, slackTenantId } from './slack-invocation.js';

/**
 * Slack retries an event it thinks was not delivered (X-Slack-Retry-Num) and may deliver one twice. The
 * event id is claimed in the database before anything runs, so a second delivery to any instance is
 * skipped; a failed first attempt gives its claim back so the retry can do the work.
 */
export function dedupeEvents(deps: HandlerDeps): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next, context }) => {
    const eventId =
      (body as { type?: string; event_id?: string }).type === 'event_callback'
        ? (body as { event_id?: string }).event_id
        : undefined;
    if (!eventId) return next();
    const key = `slack:event:${eventId}`;
    if (!(await deps.deliveries.claim(key))) {
      deps.log.info({ eventId, retry: context.retryNum }, 'duplicate Slack event skipped');
      return;
    }
    try {
      await next();
    } catch (e) {
      await deps.deliveries.release(key);
      throw e;
    }
  };
}

/** The home tab, and forgetting an installation when the app is uninstalled or its token revoked. */
export function registerEvents(app: App, deps: HandlerDeps): void {
  app.event('app_home_opened', async ({ event, body, context, client }) => {
    if (event.tab !== 'home') return;
    const inv = slackInvocation({
      context,
      client,
      log: deps.log,
      userId: event.user,
      source: 'button',
      requestId: body.event_id,
    });
    await publishHome(deps, inv, client, event.user);
  });

  app.event('app_uninstalled', async ({ context }) => {
    const removed = await deps.installations.delete(slackTenantId(context));
    deps.log.info({ tenant: slackTenantId(context), removed }, 'Slack app uninstalled');
  });

  app.event('tokens_revoked', async ({ event, context }) => {
    // Kontakt works with the bot token only; revoked user tokens change nothing.
    if (!event.tokens.bot?.length) return;
    const removed = await deps.installations.delete(slackTenantId(context));
    deps.log.info({ tenant: slackTenantId(context), removed }, 'Slack bot token revoked');
  });
}
