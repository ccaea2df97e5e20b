import * as chrono from 'chrono-node';
import { parseWhen, type WhenOptions } from '../../shared/dates/parse-when.js';

/** A command line's leading time phrase, the instant it names, and the text after it. */
export interface LeadingWhen {
  at: Date;
  phrase: string;
  rest: string;
}

const CASUAL = { en: chrono.en.casual, de: chrono.de.casual } as const;
// German short dates ("24.12.", "24.12.2026"), which chrono reads only in some forms.
const DOTTED = /^[0-3]?\d\.[01]?\d\.(?:\d{4}|\d{2})?(?=\s|$)/;

function leadingPhrase(text: string, opts: WhenOptions): string {
  const order = opts.locale === 'de' ? (['de', 'en'] as const) : (['en', 'de'] as const);
  let best = '';
  for (const locale of order) {
    const [first] = CASUAL[locale].parse(text, opts.now, { forwardDate: true });
    if (first && first.index === 0 && first.text.length > best.length) best = first.text;
  }
  const dotted = DOTTED.exec(text)?.[0];
  if (dotted && dotted.length >= best.length) {
    // "24.12. 15 Uhr …": a time right after the date belongs to it.
    const after = text.slice(dotted.length);
    const gap = /^\s*/.exec(after)?.[0] ?? '';
    for (const locale of order) {
      const [time] = CASUAL[locale].parse(after.slice(gap.length), opts.now);
      if (time && time.index === 0 && time.start.isCertain('hour') && !time.start.isCertain('day')) {
        return `${dotted}${gap}${time.text}`;
      }
    }
    return dotted;
  }
  return best;
}

/**
 * Splits "tomorrow 9am Call Hans" / "morgen um 9 Hans anrufen" / "24.12. Geschenk" into the time phrase
 * at its start and the rest. chrono finds where the phrase ends; `parseWhen` reads it in the member's
 * zone and language. `undefined` when the text does not start with a time.
 */
export function leadingWhen(text: string, opts: WhenOptions): LeadingWhen | undefined {
  const trimmed = text.trim();
  const phrase = leadingPhrase(trimmed, opts);
  if (!phrase) return undefined;
  const at = parseWhen(phrase, opts);
  if (!at) return undefined;
  const rest = trimmed
    .slice(phrase.length)
    .replace(/^[\s,:;–—-]+/, '')
    .trim();
  return { at, phrase, rest };
}
