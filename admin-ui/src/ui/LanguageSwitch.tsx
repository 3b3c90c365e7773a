import { useI18n, useSetLocale } from '../i18n/context';
import { LOCALES } from '../i18n/i18n';

/** RU / EN toggle; each button names its language in that language for screen readers. */
const NAMES = { ru: 'Русский', en: 'English' } as const;

export function LanguageSwitch() {
  const { locale, t } = useI18n();
  const setLocale = useSetLocale();
  return (
    <div class="lang-switch" role="group" aria-label={t('header.language')}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-label={NAMES[option]}
          aria-pressed={option === locale}
          onClick={() => setLocale(option)}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
