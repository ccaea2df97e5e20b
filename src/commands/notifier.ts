import type { Member } from '../domain/members/member.js';
import type { TenantId } from '../shared/tenant.js';
import type { Card } from './view/card.js';

/** Where a channel message goes: the platform's own channel id (Slack) or conversation reference (Teams). */
export interface ChannelTarget {
  platform: 'slack' | 'teams' | 'web';
  /** Slack channel id, Teams serialized conversation reference, playground channel name. */
  ref: string;
  label?: string;
}

/**
 * Delivers cards outside a request: direct messages to a member (reminders, nudges, digests) and posts
 * to channels (deal alerts). Each platform adapter implements it; a failure throws so callers can retry.
 */
export interface Notifier {
  readonly platform: 'slack' | 'teams' | 'web';
  direct(tenantId: TenantId, member: Member, card: Card, fallbackText: string): Promise<void>;
  channel(tenantId: TenantId, target: ChannelTarget, card: Card, fallbackText: string): Promise<void>;
}

/**
 * Routes each delivery to the notifier of the member's or channel's platform. Adapters register their
 * notifier when they mount, after the command layer was created.
 */
export interface NotifierHub {
  register(notifier: Notifier): void;
  has(platform: string): boolean;
  direct(tenantId: TenantId, member: Member, card: Card, fallbackText: string): Promise<void>;
  channel(tenantId: TenantId, target: ChannelTarget, card: Card, fallbackText: string): Promise<void>;
}

export function createNotifierHub(): NotifierHub {
  const by = new Map<string, Notifier>();
  const pick = (platform: string) => {
    const n = by.get(platform);
    if (!n) throw new Error(`no notifier for platform ${platform}`);
    return n;
  };
  return {
    register: (n) => {
      by.set(n.platform, n);
    },
    has: (platform) => by.has(platform),
    direct: (tenantId, member, card, text) => pick(member.platform).direct(tenantId, member, card, text),
    channel: (tenantId, target, card, text) => pick(target.platform).channel(tenantId, target, card, text),
  };
}
