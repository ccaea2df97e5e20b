/**
 * A message Kontakt delivered outside a request to a platform that keeps no history of its own (the web
 * playground): a direct message to a member or a post to a channel.
 */
export interface InboxMessage {
  id: string;
  kind: 'direct' | 'channel';
  /** The recipient member's id (direct messages). */
  memberId?: string;
  /** The channel's name (channel posts). */
  channel?: string;
  /** Plain text: previews and screen readers. */
  text: string;
  /** The adapter's serialized view of the message, opaque to the domain. */
  payload: string;
  createdAt: Date;
}

export type NewInboxMessage =
  | { kind: 'direct'; memberId: string; text: string; payload: string; createdAt: Date }
  | { kind: 'channel'; channel: string; text: string; payload: string; createdAt: Date };

/** Payloads hold a rendered card with its charts; anything larger is a bug upstream. */
export const MAX_PAYLOAD_CHARS = 2_000_000;
export const MAX_TEXT_CHARS = 10_000;
