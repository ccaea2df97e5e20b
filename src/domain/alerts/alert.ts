import type { Platform } from '../../shared/tenant.js';

export const ALERT_KINDS = ['stage', 'won', 'lost'] as const;
/** Stage changes between open stages, deals won, deals lost. */
export type AlertKind = (typeof ALERT_KINDS)[number];

/** A chat channel: Slack channel id, Teams conversation reference, or playground channel name. */
export interface AlertChannel {
  platform: Platform;
  ref: string;
  label?: string;
}

/** A channel that receives deal alerts of some kinds. One subscription per channel and tenant. */
export interface AlertSubscription {
  id: string;
  channel: AlertChannel;
  kinds: AlertKind[];
  createdById: string;
  createdAt: Date;
}

/** Which alert a stage move is: into the won stage, into the lost stage, or between other stages. */
export const alertKindOf = (status: 'open' | 'won' | 'lost'): AlertKind =>
  status === 'won' ? 'won' : status === 'lost' ? 'lost' : 'stage';
