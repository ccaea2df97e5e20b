import { accountUiMessages } from '../commands/handlers/account.messages.js';
import { coreMessages } from '../commands/handlers/core.messages.js';
import { accountsMessages } from '../domain/accounts/accounts.messages.js';
import { dealsMessages } from '../domain/deals/deals.messages.js';
import { sharedMessages } from '../domain/shared/shared.messages.js';
import { createTranslator, type MessageBundle } from '../shared/i18n/translator.js';

/** Every message bundle of Kontakt; the catalog test checks each is complete in both languages. */
export const bundles: Record<string, MessageBundle> = {
  shared: sharedMessages,
  accounts: accountsMessages,
  deals: dealsMessages,
  core: coreMessages,
  accountUi: accountUiMessages,
};

export const i18n = createTranslator(Object.values(bundles));
