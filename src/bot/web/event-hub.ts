/** One server-sent event: its name and JSON data. */
export interface HubEvent {
  event: string;
  id?: string;
  data: unknown;
}

export type HubListener = (e: HubEvent) => void;

/** Fans events out to the open event streams of this process, by key (a member or a tenant's channel). */
export interface EventHub {
  subscribe(keys: string[], listener: HubListener): () => void;
  publish(key: string, e: HubEvent): number;
  size(): number;
}

export function createEventHub(): EventHub {
  const listeners = new Map<string, Set<HubListener>>();
  return {
    subscribe(keys, listener) {
      for (const key of keys) {
        const set = listeners.get(key) ?? new Set<HubListener>();
        set.add(listener);
        listeners.set(key, set);
      }
      return () => {
        for (const key of keys) {
          const set = listeners.get(key);
          set?.delete(listener);
          if (set?.size === 0) listeners.delete(key);
        }
      };
    },
    publish(key, e) {
      const set = listeners.get(key);
      for (const listener of set ?? []) listener(e);
      return set?.size ?? 0;
    },
    size: () => [...listeners.values()].reduce((n, s) => n + s.size, 0),
  };
}

export const memberKey = (tenantId: string, memberId: string) => `${tenantId}/member/${memberId}`;
export const channelKey = (tenantId: string, channel: string) => `${tenantId}/channel/${channel}`;

/** The wire format of one event (data on one line: JSON never contains a raw newline). */
export function sseFrame(e: HubEvent): string {
  return `${e.id ? `id: ${e.id}\n` : ''}event: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`;
}
