import { describe, expect, it } from 'vitest';
import { body, csrf, gatewayWith, json, noContent, problem } from '../test-support/fake-gateway';
import { ApiError } from './client';
import { USAGE_PAGE_SIZE } from './gateway';

const key = {
  prefix: 'abcd1234',
  label: 'Website',
  scopes: ['leads:write'],
  createdAt: '2026-11-25T10:00:00Z',
  expiresAt: null,
  lastUsedAt: null,
  useCount: 0,
  revoked: false,
};

describe('API keys', () => {
  it('creates a key with label, scopes and expiry and returns the secret shown once', async () => {
    const { gateway, calls } = gatewayWith({
      'GET /api/auth/csrf': csrf,
      'POST /api/keys': () => json(201, { key: 'tb_abcd1234_secret', details: key }),
    });

    const issued = await gateway.createApiKey({
      label: 'Website',
      scopes: ['leads:write'],
      expiresAt: '2027-01-31T00:00:00.000Z',
    });

    expect(issued.key).toBe('tb_abcd1234_secret');
    expect(body(calls[1]!)).toEqual({
      label: 'Website',
      scopes: ['leads:write'],
      expiresAt: '2027-01-31T00:00:00.000Z',
    });
    expect(new Headers(calls[1]!.init.headers).get('X-XSRF-TOKEN')).toBe('csrf-1');
  });

  it('leaves the expiry out for a key that never expires', async () => {
    const { gateway, calls } = gatewayWith({
      'GET /api/auth/csrf': csrf,
      'POST /api/keys': () => json(201, { key: 'tb_x', details: key }),
    });

    await gateway.createApiKey({ label: 'Website', scopes: ['leads:read'], expiresAt: null });

    expect(body(calls[1]!)).toEqual({ label: 'Website', scopes: ['leads:read'] });
  });

  it('lists and revokes keys by prefix', async () => {
    const { gateway, calls } = gatewayWith({
      'GET /api/auth/csrf': csrf,
      'GET /api/keys': () => json(200, { items: [key] }),
      'DELETE /api/keys/abcd1234': noContent,
    });

    expect(await gateway.apiKeys()).toEqual([key]);
    await gateway.revokeApiKey('abcd1234');

    expect(calls.map((c) => `${c.method} ${c.url}`)).toContain('DELETE /api/keys/abcd1234');
  });

  it('pages through usage with the cursor of the previous page', async () => {
    const use = { id: '1-0', method: 'GET', path: '/api/leads', status: 200, clientIp: '127.0.0.1', at: 'x' };
    const { gateway, calls } = gatewayWith({
      'GET /api/keys/abcd1234/usage': (call) =>
        call.url.includes('cursor=')
          ? json(200, { items: [use], nextCursor: null })
          : json(200, { items: [use], nextCursor: '5-0' }),
    });

    const first = await gateway.apiKeyUsage('abcd1234', null);
    const second = await gateway.apiKeyUsage('abcd1234', first.nextCursor);

    expect(calls.map((c) => c.url)).toEqual([
      `/api/keys/abcd1234/usage?limit=${USAGE_PAGE_SIZE}`,
      `/api/keys/abcd1234/usage?limit=${USAGE_PAGE_SIZE}&cursor=5-0`,
    ]);
    expect(second.nextCursor).toBeNull();
  });
});

describe('admin accounts', () => {
  const account = { username: 'olga', role: 'viewer', enabled: true, createdAt: 'x', mustChangePassword: true };

  it('creates an account with a role and an initial password', async () => {
    const { gateway, calls } = gatewayWith({
      'GET /api/auth/csrf': csrf,
      'POST /api/admins': () => json(201, account),
    });

    expect(await gateway.createAdmin('olga', 'viewer', 'initial-password-1')).toEqual(account);
    expect(body(calls[1]!)).toEqual({ username: 'olga', role: 'viewer', password: 'initial-password-1' });
  });

  it('changes role or enabled flag with a PATCH of only what changes', async () => {
    const { gateway, calls } = gatewayWith({
      'GET /api/auth/csrf': csrf,
      'PATCH /api/admins/olga': () => json(200, { ...account, enabled: false }),
      'GET /api/admins': () => json(200, { items: [account] }),
    });

    const updated = await gateway.updateAdmin('olga', { enabled: false });
    const listed = await gateway.admins();

    expect(updated.enabled).toBe(false);
    expect(body(calls[1]!)).toEqual({ enabled: false });
    expect(listed).toEqual([account]);
  });

  it('reports the field errors of a refused account as an ApiError', async () => {
    const { gateway } = gatewayWith({
      'GET /api/auth/csrf': csrf,
      'POST /api/admins': () =>
        problem(400, {
          detail: 'Invalid fields: password',
          errors: [{ field: 'password', code: 'out_of_range', message: 'too short' }],
        }),
    });

    const failure = await gateway.createAdmin('olga', 'viewer', 'short').catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).problem.errors).toEqual([
      { field: 'password', code: 'out_of_range', message: 'too short' },
    ]);
  });
});

describe('password change', () => {
  it('sends current and new password and fetches a fresh CSRF token afterwards', async () => {
    let tokens = 0;
    const { gateway, calls } = gatewayWith({
      'GET /api/auth/csrf': () => json(200, { token: `csrf-${++tokens}`, headerName: 'X-XSRF-TOKEN' }),
      'POST /api/auth/password': noContent,
      'POST /meta/sync': () => json(202, { syncId: 's' }),
    });

    await gateway.changePassword('old-password', 'a-new-password-1');
    await gateway.startMetaSync();

    expect(body(calls[1]!)).toEqual({ currentPassword: 'old-password', newPassword: 'a-new-password-1' });
    expect(new Headers(calls.at(-1)!.init.headers).get('X-XSRF-TOKEN')).toBe('csrf-2');
  });

  it('exposes the server flag that a change is required', async () => {
    const { gateway } = gatewayWith({
      'GET /api/auth/me': () => json(200, { username: 'admin', role: 'admin', mustChangePassword: true }),
    });

    expect((await gateway.me()).mustChangePassword).toBe(true);
  });
});
