import { describe, expect, it } from 'vitest';
import { en } from './en';
import { DICTIONARIES, LOCALES, createI18n, languageTag, pickLocale, type PluralForms } from './i18n';
import { ru } from './ru';

describe('dictionaries', () => {
  it('have identical key sets in Russian and English', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(LOCALES)('%s has no empty texts', (locale) => {
    for (const [key, value] of Object.entries(DICTIONARIES[locale])) {
      const texts = typeof value === 'string' ? [value] : Object.values(value as PluralForms);
      for (const text of texts) expect(text.trim(), `${locale}: ${key}`).not.toBe('');
    }
  });

  it.each(LOCALES)('%s has every plural form its language needs', (locale) => {
    const categories = new Intl.PluralRules(languageTag(locale)).resolvedOptions().pluralCategories;
    for (const [key, value] of Object.entries(DICTIONARIES[locale])) {
      if (typeof value === 'string') continue;
      expect(Object.keys(value).sort(), `${locale}: ${key}`).toEqual([...categories].sort());
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (value: string | PluralForms) =>
      [...new Set(JSON.stringify(value).match(/\{\w+\}/g) ?? [])].sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(ru[key]), key).toEqual(placeholders(en[key]));
    }
  });
});

describe('plural forms', () => {
  const ruI18n = createI18n('ru');
  const enI18n = createI18n('en');

  it.each([
    [1, '1 лид'],
    [2, '2 лида'],
    [4, '4 лида'],
    [5, '5 лидов'],
    [11, '11 лидов'],
    [14, '14 лидов'],
    [21, '21 лид'],
    [22, '22 лида'],
    [25, '25 лидов'],
    [0, '0 лидов'],
    [111, '111 лидов'],
    [1.5, '1,5 лида'],
  ])('Russian: %s -> %s', (count, expected) => {
    expect(ruI18n.tn('plural.leads', count)).toBe(expected);
  });

  it('English: one and other', () => {
    expect(enI18n.tn('plural.leads', 1)).toBe('1 lead');
    expect(enI18n.tn('plural.leads', 5)).toBe('5 leads');
    expect(enI18n.tn('plural.leads', 0)).toBe('0 leads');
  });

  it('formats the count for the locale', () => {
    expect(ruI18n.tn('plural.campaigns', 12345)).toBe('12\u00a0345 кампаний');
    expect(enI18n.tn('plural.campaigns', 12345)).toBe('12,345 campaigns');
  });
});

describe('locale choice', () => {
  it('prefers the saved choice', () => {
    expect(pickLocale('en', 'ru-RU')).toBe('en');
    expect(pickLocale('ru', 'en-US')).toBe('ru');
  });

  it('falls back to the browser language: Russian for ru*, English otherwise', () => {
    expect(pickLocale(null, 'ru-RU')).toBe('ru');
    expect(pickLocale(null, 'ru')).toBe('ru');
    expect(pickLocale(undefined, 'de-DE')).toBe('en');
    expect(pickLocale('fr', 'uk-UA')).toBe('en');
    expect(pickLocale(null, undefined)).toBe('en');
  });
});

describe('formatting', () => {
  it('fills parameters and formats dates for the locale', () => {
    const iso = '2026-03-05T14:07:00Z';
    const ruText = createI18n('ru').t('meta.syncedAt', { time: createI18n('ru').dateTime(iso) });
    expect(ruText).toMatch(/^Последняя синхронизация: .*2026/);
    expect(createI18n('en').dateTime(iso)).toContain('2026');
    expect(createI18n('en').dateTime(null)).toBe('—');
    expect(createI18n('en').dateTime('not a date')).toBe('—');
  });

  it('shows every date and time in the agency zone, whatever the browser zone is', () => {
    // 20:30 UTC: 23:30 on the 24th in Moscow, 09:30 on the 25th in Auckland (UTC+13).
    const iso = '2026-11-24T20:30:00Z';
    const moscow = createI18n('en', 'Europe/Moscow');
    const auckland = createI18n('en', 'Pacific/Auckland');

    expect(moscow.dateTime(iso)).toBe('24 Nov 2026, 23:30');
    expect(auckland.dateTime(iso)).toBe('25 Nov 2026, 09:30');
    expect(moscow.time(new Date(iso))).toBe('23:30:00');
    expect(auckland.time(new Date(iso))).toBe('09:30:00');
    expect(moscow.day(new Date(iso))).toBe('24.11.2026');
    expect(auckland.day(new Date(iso))).toBe('25.11.2026');
    expect(createI18n('ru', 'Pacific/Auckland').day(new Date(iso))).toBe('25.11.2026');
  });

  it('reads a time the admin types as a wall-clock time in the agency zone', () => {
    expect(createI18n('en', 'Pacific/Auckland').instant('2026-11-25T09:30')).toBe('2026-11-24T20:30:00.000Z');
    expect(createI18n('ru', 'Europe/Moscow').instant('2026-11-24T23:30')).toBe('2026-11-24T20:30:00.000Z');
    // Los Angeles moved to UTC-7 at 02:00 on 8 March 2026.
    expect(createI18n('en', 'America/Los_Angeles').instant('2026-03-07T12:00')).toBe('2026-03-07T20:00:00.000Z');
    expect(createI18n('en', 'America/Los_Angeles').instant('2026-03-09T00:30')).toBe('2026-03-09T07:30:00.000Z');
  });

  it('falls back to the browser zone for a zone the browser does not know, rather than failing', () => {
    const unknown = createI18n('en', 'Mars/Olympus_Mons');

    expect(unknown.dateTime('2026-11-24T20:30:00Z')).toBe(createI18n('en').dateTime('2026-11-24T20:30:00Z'));
  });

  it('labels known server values and shows unknown ones as they are', () => {
    const i18n = createI18n('ru');
    expect(i18n.label('leads.status', 'in_progress')).toBe('В работе');
    expect(i18n.label('leads.status', 'archived')).toBe('archived');
    expect(i18n.label('meta.accountStatus', 1)).toBe('Активен');
  });

  it('converts budgets from minor units and sizes to readable units', () => {
    expect(createI18n('en').money(5000, 'USD', { minorUnits: true })).toBe('US$50.00');
    expect(createI18n('en').money(5000, 'JPY', { minorUnits: true })).toBe('JP¥5,000');
    expect(createI18n('en').money(12, 'not-a-code')).toBe('12 not-a-code');
    expect(createI18n('en').bytes(2048)).toBe('2 kB');
    expect(createI18n('en').bytes(512)).toBe('512 byte');
  });
});
