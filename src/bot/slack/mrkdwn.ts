import type { Tone } from '../../commands/view/card.js';
import { charCount } from './limits.js';

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export const escapeMrkdwn = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The card markup (`**bold**` only) as Slack mrkdwn (`*bold*`), everything else escaped. */
export const toMrkdwn = (text: string) => escapeMrkdwn(text).replace(/\*\*(.+?)\*\*/g, '*$1*');

/** The card markup as plain text (headers, buttons, options). */
export const toPlain = (text: string) => text.replace(/\*\*(.+?)\*\*/g, '$1');

const TONE_EMOJI: Record<Tone, string> = {
  info: ':information_source:',
  success: ':white_check_mark:',
  warning: ':warning:',
  error: ':x:',
};

export const tonePrefix = (tone: Tone | undefined) => (tone ? `${TONE_EMOJI[tone]} ` : '');

// A hard cut must not split an escape such as `&amp;`.
function hardCut(chars: string[], max: number): number {
  const amp = chars.lastIndexOf('&', max - 1);
  if (amp > max - 6 && !chars.slice(amp, max).includes(';')) return amp > 0 ? amp : max;
  return max;
}

/**
 * Splits text into pieces of at most `max` characters, preferring line breaks, then spaces. Keeps all
 * of the text: long paragraphs become several sections instead of being cut.
 */
export function splitText(text: string, max: number): string[] {
  const chars = Array.from(text);
  if (chars.length <= max) return [text];
  const pieces: string[] = [];
  let rest = chars;
  while (rest.length > max) {
    const window = rest.slice(0, max).join('');
    let cut = window.lastIndexOf('\n');
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    const size = cut < max / 2 ? hardCut(rest, max) : charCount(window.slice(0, cut));
    pieces.push(rest.slice(0, size).join('').trimEnd());
    rest = rest.slice(size);
    while (rest[0] === '\n' || rest[0] === ' ') rest = rest.slice(1);
  }
  if (rest.length) pieces.push(rest.join(''));
  return pieces;
}
