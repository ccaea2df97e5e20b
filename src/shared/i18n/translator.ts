import { IntlMessageFormat } from 'intl-messageformat';

export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale => value === 'en' || value === 'de';

/** Picks `de` for any German tag (de, de-AT, de_CH), `en` otherwise. */
export function localeFrom(tag: string | undefined | null): Locale {
  return tag && /^de([-_]|$)/i.test(tag) ? 'de' : 'en';
}

/** ICU message strings of one area, complete in both languages. */
export interface MessageBundle {
  en: Record<string, string>;
  de: Record<string, string>;
}

export type MessageValues = Record<string, string | number | Date | boolean | undefined>;

export interface Translator {
  t(locale: Locale, key: string, values?: MessageValues): string;
  has(key: string): boolean;
}

export function createTranslator(bundles: readonly MessageBundle[]): Translator {
  const merged: Record<Locale, Record<string, string>> = { en: {}, de: {} };
  for (const bundle of bundles) {
    for (const locale of LOCALES) {
      for (const [key, message] of Object.entries(bundle[locale])) {
        if (key in merged[locale]) throw new Error(`message key defined twice: ${key}`);
        merged[locale][key] = message;
      }
    }
  }
  const cache = new Map<string, IntlMessageFormat>();
  const format = (locale: Locale, key: string) => {
    const id = `${locale}\u0000${key}`;
    let fmt = cache.get(id);
    if (!fmt) {
      const source = merged[locale][key] ?? merged.en[key];
      if (source === undefined) return undefined;
      fmt = new IntlMessageFormat(source, locale);
      cache.set(id, fmt);
    }
    return fmt;
  };
  return {
    has: (key) => key in merged.en,
    t(locale, key, values) {
      const fmt = format(locale, key);
      if (!fmt) return key;
      const clean: Record<string, string | number | Date | boolean> = {};
      for (const [k, v] of Object.entries(values ?? {})) clean[k] = v ?? '';
      return String(fmt.format(clean));
    },
  };
}
