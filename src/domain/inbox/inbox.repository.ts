import type { TenantId } from '../../shared/tenant.js';
import type { InboxMessage, NewInboxMessage } from './inbox-message.js';

/** Delivered messages of one tenant, newest kept; none of the methods takes a tenant. */
export interface InboxRepository {
  add(message: NewInboxMessage): Promise<InboxMessage>;
  /** The member's latest direct messages, oldest first. */
  recentDirect(memberId: string, limit: number): Promise<InboxMessage[]>;
  /** The channel's latest posts, oldest first. */
  recentChannel(channel: string, limit: number): Promise<InboxMessage[]>;
}

/** The door to inboxes: one repository per tenant. */
export interface InboxStore {
  forTenant(id: TenantId): InboxRepository;
  /** Builds the collection's indexes (start-up and tests). */
  init(): Promise<void>;
}
