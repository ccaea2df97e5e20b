import type { TenantSettings } from '../domain/tenants/tenant.js';
import { type AccountPlan, planAccounts } from './plan-accounts.js';
import { type DealPlan, planDeals } from './plan-deals.js';
import { type InteractionPlan, planInteractions } from './plan-interactions.js';
import { planReminders, type ReminderPlan } from './plan-reminders.js';

/** The whole demo data set as plain values: the same `now` and settings give the same plan. */
export interface DemoPlan {
  accounts: AccountPlan[];
  deals: DealPlan[];
  interactions: InteractionPlan[];
  reminders: ReminderPlan[];
}

export function planDemo(settings: TenantSettings, now: Date): DemoPlan {
  const accounts = planAccounts(settings);
  const deals = planDeals(accounts, settings, now);
  return {
    accounts,
    deals,
    interactions: planInteractions(accounts, deals, settings, now),
    reminders: planReminders(accounts, deals, settings, now),
  };
}
