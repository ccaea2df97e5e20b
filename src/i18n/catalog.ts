import { accountsMessages } from '../domain/accounts/accounts.messages.js';
import { sharedMessages } from '../domain/shared/shared.messages.js';
import { createTranslator, type MessageBundle } from '../shared/i18n/translator.js';

/** Every message bundle of Kontakt; the catalog test checks each is complete in both languages. */
export const bundles: Record<string, MessageBundle> = {
  shared: sharedMessages,
  accounts: accountsMessages,
};

export const i18n = createTranslator(Object.values(bundles));
