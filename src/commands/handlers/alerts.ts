import { ALERT_KINDS, type AlertChannel, type AlertKind, alertKindOf } from '../../domain/alerts/alert.js';
import { removeAlertSubscription, subscribeAlerts } from '../../domain/alerts/subscribe-alerts.js';
import type { Deal } from '../../domain/deals/deal.js';
import { isManagerOrAdmin } from '../../domain/members/permissions.js';
import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { Token } from '../parse/tokenize.js';
import type { CommandModule } from '../registry.js';
import type { CommandResult } from '../result.js';
import type { Session } from '../session.js';
import { button, type Card, card } from '../view/card.js';
import { alertCard } from './alerts.view.js';
import { errorResult, successCard, usageResult } from './common.js';

/** A deal event as the stage command reports it. */
export interface DealEvent {
  deal: Deal;
  kind: AlertKind;
  fromStageId: string;
  toStageId: string;
  reason?: string;
}

/**
 * Posts a deal's stage change, win or loss to every channel of the session's tenant subscribed to that
 * kind, via `deps.notify.channel()`. Never throws for a channel that cannot be reached (no notifier for
 * its platform, or the platform refused): such channels are counted as `failed`, the others still get it.
 */
export async function publishDealEvent(
  s: Session,
  e: DealEvent,
): Promise<{ delivered: number; failed: number }> {
  const subs = (await s.ctx.repos.alerts.list()).filter((sub) => sub.kinds.includes(e.kind));
  if (!subs.length) return { delivered: 0, failed: 0 };
  const { card: c, text } = await alertCard(s, e);
  const results = await Promise.allSettled(
    subs.map(async (sub) => {
      if (!s.deps.notify.has(sub.channel.platform))
        throw new Error(`no notifier for ${sub.channel.platform}`);
      await s.deps.notify.channel(s.ctx.repos.tenantId, sub.channel, c, text);
    }),
  );
  const delivered = results.filter((r) => r.status === 'fulfilled').length;
  return { delivered, failed: results.length - delivered };
}

/** Adapts `publishDealEvent` to the stage command's listener (before and after a move). */
export const alertStageListener = async (
  s: Session,
  before: Deal,
  after: Deal,
  reason?: string,
): Promise<void> => {
  await publishDealEvent(s, {
    deal: after,
    kind: alertKindOf(after.status),
    fromStageId: before.stageId,
    toStageId: after.stageId,
    ...(reason ? { reason } : {}),
  });
};

const HERE = new Set(['here', 'hier']);
const OFF = new Set(['off', 'aus', 'remove', 'entfernen', 'stop', 'stopp']);
const KIND_WORDS: Record<string, AlertKind[]> = {
  stage: ['stage'],
  stages: ['stage'],
  phase: ['stage'],
  phasen: ['stage'],
  won: ['won'],
  win: ['won'],
  wins: ['won'],
  gewonnen: ['won'],
  lost: ['lost'],
  verloren: ['lost'],
  all: [...ALERT_KINDS],
  alle: [...ALERT_KINDS],
  alles: [...ALERT_KINDS],
};

function channelOf(s: Session, t: Token): Result<AlertChannel> {
  const platform = s.inv.platform;
  if (t.type === 'channel') return ok({ platform, ref: t.value, ...(t.label ? { label: t.label } : {}) });
  if (t.type === 'word' && HERE.has(t.value.toLowerCase())) {
    const here = s.inv.channel;
    if (!here) return err(appError('alerts.no_channel', undefined, { field: 'channel' }));
    return ok({ platform, ref: here.id, ...(here.name ? { label: here.name } : {}) });
  }
  if (t.type === 'word' && /^#[\w-]+$/.test(t.value))
    return ok({ platform, ref: t.value.slice(1), label: t.value.slice(1) });
  return err(appError('alerts.invalid_channel', { channel: t.value }, { field: 'channel' }));
}

// Teams refs are serialized conversation references: show their name, or a short head of the ref.
const MAX_REF_SHOWN = 32;
const channelName = (c: AlertChannel) =>
  `#${c.label ?? (c.ref.length > MAX_REF_SHOWN ? `${c.ref.slice(0, MAX_REF_SHOWN - 1)}…` : c.ref)}`;

async function listCard(s: Session): Promise<Card> {
  const subs = await s.ctx.repos.alerts.list();
  const canRemove = isManagerOrAdmin(s.me);
  return card(s.t('alerts.title'), [
    {
      type: 'list',
      empty: s.t('alerts.empty'),
      items: subs.map((sub) => ({
        title: channelName(sub.channel),
        detail: sub.kinds.map((k) => s.t(`alerts.kind_${k}`)).join(', '),
        ...(canRemove
          ? { buttons: [button(s.t('alerts.remove'), 'alerts.remove', { id: sub.id }, 'danger')] }
          : {}),
      })),
    },
    { type: 'context', text: s.t('alerts.usage') },
  ]);
}

async function run(s: Session, tokens: Token[]): Promise<CommandResult> {
  const [first, ...rest] = tokens;
  if (!first) return { kind: 'card', card: await listCard(s) };
  const channel = channelOf(s, first);
  if (!channel.ok) return usageResult(s, s.errorText(channel.error), 'alerts.usage');
  const words = rest.map((t) => (t.type === 'mention' ? '' : t.value.toLowerCase()));
  if (words.length === 1 && OFF.has(words[0] as string)) {
    const sub = (await s.ctx.repos.alerts.list()).find(
      (x) => x.channel.platform === channel.value.platform && x.channel.ref === channel.value.ref,
    );
    if (!sub) return errorResult(s, appError('alerts.not_found'));
    const removed = await removeAlertSubscription(s.ctx, sub.id);
    if (!removed.ok) return errorResult(s, removed.error);
    return successCard(s, s.t('alerts.removed', { channel: channelName(sub.channel) }));
  }
  const kinds: AlertKind[] = [];
  for (const w of words) {
    const k = KIND_WORDS[w];
    if (!k) return usageResult(s, s.t('alerts.unknown_kind', { kind: w }), 'alerts.usage');
    kinds.push(...k);
  }
  const sub = await subscribeAlerts(s.ctx, channel.value, kinds);
  if (!sub.ok) return errorResult(s, sub.error);
  return successCard(
    s,
    s.t('alerts.subscribed', {
      channel: channelName(sub.value.channel),
      kinds: sub.value.kinds.map((k) => s.t(`alerts.kind_${k}`)).join(', '),
    }),
  );
}

/** `/crm alerts [<#channel>|here [stages|won|lost|all|off]]` (German: `meldungen`) and its Remove button. */
export function alertsModule(): CommandModule {
  return {
    commands: [{ name: 'alerts', aliases: ['alert', 'meldungen', 'benachrichtigungen', 'alarme'], run }],
    actions: [
      {
        id: 'alerts.remove',
        async run(s, value) {
          const removed = await removeAlertSubscription(s.ctx, value.id ?? '');
          if (!removed.ok) return errorResult(s, removed.error);
          return { kind: 'card', card: await listCard(s), replace: true };
        },
      },
    ],
  };
}
