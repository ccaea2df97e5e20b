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

/** Routes each delivery to the notifier of the member's or channel's platform. */
export function routeNotifier(notifiers: Notifier[]) {
  const by = new Map(notifiers.map((n) => [n.platform, n]));
  const pick = (platform: string) => {
    const n = by.get(platform as Notifier['platform']);
    if (!n) throw new Error(`no notifier for platform ${platform}`);
    return n;
  };
  return {
    has: (platform: string) => by.has(platform as Notifier['platform']),
    direct: (tenantId: TenantId, member: Member, card: Card, text: string) =>
      pick(member.platform).direct(tenantId, member, card, text),
    channel: (tenantId: TenantId, target: ChannelTarget, card: Card, text: string) =>
      pick(target.platform).channel(tenantId, target, card, text),
  };
}
export type NotifierRouter = ReturnType<typeof routeNotifier>;
