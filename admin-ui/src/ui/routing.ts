import { useEffect, useState } from 'preact/hooks';

export const SECTIONS = ['dashboard', 'leads', 'meta', 'reports'] as const;
export type Section = (typeof SECTIONS)[number];
export type Route = Section | 'login';

/** Hash routing keeps the gateway's job to serving one index.html: `#/leads`, `#/meta`, … */
export function parseRoute(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return name === 'login' || (SECTIONS as readonly string[]).includes(name ?? '') ? (name as Route) : 'dashboard';
}

export function navigate(route: Route): void {
  location.hash = `#/${route}`;
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
