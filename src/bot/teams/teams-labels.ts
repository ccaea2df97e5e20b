import type { Locale, Translator } from '../../shared/i18n/translator.js';
import type { RenderLabels } from './adaptive-card.types.js';

/** The renderers' few words, from the message catalog in the user's language. */
export function renderLabels(i18n: Translator, locale: Locale): RenderLabels {
  return {
    more: (count) => i18n.t(locale, 'core.and_more', { count }),
    choose: i18n.t(locale, 'core.pick'),
    invalid: (field) => i18n.t(locale, 'errors.input.invalid', { field }),
  };
}
