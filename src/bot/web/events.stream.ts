import type { Request, Response } from 'express';
import type { TenantId } from '../../shared/tenant.js';
import { channelKey, type EventHub, type HubEvent, memberKey, sseFrame } from './event-hub.js';
import type { CardLabels } from './html.renderer.js';
import { renderMessage } from './reply.renderer.js';
import type { WebMessage, WebNotifier } from './web.notifier.js';

/** Comments keep proxies and browsers from closing an idle stream. */
export const KEEPALIVE_MS = 25_000;

export interface StreamTarget {
  tenantId: TenantId;
  memberId: string;
  channel: string;
  labels: CardLabels;
}

/** The open event streams of this process, so that stopping can end them. */
export function createStreams(hub: EventHub, notifier: WebNotifier) {
  const open = new Map<Response, () => void>();

  /**
   * Server-Sent Events for one member: first the recent direct messages (a reload shows them), then a
   * `ready` event, then every direct message and channel post as it is delivered.
   */
  async function serve(req: Request, res: Response, target: StreamTarget): Promise<void> {
    res.status(200).set({
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.flushHeaders();
    const write = (e: HubEvent) => {
      if (!res.writableEnded && !res.destroyed) res.write(sseFrame(e));
    };
    const wire = (e: HubEvent): HubEvent => ({
      ...e,
      data: renderMessage(e.data as WebMessage, target.labels),
    });
    const unsubscribe = hub.subscribe(
      [memberKey(target.tenantId, target.memberId), channelKey(target.tenantId, target.channel)],
      (e) => write(wire(e)),
    );
    const keepalive = setInterval(() => {
      if (!res.writableEnded && !res.destroyed) res.write(': keepalive\n\n');
    }, KEEPALIVE_MS);
    const close = () => {
      clearInterval(keepalive);
      unsubscribe();
      open.delete(res);
    };
    open.set(res, close);
    req.on('close', close);
    res.write('retry: 3000\n\n');
    for (const m of await notifier.recentDirect(target.tenantId, target.memberId)) {
      write({ event: 'dm', id: m.id, data: renderMessage(m, target.labels) });
    }
    write({ event: 'ready', data: { memberId: target.memberId } });
  }

  return {
    serve,
    count: () => open.size,
    stop() {
      for (const [res, close] of [...open]) {
        close();
        res.end();
      }
    },
  };
}
