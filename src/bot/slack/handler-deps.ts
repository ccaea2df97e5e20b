import type { DeliveryRepository } from '../../domain/deliveries/delivery.repository.js';
import type { InstallationRepository } from '../../domain/installations/installation.repository.js';
import type { DeliverDeps } from './deliver.js';

/** What every Slack listener works with. */
export interface HandlerDeps extends DeliverDeps {
  deliveries: DeliveryRepository;
  installations: InstallationRepository;
}
