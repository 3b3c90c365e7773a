import { vi } from 'vitest';
import { createApiClient } from '../api/client';
import { createGateway } from '../api/gateway';

/** Test support only: nothing in the app imports this module. */

export type Call = { method: string; url: string; init: RequestInit };

/**
 * A gateway over a fetch stand-in answering from a route table (`METHOD url`, or `METHOD path` without the query)
 * and recording every request.
 */
export function gatewayWith(routes: Record<string, (call: Call) => Response>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call = { method: init.method ?? 'GET', url: String(input), init };
    calls.push(call);
    const route = routes[`${call.method} ${call.url}`] ?? routes[`${call.method} ${call.url.split('?')[0]}`];
    if (!route) throw new Error(`unexpected ${call.method} ${call.url}`);
    return route(call);
  });
  const unauthorized = vi.fn();
  const gateway = createGateway(
    createApiClient({ fetch: fetch as unknown as typeof globalThis.fetch, onUnauthorized: unauthorized }),
  );
  return { gateway, calls, unauthorized };
}

export const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
export const problem = (status: number, body: object) =>
  new Response(JSON.stringify({ type: 'about:blank', status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
export const noContent = () => new Response(null, { status: 204 });
export const csrf = () => json(200, { token: 'csrf-1', headerName: 'X-XSRF-TOKEN' });
export const body = (call: Call) => JSON.parse(String(call.init.body)) as unknown;
