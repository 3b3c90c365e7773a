import { useEffect, useState } from 'preact/hooks';

export const SECTIONS = ['dashboard', 'leads', 'meta', 'reports', 'telegram', 'chat', 'keys', 'admins'] as const;
export type Section = (typeof SECTIONS)[number];
export type Route = Section | 'login';

/** Sections only the admin role may open; the gateway refuses their calls to other roles anyway. */
const ADMIN_ONLY: readonly Section[] = ['telegram', 'chat', 'keys', 'admins'];

/** `botChat`: the gateway routes to the sandbox's Telegram (sandbox mode), so the bot chat can work. */
export function sectionsFor(role: string, botChat: boolean): Section[] {
  return SECTIONS.filter(
    (section) => (role === 'admin' || !ADMIN_ONLY.includes(section)) && (section !== 'chat' || botChat),
  );
}

/** Hash routing keeps the gateway's job to serving one index.html: `#/leads`, `#/meta`, … */
export function parseRoute(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return name === 'login' || (SECTIONS as readonly string[]).includes(name ?? '') ? (name as Route) : 'dashboard';
}

export function navigate(route: Route): void {
  location.hash = `#/${route}`;
}

/** The query of the current route (`#/leads?status=new` → `status=new`): a screen's view, kept in the link. */
export function routeQuery(hash: string = location.hash): URLSearchParams {
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}

/**
 * Puts a screen's view into the link without a new history entry or a `hashchange`, so the link can be shared
 * while the screen keeps its state.
 */
export function replaceRouteQuery(section: Section, query: URLSearchParams): void {
  const text = query.toString();
  history.replaceState(history.state, '', `#/${section}${text ? `?${text}` : ''}`);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
