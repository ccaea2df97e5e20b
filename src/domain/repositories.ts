import type { TenantId } from '../shared/tenant.js';
import type { AccountRepository } from './accounts/account.repository.js';
import type { AlertRepository } from './alerts/alert.repository.js';
import type { ContactRepository } from './contacts/contact.repository.js';
import type { DealRepository } from './deals/deal.repository.js';
import type { SnapshotRepository } from './forecasts/snapshot.repository.js';
import type { InteractionRepository } from './interactions/interaction.repository.js';
import type { MemberRepository } from './members/member.repository.js';
import type { OutboxRepository } from './outbox/outbox.repository.js';
import type { ActivityRepository } from './quotas/activity.repository.js';
import type { QuotaRepository } from './quotas/quota.repository.js';
import type { QuoteRepository } from './quotes/quote.repository.js';
import type { ReminderRepository } from './reminders/reminder.repository.js';
import type { SettingsRepository, TenantRegistry } from './tenants/tenant.repository.js';

/** Every repository of one tenant. None of their methods takes a tenant id. */
export interface TenantRepos {
  readonly tenantId: TenantId;
  readonly settings: SettingsRepository;
  readonly members: MemberRepository;
  readonly accounts: AccountRepository;
  readonly contacts: ContactRepository;
  readonly reminders: ReminderRepository;
  readonly deals: DealRepository;
  readonly quotes: QuoteRepository;
  readonly interactions: InteractionRepository;
  /** Nudges, reminders and digests on their way out (exactly-once delivery ledger). */
  readonly outbox: OutboxRepository;
  readonly quotas: QuotaRepository;
  /** Read-only activity measures (funnel, activity reports, last touches). */
  readonly activity: ActivityRepository;
  readonly forecastSnapshots: SnapshotRepository;
  readonly alerts: AlertRepository;
}

/** The door to all data: tenants are listed here, everything else is reached `forTenant(id)`. */
export interface Repositories {
  readonly tenants: TenantRegistry;
  forTenant(id: TenantId): TenantRepos;
}
