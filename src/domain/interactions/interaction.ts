import { monthOf } from '../deals/period.js';

export const INTERACTION_TYPES = ['call', 'email', 'meeting', 'chat', 'note', 'campaign', 'other'] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

export const DIRECTIONS = ['in', 'out'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const INTERACTION_SOURCES = [
  'slash',
  'modal',
  'shortcut',
  'playground',
  'import',
  'teams',
  'seed',
  'other',
] as const;
export type InteractionSource = (typeof INTERACTION_SOURCES)[number];

export const MAX_SUMMARY = 3000;
export const MAX_CONTACTS = 50;
/** Clocks drift and people log "now" a little early: up to 5 minutes ahead still counts as now. */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** What a user logs about a touchpoint with an account. */
export interface InteractionFields {
  accountId: string;
  contactIds: string[];
  dealId?: string;
  type: InteractionType;
  direction: Direction;
  occurredAt: Date;
  summary: string;
  loggedById: string;
  source: InteractionSource;
  /** Link to the chat message it came from. */
  permalink?: string;
  /** Same key, same interaction: a retried delivery or a double-click logs once. */
  idempotencyKey?: string;
}

export interface InteractionDerived {
  /** 'YYYY-MM' of `occurredAt` in the tenant zone. */
  month: string;
}

export type InteractionRecord = InteractionFields & InteractionDerived;

/** A logged call, e-mail, meeting, chat, note or campaign touch with an account. */
export interface Interaction extends InteractionRecord {
  id: string;
  createdAt: Date;
}

/** The derived fields, computed in the one write path (`logInteraction`). */
export const deriveInteraction = (fields: Pick<InteractionFields, 'occurredAt'>, timeZone: string) => ({
  month: monthOf(fields.occurredAt, timeZone),
});

/** More than the tolerance after now: a typo or a wrong zone, not something that happened. */
export const isInFuture = (occurredAt: Date, now: Date): boolean =>
  occurredAt.getTime() - now.getTime() > FUTURE_TOLERANCE_MS;
