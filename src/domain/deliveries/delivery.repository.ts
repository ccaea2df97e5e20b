/**
 * Which platform deliveries (event ids, view submissions) were already handled. Claims are unique keys
 * in the database, so a retried or duplicated delivery runs once even with several Kontakt instances.
 */
export interface DeliveryRepository {
  /** True when `key` was not claimed before: the caller handles the delivery. False for a duplicate. */
  claim(key: string): Promise<boolean>;
  /** Gives a claim back (handling failed or wrote nothing), so a retry may run. */
  release(key: string): Promise<void>;
  /** Forgets claims made before `before`; returns how many. */
  prune(before: Date): Promise<number>;
}
