/** The subset of Adaptive Cards 1.5 that Kontakt sends to Teams (plain JSON, no SDK types). */

export const ADAPTIVE_CARD_VERSION = '1.5';
export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export type AcElement = { type: string; [key: string]: unknown };
export type AcAction = {
  type: 'Action.Execute' | 'Action.Submit' | 'Action.OpenUrl';
  [key: string]: unknown;
};

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: AcElement[];
  actions?: AcAction[];
  fallbackText?: string;
  msteams?: { width?: 'Full' };
  [key: string]: unknown;
}

export interface CardAttachment {
  contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  content: AdaptiveCard;
}

/** Localized words the renderers need but cards do not carry (the adapter supplies them). */
export interface RenderLabels {
  /** "… and 3 more" after a truncated list. */
  more(count: number): string;
  /** The picker's button. */
  choose: string;
  /** The message a required dialog field shows when left empty. */
  invalid(field: string): string;
}

export const attachmentOf = (content: AdaptiveCard): CardAttachment => ({
  contentType: ADAPTIVE_CARD_CONTENT_TYPE,
  content,
});
