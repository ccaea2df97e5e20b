import { isSealed, seal, unseal } from '../../shared/crypto/seal.js';
import type { InstallationRepository } from './installation.repository.js';

/**
 * Installations whose payload (it holds the workspace's tokens) is encrypted at rest. Payloads stored
 * before sealing was configured are still read as they are and sealed on the next save.
 */
export function sealedInstallations(inner: InstallationRepository, key: Buffer): InstallationRepository {
  return {
    save: async (tenantId, payload) => {
      const saved = await inner.save(tenantId, seal(payload, key));
      return { ...saved, payload };
    },
    get: async (tenantId) => {
      const found = await inner.get(tenantId);
      if (!found || !isSealed(found.payload)) return found;
      return { ...found, payload: unseal(found.payload, key) };
    },
    delete: (tenantId) => inner.delete(tenantId),
  };
}
