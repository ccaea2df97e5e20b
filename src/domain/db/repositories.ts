import type { Connection } from 'mongoose';
import type { TenantId } from '../../shared/tenant.js';
import { accountModel } from '../accounts/db/account.model.js';
import { accountRepository } from '../accounts/db/account.mongo-repository.js';
import { alertModel } from '../alerts/db/alert.model.js';
import { alertRepository } from '../alerts/db/alert.mongo-repository.js';
import { contactModel } from '../contacts/db/contact.model.js';
import { contactRepository } from '../contacts/db/contact.mongo-repository.js';
import { dealModel } from '../deals/db/deal.model.js';
import { dealRepository } from '../deals/db/deal.mongo-repository.js';
import { snapshotModel } from '../forecasts/db/snapshot.model.js';
import { snapshotRepository } from '../forecasts/db/snapshot.mongo-repository.js';
import { imageModel } from '../images/db/image.model.js';
import { interactionModel } from '../interactions/db/interaction.model.js';
import { interactionRepository } from '../interactions/db/interaction.mongo-repository.js';
import { memberModel } from '../members/db/member.model.js';
import { memberRepository } from '../members/db/member.mongo-repository.js';
import { outboxModel } from '../outbox/db/outbox.model.js';
import { outboxRepository } from '../outbox/db/outbox.mongo-repository.js';
import { outboxClaimModel } from '../outbox/db/outbox-claim.model.js';
import { activityRepository } from '../quotas/db/activity.mongo-repository.js';
import { activityQuotaModel, revenueQuotaModel } from '../quotas/db/quota.model.js';
import { quotaRepository } from '../quotas/db/quota.mongo-repository.js';
import { quoteModel } from '../quotes/db/quote.model.js';
import { quoteRepository } from '../quotes/db/quote.mongo-repository.js';
import { reminderModel } from '../reminders/db/reminder.model.js';
import { reminderRepository } from '../reminders/db/reminder.mongo-repository.js';
import type { Repositories, TenantRepos } from '../repositories.js';
import { tenantModel } from '../tenants/db/tenant.model.js';
import { settingsRepository, tenantRegistry } from '../tenants/db/tenant.mongo-repository.js';

/** Binds every repository to the connection; `forTenant` binds them to one tenant. */
export function createRepositories(conn: Connection): Repositories {
  return {
    tenants: tenantRegistry(conn),
    forTenant(tenantId: TenantId): TenantRepos {
      return {
        tenantId,
        settings: settingsRepository(conn, tenantId),
        members: memberRepository(conn, tenantId),
        accounts: accountRepository(conn, tenantId),
        contacts: contactRepository(conn, tenantId),
        reminders: reminderRepository(conn, tenantId),
        deals: dealRepository(conn, tenantId),
        quotes: quoteRepository(conn, tenantId),
        interactions: interactionRepository(conn, tenantId),
        outbox: outboxRepository(conn, tenantId),
        quotas: quotaRepository(conn, tenantId),
        activity: activityRepository(conn, tenantId),
        forecastSnapshots: snapshotRepository(conn, tenantId),
        alerts: alertRepository(conn, tenantId),
      };
    },
  };
}

/** Builds every collection's indexes (mongoose would do it lazily; tests and start-up want it done). */
export async function syncIndexes(conn: Connection): Promise<void> {
  const models = [
    tenantModel(conn),
    memberModel(conn),
    accountModel(conn),
    contactModel(conn),
    reminderModel(conn),
    dealModel(conn),
    quoteModel(conn),
    interactionModel(conn),
    imageModel(conn),
    outboxModel(conn),
    outboxClaimModel(conn),
    revenueQuotaModel(conn),
    activityQuotaModel(conn),
    snapshotModel(conn),
    alertModel(conn),
  ];
  await Promise.all(models.map((m) => m.init()));
}
