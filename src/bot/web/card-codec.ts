import type { Card } from '../../commands/view/card.js';

// Charts are bytes; JSON keeps them as base64 under a marker key.
const PNG = '$png';

/** A card as JSON text, for storage (charts included). */
export function encodeCard(card: Card): string {
  return JSON.stringify(card, (_key, value: unknown) =>
    value instanceof Uint8Array
      ? { [PNG]: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') }
      : value,
  );
}

/** The inverse of encodeCard. */
export function decodeCard(text: string): Card {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && PNG in value) {
      const b64 = (value as Record<string, unknown>)[PNG];
      if (typeof b64 === 'string') return new Uint8Array(Buffer.from(b64, 'base64'));
    }
    return value;
  }) as Card;
}
