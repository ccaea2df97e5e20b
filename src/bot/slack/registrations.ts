/** What the Slack app registers; manifest.json must declare the same (a test compares them). */
export const SLASH_COMMAND = '/crm';
export const LOG_SHORTCUT = 'log_to_crm';
export const EVENTS = ['app_home_opened', 'app_uninstalled', 'tokens_revoked'] as const;

/**
 * Every Web API method the adapter calls and the bot scopes it needs. users.info reads e-mail addresses;
 * chat.postMessage also posts alerts into public channels Kontakt was not invited to.
 */
export const METHOD_SCOPES: Record<string, readonly string[]> = {
  'auth.test': [],
  'chat.postMessage': ['chat:write', 'chat:write.public'],
  'chat.postEphemeral': ['chat:write'],
  'chat.getPermalink': [],
  'conversations.open': ['im:write'],
  'users.info': ['users:read', 'users:read.email'],
  'views.open': [],
  'views.push': [],
  'views.update': [],
  'views.publish': [],
  'files.uploadV2': ['files:write'],
};

/** The bot scopes requested on install: slash command and shortcut, plus what the methods need. */
export const BOT_SCOPES: readonly string[] = [
  'commands',
  ...new Set(Object.values(METHOD_SCOPES).flat()),
].sort();
