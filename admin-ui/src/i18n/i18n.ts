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
  /** Dates and times are shown in the agency's zone (the bot and the reports use the same one). */
  dateTime(iso: string | null | undefined): string;
  time(date: Date): string;
  /** dd.MM.yyyy, the date format the team reads in both languages. */
  day(date: Date): string;
  /** The instant (ISO) of a wall-clock time as a `datetime-local` input gives it, read in the agency's zone. */
  instant(localDateTime: string): string;
  number(value: number): string;
  bytes(value: number): string;
  /** An amount in `currency` (ISO 4217); `minorUnits` when it counts cents rather than whole units. */
  money(amount: number, currency: string, options?: { minorUnits?: boolean }): string;
}

/**
 * @param timeZone the agency's time zone (IANA name, from the gateway's `/api/auth/me`), in which every date and
 *   time is shown; the browser's own zone until it is known (the sign-in screen shows none)
 */
export function createI18n(locale: Locale, timeZone?: string): I18n {
  const dictionary = DICTIONARIES[locale];
  const tag = LANGUAGE_TAGS[locale];
  const zone = knownZone(timeZone);
  const plurals = new Intl.PluralRules(tag);
  const numbers = new Intl.NumberFormat(tag);
  const dates = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
  const times = new Intl.DateTimeFormat(tag, { timeStyle: 'medium', timeZone: zone });
  const days = new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: zone });
  const wallClock = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  // How far the zone's clock is ahead of UTC at an instant (daylight saving makes it vary).
  const offsetAt = (epochMs: number) => {
    const parts = wallClock.formatToParts(new Date(epochMs));
    const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((each) => each.type === type)?.value);
    const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
    return wall - Math.floor(epochMs / 1000) * 1000;
  };

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
    day(date) {
      const part = (type: Intl.DateTimeFormatPartTypes) =>
        days.formatToParts(date).find((each) => each.type === type)?.value ?? '';
      return `${part('day')}.${part('month')}.${part('year')}`;
    },
    instant(localDateTime) {
      const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = (localDateTime.match(/\d+/g) ?? []).map(
        Number,
      );
      const wall = Date.UTC(year, month - 1, day, hour, minute, second);
      // The offset at the wall time read as UTC is right unless a daylight-saving change lies between: look again.
      const first = wall - offsetAt(wall);
      return new Date(wall - offsetAt(first)).toISOString();
    },
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

/** The zone when this browser knows it; otherwise the browser's own, rather than no dates at all. */
function knownZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
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
