import type { AlertChannel, AlertKind, AlertSubscription } from './alert.js';

/** Alert subscriptions of one tenant. */
export interface AlertRepository {
  /** Subscribes the channel to exactly these kinds (replacing what it had). */
  subscribe(channel: AlertChannel, kinds: AlertKind[], byId: string): Promise<AlertSubscription>;
  get(id: string): Promise<AlertSubscription | null>;
  list(): Promise<AlertSubscription[]>;
  remove(id: string): Promise<boolean>;
}
