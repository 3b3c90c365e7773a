import { useState } from 'preact/hooks';
import type { Gateway } from '../api/gateway';
import { useI18n } from '../i18n/context';
import { ErrorNotice, Notice } from '../ui/components';
import { LanguageSwitch } from '../ui/LanguageSwitch';

export const MIN_PASSWORD_LENGTH = 12;

/** Shown instead of everything else while the server says the password must be changed. */
export function ChangePasswordScreen(props: { gateway: Gateway; onChanged: () => void; onLogout: () => void }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const mismatch = repeat !== '' && next !== repeat;

  async function submit(event: Event) {
    event.preventDefault();
    if (next !== repeat) return;
    setBusy(true);
    setError(undefined);
    try {
      await props.gateway.changePassword(current, next);
      props.onChanged();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <main class="login" id="content">
      <form class="login-card" method="post" onSubmit={submit} aria-labelledby="password-title">
        <div class="login-head">
          <div>
            <p class="brand">{t('app.brand')}</p>
            <h1 id="password-title">{t('password.title')}</h1>
          </div>
          <LanguageSwitch />
        </div>
        <Notice kind="info">{t('password.required')}</Notice>
        {error !== undefined && <ErrorNotice error={error} fallback="password.failed" />}
        <label class="field">
          <span>{t('password.current')}</span>
          <input
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onInput={(e) => setCurrent(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>{t('password.new')}</span>
          <input
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            value={next}
            onInput={(e) => setNext(e.currentTarget.value)}
            aria-describedby="password-hint"
          />
          <small id="password-hint" class="muted">
            {t('password.hint')}
          </small>
        </label>
        <label class="field">
          <span>{t('password.repeat')}</span>
          <input
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            value={repeat}
            onInput={(e) => setRepeat(e.currentTarget.value)}
            aria-invalid={mismatch}
          />
        </label>
        {mismatch && <Notice kind="error">{t('password.mismatch')}</Notice>}
        <button type="submit" class="button button-primary button-block" disabled={busy || mismatch}>
          {busy ? t('password.saving') : t('password.submit')}
        </button>
        <button type="button" class="button button-block" onClick={props.onLogout}>
          {t('header.logout')}
        </button>
      </form>
    </main>
  );
}
