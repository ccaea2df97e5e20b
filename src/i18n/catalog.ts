import { webMessages } from '../bot/web/web.messages.js';
import { accountUiMessages } from '../commands/handlers/account.messages.js';
import { adminMessages } from '../commands/handlers/admin.messages.js';
import { alertsUiMessages } from '../commands/handlers/alerts.messages.js';
import { analyticsUiMessages } from '../commands/handlers/analytics.messages.js';
import { careMessages } from '../commands/handlers/care.messages.js';
import { contactUiMessages } from '../commands/handlers/contact.messages.js';
import { coreMessages } from '../commands/handlers/core.messages.js';
import { dealUiMessages } from '../commands/handlers/deal.messages.js';
import { forecastUiMessages } from '../commands/handlers/forecast.messages.js';
import { logUiMessages } from '../commands/handlers/log.messages.js';
import { quoteUiMessages } from '../commands/handlers/quote.messages.js';
import { remindUiMessages } from '../commands/handlers/remind.messages.js';
import { settingsUiMessages } from '../commands/handlers/settings.messages.js';
import { accountsMessages } from '../domain/accounts/accounts.messages.js';
import { alertsMessages } from '../domain/alerts/alerts.messages.js';
import { contactsMessages } from '../domain/contacts/contacts.messages.js';
import { dealsMessages } from '../domain/deals/deals.messages.js';
import { forecastsMessages } from '../domain/forecasts/forecasts.messages.js';
import { interactionsMessages } from '../domain/interactions/interactions.messages.js';
import { quotasMessages } from '../domain/quotas/quotas.messages.js';
import { quotesMessages } from '../domain/quotes/quotes.messages.js';
import { remindersMessages } from '../domain/reminders/reminders.messages.js';
import { sharedMessages } from '../domain/shared/shared.messages.js';
import { tenantsMessages } from '../domain/tenants/tenants.messages.js';
import { createTranslator, type MessageBundle } from '../shared/i18n/translator.js';

/** Every message bundle of Kontakt; the catalog test checks each is complete in both languages. */
export const bundles: Record<string, MessageBundle> = {
  shared: sharedMessages,
  accounts: accountsMessages,
  contacts: contactsMessages,
  reminders: remindersMessages,
  deals: dealsMessages,
  quotes: quotesMessages,
  interactions: interactionsMessages,
  core: coreMessages,
  accountUi: accountUiMessages,
  contactUi: contactUiMessages,
  dealUi: dealUiMessages,
  logUi: logUiMessages,
  quoteUi: quoteUiMessages,
  settingsUi: settingsUiMessages,
  tenants: tenantsMessages,
  web: webMessages,
  care: careMessages,
  remindUi: remindUiMessages,
  admin: adminMessages,
  forecasts: forecastsMessages,
  quotas: quotasMessages,
  alerts: alertsMessages,
  forecastUi: forecastUiMessages,
  alertsUi: alertsUiMessages,
  analyticsUi: analyticsUiMessages,
};

export const i18n = createTranslator(Object.values(bundles));
