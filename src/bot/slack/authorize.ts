import type { Authorize, AuthorizeResult, AuthorizeSourceData, webApi } from '@slack/bolt';
import type { Logger } from '../../shared/logger.js';

type Identity = { botId?: string; botUserId?: string };

/**
 * Single-workspace authorization with SLACK_BOT_TOKEN. The bot's identity (needed to ignore its own
 * events) is taken from the options or asked of auth.test on first use; a failed auth.test is logged and
 * tried again on the next request instead of failing start-up or the request.
 */
export function tokenAuthorize(
  client: webApi.WebClient,
  token: string,
  known: Identity,
  log: Logger,
): Authorize<boolean> {
  let identity: Promise<Identity> | undefined =
    known.botId && known.botUserId ? Promise.resolve(known) : undefined;
  const resolve = () => {
    if (!identity) {
      const pending = client.auth.test({ token }).then((r) => ({
        ...(r.bot_id ? { botId: r.bot_id } : {}),
        ...(r.user_id ? { botUserId: r.user_id } : {}),
      }));
      identity = pending;
      pending.catch(() => {
        if (identity === pending) identity = undefined;
      });
    }
    return identity;
  };
  return async (source: AuthorizeSourceData<boolean>): Promise<AuthorizeResult> => {
    let who: Identity = {};
    try {
      who = await resolve();
    } catch (e) {
      log.warn({ code: (e as { code?: string }).code }, 'auth.test failed; bot identity unknown for now');
    }
    return {
      botToken: token,
      ...who,
      ...(source.teamId ? { teamId: source.teamId } : {}),
      ...(source.enterpriseId ? { enterpriseId: source.enterpriseId } : {}),
    };
  };
}

/** Installed workspaces first, then the single-workspace token (a workspace may use either). */
export function firstAuthorize(...candidates: Authorize<boolean>[]): Authorize<boolean> {
  return async (source, body) => {
    let last: unknown;
    for (const authorize of candidates) {
      try {
        return await authorize(source, body);
      } catch (e) {
        last = e;
      }
    }
    throw last ?? new Error('no Slack authorization configured');
  };
}
