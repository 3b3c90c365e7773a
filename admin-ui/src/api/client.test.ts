import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient } from './client';
import { createGateway } from './gateway';

type Call = { url: string; init: RequestInit };

/** A fetch stand-in that answers from a route table and records every request. */
function fakeFetch(routes: Record<string, (call: Call) => Response>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call = { url: String(input), init };
    calls.push(call);
    const route = routes[`${init.method ?? 'GET'} ${call.url}`];
    if (!route) throw new Error(`unexpected ${init.method} ${call.url}`);
    return route(call);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const problem = (status: number, body: object) =>
  new Response(JSON.stringify({ type: 'about:blank', status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

const header = (call: Call, name: string) => new Headers(call.init.headers).get(name);

const csrf = () => json(200, { token: 'csrf-1', headerName: 'X-XSRF-TOKEN' });

describe('api client', () => {
  it('fetches the CSRF token first and sends it in the X-XSRF-TOKEN header of a POST', async () => {
    const { fetch, calls } = fakeFetch({
      'GET /api/auth/csrf': csrf,
      'POST /api/reports': () => json(202, { id: 'r-1' }, { Location: '/api/reports/r-1' }),
    });
    const api = createApiClient({ fetch, onUnauthorized: () => {} });

    const response = await api.send('POST', '/api/reports', { body: { format: 'csv' } });

    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual(['GET /api/auth/csrf', 'POST /api/reports']);
    const post = calls[1]!;
    expect(header(post, 'X-XSRF-TOKEN')).toBe('csrf-1');
    expect(header(post, 'Content-Type')).toBe('application/json');
    expect(post.init.credentials).toBe('same-origin');
    expect(post.init.body).toBe('{"format":"csv"}');
    expect(response).toEqual({ status: 202, data: { id: 'r-1' }, location: '/api/reports/r-1' });
  });

  it('reuses one CSRF token across writes and sends none on reads', async () => {
    const { fetch, calls } = fakeFetch({
      'GET /api/auth/csrf': csrf,
      'POST /meta/sync': () => json(202, { syncId: 's' }),
      'GET /api/dashboard': () => json(200, {}),
    });
    const api = createApiClient({ fetch, onUnauthorized: () => {} });

    await api.send('POST', '/meta/sync');
    await api.send('POST', '/meta/sync');
    await api.get('/api/dashboard');

    expect(calls.filter((c) => c.url === '/api/auth/csrf')).toHaveLength(1);
    expect(header(calls.at(-1)!, 'X-XSRF-TOKEN')).toBeNull();
  });

  it('uses the header name the server announces', async () => {
    const { fetch, calls } = fakeFetch({
      'GET /api/auth/csrf': () => json(200, { token: 't', headerName: 'X-CSRF-TOKEN' }),
      'POST /api/auth/logout': () => new Response(null, { status: 204 }),
    });
    const api = createApiClient({ fetch, onUnauthorized: () => {} });

    const response = await api.send('POST', '/api/auth/logout');

    expect(header(calls[1]!, 'X-CSRF-TOKEN')).toBe('t');
    expect(response.status).toBe(204);
    expect(response.data).toBeUndefined();
  });

  it('fetches a fresh CSRF token and retries once when a write is refused with 403', async () => {
    let tokens = 0;
    const { fetch, calls } = fakeFetch({
      'GET /api/auth/csrf': () => json(200, { token: `csrf-${++tokens}`, headerName: 'X-XSRF-TOKEN' }),
      'POST /meta/sync': (call) =>
        header(call, 'X-XSRF-TOKEN') === 'csrf-2' ? json(202, { syncId: 's' }) : problem(403, { title: 'Forbidden' }),
    });
    const api = createApiClient({ fetch, onUnauthorized: () => {} });

    const response = await api.send('POST', '/meta/sync');

    expect(response.status).toBe(202);
    expect(calls.map((c) => header(c, 'X-XSRF-TOKEN'))).toEqual([null, 'csrf-1', null, 'csrf-2']);
  });

  it('calls the login redirect callback on 401 and still rejects the call', async () => {
    const { fetch } = fakeFetch({
      'GET /api/leads?limit=50': () => problem(401, { title: 'Unauthorized', detail: 'Sign in first' }),
    });
    const onUnauthorized = vi.fn();
    const gateway = createGateway(createApiClient({ fetch, onUnauthorized }));

    await expect(gateway.leads()).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('does not call the login redirect callback for other failures', async () => {
    const { fetch } = fakeFetch({ 'GET /api/dashboard': () => problem(500, { title: 'Internal Server Error' }) });
    const onUnauthorized = vi.fn();
    const api = createApiClient({ fetch, onUnauthorized });

    await expect(api.get('/api/dashboard')).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('surfaces the problem+json detail and field errors', async () => {
    const { fetch } = fakeFetch({
      'GET /api/auth/csrf': csrf,
      'POST /api/auth/login': () =>
        problem(400, {
          title: 'Bad Request',
          detail: 'Неверное имя пользователя или пароль',
          errors: [{ field: 'username', code: 'required', message: 'must not be blank' }],
        }),
    });
    const api = createApiClient({ fetch, onUnauthorized: () => {} });

    const error = await api
      .send('POST', '/api/auth/login', { body: { username: '', password: 'x' } })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.detail).toBe('Неверное имя пользователя или пароль');
    expect(apiError.message).toBe('Неверное имя пользователя или пароль');
    expect(apiError.problem.errors).toEqual([{ field: 'username', code: 'required', message: 'must not be blank' }]);
  });

  it('reports an unreachable server as status 0', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof globalThis.fetch;
    const api = createApiClient({ fetch, onUnauthorized: () => {} });

    await expect(api.get('/api/dashboard')).rejects.toMatchObject({ status: 0, detail: undefined });
  });

  it('never puts login credentials in the URL', async () => {
    const { fetch, calls } = fakeFetch({
      'GET /api/auth/csrf': csrf,
      'POST /api/auth/login': () => json(200, { username: 'admin', role: 'ADMIN' }),
    });
    const gateway = createGateway(createApiClient({ fetch, onUnauthorized: () => {} }));

    const user = await gateway.login('admin', 's3cret');

    expect(user).toEqual({ username: 'admin', role: 'ADMIN' });
    expect(calls.every((c) => !c.url.includes('s3cret') && !c.url.includes('admin'))).toBe(true);
    expect(JSON.parse(String(calls[1]!.init.body))).toEqual({ username: 'admin', password: 's3cret' });
  });
});

describe('gateway', () => {
  it('reads "never synced" from the 404 of /meta/stats', async () => {
    const { fetch } = fakeFetch({ 'GET /meta/stats': () => problem(404, { detail: 'Meta was never synced' }) });
    const gateway = createGateway(createApiClient({ fetch, onUnauthorized: () => {} }));

    await expect(gateway.metaStats()).resolves.toBeNull();
  });

  it('takes the id of a new report from the Location header', async () => {
    const { fetch } = fakeFetch({
      'GET /api/auth/csrf': csrf,
      'POST /api/reports': () => new Response(null, { status: 202, headers: { Location: '/api/reports/3f2a' } }),
    });
    const gateway = createGateway(createApiClient({ fetch, onUnauthorized: () => {} }));

    await expect(gateway.createCsvReport()).resolves.toBe('3f2a');
  });

  it('asks for a new CSRF token after login, since the server rotates it', async () => {
    let tokens = 0;
    const { fetch, calls } = fakeFetch({
      'GET /api/auth/csrf': () => json(200, { token: `csrf-${++tokens}`, headerName: 'X-XSRF-TOKEN' }),
      'POST /api/auth/login': () => json(200, { username: 'admin', role: 'ADMIN' }),
      'POST /meta/sync': () => json(202, { syncId: 's' }),
    });
    const gateway = createGateway(createApiClient({ fetch, onUnauthorized: () => {} }));

    await gateway.login('admin', 'pw');
    await gateway.startMetaSync();

    expect(header(calls.at(-1)!, 'X-XSRF-TOKEN')).toBe('csrf-2');
  });
});
