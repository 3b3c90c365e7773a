import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createI18n, type I18n, type Locale } from './i18n';

export const I18nContext = createContext<I18n>(createI18n('en'));
export const SetLocaleContext = createContext<(locale: Locale) => void>(() => {});

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export function useSetLocale(): (locale: Locale) => void {
  return useContext(SetLocaleContext);
}
