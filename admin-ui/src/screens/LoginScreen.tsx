import { useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import type { Gateway, User } from '../api/gateway';
import { useI18n } from '../i18n/context';
import { ErrorNotice } from '../ui/components';
import { LanguageSwitch } from '../ui/LanguageSwitch';

export function LoginScreen(props: { gateway: Gateway; onLogin: (user: User) => void; initialError?: unknown }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(props.initialError);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      props.onLogin(await props.gateway.login(username.trim(), password));
    } catch (failure) {
      setError(failure);
      setPassword('');
      setBusy(false);
    }
  }

  return (
    <main class="login" id="content">
      {/* method=post: even if a script fails, the browser must never put the password in a URL. */}
      <form class="login-card" method="post" onSubmit={submit} aria-labelledby="login-title">
        <div class="login-head">
          <div>
            <p class="brand">{t('app.brand')}</p>
            <h1 id="login-title">{t('login.title')}</h1>
            <p class="muted">{t('login.subtitle')}</p>
          </div>
          <LanguageSwitch />
        </div>
        {error !== undefined && (
          // A 401 here is the refused sign-in itself; other failures are told by their kind.
          <ErrorNotice error={error} fallback={isRefused(error) ? 'login.failed' : undefined} />
        )}
        <label class="field">
          <span>{t('login.username')}</span>
          <input
            name="username"
            autoComplete="username"
            required
            autoFocus
            value={username}
            onInput={(e) => setUsername(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>{t('login.password')}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button button-primary button-block" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </main>
  );
}

function isRefused(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
