import type { ChannelTarget, Notifier } from '../../commands/notifier.js';
import type { Card } from '../../commands/view/card.js';
import type { InboxStore } from '../../domain/inbox/inbox.repository.js';
import type { InboxMessage } from '../../domain/inbox/inbox-message.js';
import type { Member } from '../../domain/members/member.js';
import type { Clock } from '../../shared/clock.js';
import type { TenantId } from '../../shared/tenant.js';
import { decodeCard, encodeCard } from './card-codec.js';
import { channelKey, type EventHub, memberKey } from './event-hub.js';

/** A delivered message as the playground shows it: rendered per viewer, so it keeps the neutral card. */
export interface WebMessage {
  id: string;
  kind: 'direct' | 'channel';
  at: string;
  text: string;
  card: Card;
}

/** The playground's Notifier: stores each message, keeps the latest in memory and pushes them live. */
export interface WebNotifier extends Notifier {
  readonly platform: 'web';
  recentDirect(tenantId: TenantId, memberId: string): Promise<WebMessage[]>;
  recentChannel(tenantId: TenantId, channel: string): Promise<WebMessage[]>;
}

/** How many messages per member or channel a reload shows. */
export const RECENT_MESSAGES = 50;

const toWeb = (m: InboxMessage): WebMessage => ({
  id: m.id,
  kind: m.kind,
  at: m.createdAt.toISOString(),
  text: m.text,
  card: decodeCard(m.payload),
});

export function createWebNotifier(deps: { hub: EventHub; inbox: InboxStore; clock: Clock }): WebNotifier {
  // MongoDB holds every message; this cache answers reloads and is filled from it after a restart.
  const recent = new Map<string, WebMessage[]>();
  // Messages delivered while their key is being read from the database, merged in afterwards.
  const arriving = new Map<string, WebMessage[]>();

  const add = (list: WebMessage[], m: WebMessage) => {
    if (!list.some((x) => x.id === m.id)) list.push(m);
    if (list.length > RECENT_MESSAGES) list.splice(0, list.length - RECENT_MESSAGES);
  };

  const remember = (key: string, m: WebMessage) => {
    const list = recent.get(key) ?? arriving.get(key);
    // Neither loaded nor loading: the first read fetches it from the database.
    if (list) add(list, m);
  };

  const load = async (key: string, read: () => Promise<InboxMessage[]>) => {
    const cached = recent.get(key);
    if (cached) return [...cached];
    const during = arriving.get(key) ?? [];
    arriving.set(key, during);
    try {
      const loaded = (await read()).map(toWeb);
      const again = recent.get(key);
      if (again) return [...again];
      for (const m of during) add(loaded, m);
      recent.set(key, loaded);
      return [...loaded];
    } finally {
      arriving.delete(key);
    }
  };

  const deliver = (key: string, m: WebMessage) => {
    remember(key, m);
    deps.hub.publish(key, { event: m.kind === 'direct' ? 'dm' : 'channel', id: m.id, data: m });
  };

  return {
    platform: 'web',
    async direct(tenantId, member: Member, card, fallbackText) {
      if (member.platform !== 'web') throw new Error(`web notifier cannot reach a ${member.platform} member`);
      const stored = await deps.inbox.forTenant(tenantId).add({
        kind: 'direct',
        memberId: member.id,
        text: fallbackText,
        payload: encodeCard(card),
        createdAt: deps.clock.now(),
      });
      deliver(memberKey(tenantId, member.id), toWeb(stored));
    },
    async channel(tenantId, target: ChannelTarget, card, fallbackText) {
      if (target.platform !== 'web') throw new Error(`web notifier cannot post to ${target.platform}`);
      const stored = await deps.inbox.forTenant(tenantId).add({
        kind: 'channel',
        channel: target.ref,
        text: fallbackText,
        payload: encodeCard(card),
        createdAt: deps.clock.now(),
      });
      deliver(channelKey(tenantId, target.ref), toWeb(stored));
    },
    recentDirect: (tenantId, memberId) =>
      load(memberKey(tenantId, memberId), () =>
        deps.inbox.forTenant(tenantId).recentDirect(memberId, RECENT_MESSAGES),
      ),
    recentChannel: (tenantId, channel) =>
      load(channelKey(tenantId, channel), () =>
        deps.inbox.forTenant(tenantId).recentChannel(channel, RECENT_MESSAGES),
      ),
  };
}
