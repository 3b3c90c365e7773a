import type { ComponentChildren } from 'preact';
import type { User } from '../api/gateway';
import { useI18n } from '../i18n/context';
import type { TextKey } from '../i18n/i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { sectionsFor, type Section } from './routing';

const NAV_LABELS: Record<Section, TextKey> = {
  dashboard: 'nav.dashboard',
  leads: 'nav.leads',
  meta: 'nav.meta',
  reports: 'nav.reports',
  telegram: 'nav.telegram',
  chat: 'nav.chat',
  keys: 'nav.keys',
  admins: 'nav.admins',
};

export function Layout(props: {
  user: User;
  route: Section;
  /** Whether the bot chat is offered: only in sandbox mode. */
  botChat: boolean;
  onLogout: () => void;
  children: ComponentChildren;
}) {
  const { t } = useI18n();
  return (
    <div class="shell">
      <a class="skip-link" href="#content" onClick={skipToContent}>
        {t('app.skipToContent')}
      </a>
      <header class="topbar">
        <a class="brand" href="#/dashboard">
          {t('app.brand')}
        </a>
        <div class="topbar-end">
          <span class="user" title={props.user.role}>
            {t('header.signedInAs', { name: props.user.username })}
          </span>
          <LanguageSwitch />
          <button type="button" class="button button-small" onClick={props.onLogout}>
            {t('header.logout')}
          </button>
        </div>
      </header>
      <nav class="sidebar" aria-label={t('nav.label')}>
        <ul>
          {sectionsFor(props.user.role, props.botChat).map((section) => (
            <li key={section}>
              <a href={`#/${section}`} aria-current={section === props.route ? 'page' : undefined}>
                {t(NAV_LABELS[section])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="content" id="content" tabIndex={-1}>
        {props.children}
      </main>
    </div>
  );
}

// A plain "#content" link would be read as a route by the hash router, so focus the region directly.
function skipToContent(event: Event) {
  event.preventDefault();
  document.getElementById('content')?.focus();
}
