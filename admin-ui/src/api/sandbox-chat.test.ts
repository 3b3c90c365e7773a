import { describe, expect, it } from 'vitest';
import { csrf, gatewayWith, json, problem } from '../test-support/fake-gateway';
import { ApiError } from './client';

describe('sandbox chat availability', () => {
  it('is there when the gateway routes to the sandbox and not when it answers 404', async () => {
    const routed = gatewayWith({ 'GET /api/sandbox/telegram/stats': () => json(200, { sent: 3, rateLimited: 0 }) });
    const production = gatewayWith({ 'GET /api/sandbox/telegram/stats': () => problem(404, { title: 'Not Found' }) });

    expect(await routed.gateway.sandboxChatAvailable()).toBe(true);
    expect(await production.gateway.sandboxChatAvailable()).toBe(false);
  });

  it('passes other failures on', async () => {
    const { gateway } = gatewayWith({ 'GET /api/sandbox/telegram/stats': () => problem(403, { detail: 'role' }) });

    await expect(gateway.sandboxChatAvailable()).rejects.toBeInstanceOf(ApiError);
  });

  it('leaves an empty username out of a played update', async () => {
    const { gateway, calls } = gatewayWith({
      'GET /api/auth/csrf': csrf,
      'POST /api/sandbox/telegram/updates': () => json(200, { updateId: 1, delivered: 'webhook', webhookStatus: 200 }),
    });

    await gateway.playUpdate({ id: '42', firstName: 'Ann', username: '', language: 'en' }, { text: 'hi' });

    expect(JSON.parse(String(calls[1]!.init.body))).toEqual({
      userId: 42,
      firstName: 'Ann',
      languageCode: 'en',
      text: 'hi',
    });
  });
});
