import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { InstallationRepository } from '../../domain/installations/installation.repository.js';
import { CodedError } from '../../shared/errors.js';
import { type TenantId, tenantId } from '../../shared/tenant.js';

/** Org-wide installs are keyed by enterprise, all others by team: the same rule as the tenant id. */
export function installationTenant(q: {
  isEnterpriseInstall?: boolean | undefined;
  enterpriseId?: string | undefined;
  teamId?: string | undefined;
}): TenantId {
  const key = q.isEnterpriseInstall && q.enterpriseId ? q.enterpriseId : q.teamId;
  if (!key) throw new CodedError('slack.installation_unkeyed', 'installation without team or enterprise id');
  return tenantId('slack', key);
}

const tenantOfInstallation = (i: Installation) =>
  installationTenant({
    isEnterpriseInstall: i.isEnterpriseInstall,
    enterpriseId: i.enterprise?.id,
    teamId: i.team?.id,
  });

/** Bolt's installation store on Kontakt's repository; the installation is kept as one JSON string. */
export function slackInstallationStore(repo: InstallationRepository): InstallationStore {
  return {
    async storeInstallation(installation) {
      await repo.save(tenantOfInstallation(installation as Installation), JSON.stringify(installation));
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const found = await repo.get(installationTenant(query));
      if (!found) throw new CodedError('slack.not_installed', 'no installation for this workspace');
      return JSON.parse(found.payload) as Installation;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await repo.delete(installationTenant(query));
    },
  };
}

/** The tenant's bot token from its installation, if it installed through OAuth. */
export async function installedBotToken(
  repo: InstallationRepository,
  tenant: TenantId,
): Promise<string | undefined> {
  const found = await repo.get(tenant);
  if (!found) return undefined;
  const installation = JSON.parse(found.payload) as Partial<Installation>;
  return installation.bot?.token;
}
