import type { DeliveryRepository } from '../../domain/deliveries/delivery.repository.js';
import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';

/** How long a handled delivery is remembered: far longer than any platform retries. */
export const CLAIM_TTL_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

/** Forgets old delivery claims every hour (FerretDB has no TTL indexes); returns the stopper. */
export function startClaimPruning(deliveries: DeliveryRepository, clock: Clock, log: Logger): () => void {
  const timer = setInterval(() => {
    deliveries
      .prune(new Date(clock.now().getTime() - CLAIM_TTL_MS))
      .catch((err) => log.warn({ err }, 'pruning delivery claims failed'));
  }, PRUNE_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
