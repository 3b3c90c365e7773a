import { en } from './en';
import { ru } from './ru';

export type Locale = 'ru' | 'en';
export const LOCALES: readonly Locale[] = ['ru', 'en'];

/** Plural forms by CLDR category; a locale needs the categories its Intl.PluralRules can select. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

type Source = typeof en;
/** The shape every dictionary has: the English key set, a string or plural forms per key. */
export type Dictionary = { [K in keyof Source]: Source[K] extends string ? string : PluralForms };
export type TextKey = { [K in keyof Source]: Source[K] extends string ? K : never }[keyof Source];
export type PluralKey = Exclude<keyof Source, TextKey>;
export type Params = Record<string, string | number>;

export const DICTIONARIES: Record<Locale, Dictionary> = { en, ru };

// en-GB: day-first dates and a 24-hour clock, like the Russian format the team is used to.
const LANGUAGE_TAGS: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' };
const STORAGE_KEY = 'targetbot.locale';

export interface I18n {
  locale: Locale;
  t(key: TextKey, params?: Params): string;
  /** The plural form for `count`, with `{count}` formatted for the locale. */
  tn(key: PluralKey, count: number, params?: Params): string;
  /** A label for a server enum value (`prefix.value`), or the raw value when there is none. */
  label(prefix: string, value: string | number): string;
  dateTime(iso: string | null | undefined): string;
  time(date: Date): string;
  number(value: number): string;
  bytes(value: number): string;
  /** An amount in `currency` (ISO 4217); `minorUnits` when it counts cents rather than whole units. */
  money(amount: number, currency: string, options?: { minorUnits?: boolean }): string;
}

export function createI18n(locale: Locale): I18n {
  const dictionary = DICTIONARIES[locale];
  const tag = LANGUAGE_TAGS[locale];
  const plurals = new Intl.PluralRules(tag);
  const numbers = new Intl.NumberFormat(tag);
  const dates = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const times = new Intl.DateTimeFormat(tag, { timeStyle: 'medium' });

  const fill = (text: string, params: Params = {}) =>
    text.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? numbers.format(value) : value;
    });

  return {
    locale,
    t: (key, params) => fill(dictionary[key], params),
    tn(key, count, params) {
      const forms = dictionary[key];
      return fill(forms[plurals.select(count)] ?? forms.other, { ...params, count });
    },
    label(prefix, value) {
      const text = (dictionary as Record<string, unknown>)[`${prefix}.${value}`];
      return typeof text === 'string' ? text : String(value);
    },
    dateTime(iso) {
      const date = iso ? new Date(iso) : null;
      return date && !Number.isNaN(date.getTime()) ? dates.format(date) : '—';
    },
    time: (date) => times.format(date),
    number: (value) => numbers.format(value),
    bytes(value) {
      const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
      let unit = 0;
      while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
      }
      return new Intl.NumberFormat(tag, { style: 'unit', unit: units[unit], maximumFractionDigits: 1 }).format(value);
    },
    money(amount, currency, options = {}) {
      let format: Intl.NumberFormat;
      try {
        format = new Intl.NumberFormat(tag, { style: 'currency', currency });
      } catch {
        // Not an ISO currency code: show the figure as it came, with the code beside it.
        return `${numbers.format(amount)} ${currency}`;
      }
      const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
      return format.format(options.minorUnits ? amount / 10 ** digits : amount);
    },
  };
}

/** A saved choice wins; otherwise the browser's language decides (Russian for ru*, English for the rest). */
export function pickLocale(saved: string | null | undefined, browserLanguage: string | undefined): Locale {
  if (saved === 'ru' || saved === 'en') return saved;
  return browserLanguage?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function initialLocale(): Locale {
  return pickLocale(readSaved(), globalThis.navigator?.language);
}

export function saveLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage can be disabled (private mode, policy); the choice then lasts until the page is reloaded.
  }
}

function readSaved(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function languageTag(locale: Locale): string {
  return LANGUAGE_TAGS[locale];
}
