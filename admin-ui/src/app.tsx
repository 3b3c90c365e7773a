import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiError, createApiClient } from './api/client';
import { createGateway, type Gateway, type User } from './api/gateway';
import { I18nContext, SetLocaleContext } from './i18n/context';
import { createI18n, initialLocale, languageTag, saveLocale, type Locale } from './i18n/i18n';
import { AdminsScreen } from './screens/AdminsScreen';
import { ApiKeysScreen } from './screens/ApiKeysScreen';
import { BotChatScreen } from './screens/BotChatScreen';
import { ChangePasswordScreen } from './screens/ChangePasswordScreen';
import { DashboardScreen } from './screens/DashboardScreen';
import { LeadsScreen } from './screens/LeadsScreen';
import { LoginScreen } from './screens/LoginScreen';
import { MetaScreen } from './screens/MetaScreen';
import { ReportsScreen } from './screens/ReportsScreen';
import { TelegramScreen } from './screens/TelegramScreen';
import { Spinner } from './ui/components';
import { Layout } from './ui/Layout';
import { navigate, useRoute, type Route, type Section } from './ui/routing';

/** `undefined` while the session is being checked, `null` when nobody is signed in. */
type Session = User | null | undefined;

export function App() {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [session, setSession] = useState<Session>(undefined);
  const agencyZone = session?.agencyZone;
  const i18n = useMemo(() => createI18n(locale, agencyZone), [locale, agencyZone]);
  const [sessionError, setSessionError] = useState<unknown>();
  const [returnTo, setReturnTo] = useState<Section>('dashboard');
  const [botChat, setBotChat] = useState(false);
  const route = useRoute();

  const gateway = useMemo(
    () =>
      createGateway(
        createApiClient({
          // Any 401 means the session expired or was revoked; the effect below shows Login.
          onUnauthorized: () => setSession(null),
        }),
      ),
    [],
  );

  useEffect(() => {
    gateway.me().then(setSession, (error: unknown) => {
      if (!isUnauthorized(error)) setSessionError(error);
      setSession(null);
    });
  }, [gateway]);

  // The bot chat is offered only where the gateway routes to the sandbox; elsewhere that check answers 404.
  const mayChat = session?.role === 'admin' && !session.mustChangePassword;
  useEffect(() => {
    if (!mayChat) return;
    const controller = new AbortController();
    gateway.sandboxChatAvailable(controller.signal).then(setBotChat, () => setBotChat(false));
    return () => controller.abort();
  }, [gateway, mayChat]);

  useEffect(() => {
    document.documentElement.lang = languageTag(locale);
    document.title = i18n.t('app.title');
  }, [locale, i18n]);

  // Signed out: Login, remembering the section to come back to. Signed in: never Login.
  useEffect(() => {
    if (session === null && route !== 'login') {
      setReturnTo(route);
      navigate('login');
    } else if (session && route === 'login') {
      navigate(returnTo);
    }
  }, [session, route, returnTo]);

  function changeLocale(next: Locale) {
    saveLocale(next);
    setLocale(next);
  }

  function loggedIn(user: User) {
    setSessionError(undefined);
    setSession(user);
  }

  async function logout() {
    try {
      await gateway.logout();
    } catch (error) {
      // Still leave the screen, but say why the server may not have ended the session.
      if (!isUnauthorized(error)) setSessionError(error);
    }
    setSession(null);
  }

  return (
    <I18nContext.Provider value={i18n}>
      <SetLocaleContext.Provider value={changeLocale}>
        {session === undefined ? (
          <main class="splash">
            <Spinner />
          </main>
        ) : session === null || route === 'login' ? (
          <LoginScreen gateway={gateway} onLogin={loggedIn} initialError={sessionError} />
        ) : session.mustChangePassword ? (
          // The gateway answers 403 to everything else until the password is changed.
          <ChangePasswordScreen
            gateway={gateway}
            onChanged={() => setSession({ ...session, mustChangePassword: false })}
            onLogout={logout}
          />
        ) : (
          <Layout user={session} route={route} botChat={botChat && mayChat} onLogout={logout}>
            <Screen route={route} gateway={gateway} user={session} />
          </Layout>
        )}
      </SetLocaleContext.Provider>
    </I18nContext.Provider>
  );
}

function Screen({ route, gateway, user }: { route: Exclude<Route, 'login'>; gateway: Gateway; user: User }) {
  switch (route) {
    case 'dashboard':
      return <DashboardScreen gateway={gateway} />;
    case 'leads':
      return <LeadsScreen gateway={gateway} user={user} />;
    case 'meta':
      return <MetaScreen gateway={gateway} user={user} />;
    case 'reports':
      return <ReportsScreen gateway={gateway} />;
    case 'telegram':
      return <TelegramScreen gateway={gateway} />;
    case 'chat':
      return <BotChatScreen gateway={gateway} />;
    case 'keys':
      return <ApiKeysScreen gateway={gateway} />;
    case 'admins':
      return <AdminsScreen gateway={gateway} user={user} />;
  }
}

function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
