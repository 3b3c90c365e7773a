// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BotUser, Invite } from '../api/gateway';
import { body, csrf, gatewayWith, json, problem, type Call } from '../test-support/fake-gateway';
import { byText, choose, click, mount } from '../test-support/render';
import { displayName, TelegramScreen } from './TelegramScreen';

const user = (id: string, overrides: Partial<BotUser> = {}): BotUser => ({
  id,
  firstName: `First${id}`,
  lastName: null,
  username: `user${id}`,
  language: 'ru',
  role: 'client',
  active: true,
  registeredAt: '2026-11-20T10:00:00Z',
  ...overrides,
});

const invite: Invite = { id: 'inv-1', role: 'manager', expiresAt: '2026-12-02T10:00:00Z', createdBy: 'admin:olga' };

/** The telegram-service contract of ROUND3.md, with two pages of users and one outstanding invite. */
function telegramBackend(overrides: Record<string, (call: Call) => Response> = {}) {
  let invites: Invite[] = [invite];
  return gatewayWith({
    'GET /api/auth/csrf': csrf,
    'GET /api/telegram/users': (call) =>
      call.url.includes('cursor=page-2')
        ? json(200, { items: [user('3')], nextCursor: null })
        : json(200, { items: [user('1'), user('2', { language: 'en' })], nextCursor: 'page-2' }),
    'GET /api/telegram/invites': () => json(200, { items: invites }),
    // Accepted, and (here) applied before the re-read: the list is empty afterwards.
    'DELETE /api/telegram/invites/inv-1': () => {
      invites = [];
      return accepted('inv-1');
    },
    ...overrides,
  });
}

/** The gateway's answer to an accepted write. */
const accepted = (id: string) => json(202, { id, status: 'accepted' });

const rows = (container: Element, caption: string) =>
  [...container.querySelectorAll(`[aria-label="${caption}"] tbody tr`)].map((row) => row.textContent ?? '');

describe('TelegramScreen', () => {
  beforeEach(() => {
    vi.stubGlobal('confirm', () => true);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  it('shows the bot users and loads the next page with the cursor until there is none', async () => {
    const { gateway, calls } = telegramBackend();
    const screen = await mount(<TelegramScreen gateway={gateway} />);

    expect(rows(screen, 'Bot users')).toHaveLength(2);
    expect(rows(screen, 'Bot users')[0]).toContain('@user1');
    expect(rows(screen, 'Bot users')[1]).toContain('English');

    await click(byText(screen, 'button', 'More'));

    expect(rows(screen, 'Bot users')).toHaveLength(3);
    expect(calls.map((c) => c.url)).toContain('/api/telegram/users?limit=50&cursor=page-2');
    expect(() => byText(screen, 'button', 'More')).toThrow();
  });

  it('refreshes invites and users from the first page', async () => {
    const { gateway, calls } = telegramBackend();
    const screen = await mount(<TelegramScreen gateway={gateway} />);
    await click(byText(screen, 'button', 'More'));

    await click(byText(screen, 'button', 'Refresh'));

    expect(rows(screen, 'Bot users')).toHaveLength(2);
    expect(calls.filter((c) => c.url === '/api/telegram/users?limit=50')).toHaveLength(2);
    expect(calls.filter((c) => c.url === '/api/telegram/invites')).toHaveLength(2);
  });

  it('changes a role with a PATCH of the role only and shows it once accepted', async () => {
    const { gateway, calls } = telegramBackend({
      'PATCH /api/telegram/users/2': () => accepted('2'),
    });
    const screen = await mount(<TelegramScreen gateway={gateway} />);

    await choose(screen.querySelector<HTMLSelectElement>('select[aria-label="Role of First2"]')!, 'manager');

    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.url).toBe('/api/telegram/users/2');
    expect(body(patch)).toEqual({ role: 'manager' });
    expect(new Headers(patch.init.headers).get('X-XSRF-TOKEN')).toBe('csrf-1');
    expect(screen.querySelector<HTMLSelectElement>('select[aria-label="Role of First2"]')!.value).toBe('manager');
  });

  it('deactivates a user and shows the new state in the row once accepted', async () => {
    const { gateway, calls } = telegramBackend({
      'PATCH /api/telegram/users/1': () => accepted('1'),
    });
    const screen = await mount(<TelegramScreen gateway={gateway} />);

    await click(byText(screen, 'button', 'Deactivate'));

    expect(body(calls.find((c) => c.method === 'PATCH')!)).toEqual({ active: false });
    expect(rows(screen, 'Bot users')[0]).toContain('Deactivated');
    expect(rows(screen, 'Bot users')[0]).toContain('Activate');
  });

  it('shows the field error of a refused change', async () => {
    const { gateway } = telegramBackend({
      'PATCH /api/telegram/users/1': () =>
        problem(400, {
          detail: 'Invalid fields: role',
          errors: [{ field: 'role', code: 'not_allowed', message: 'unknown role' }],
        }),
    });
    const screen = await mount(<TelegramScreen gateway={gateway} />);

    await click(byText(screen, 'button', 'Deactivate'));

    expect(screen.querySelector('[role="alert"]')!.textContent).toContain('role: is not an allowed value');
    expect(rows(screen, 'Bot users')[0]).toContain('Deactivate');
  });

  it('creates an invite with the chosen role and lifetime, shows its link once and lists it before it is stored', async () => {
    const link = 'https://t.me/targetbot?start=abc123';
    const { gateway, calls } = telegramBackend({
      'POST /api/telegram/invites': () =>
        json(202, {
          id: 'inv-2',
          status: 'accepted',
          role: 'admin',
          link,
          expiresAt: '2026-12-25T10:00:00Z',
          createdBy: 'admin:olga',
        }),
    });
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const screen = await mount(<TelegramScreen gateway={gateway} />);

    await choose(screen.querySelector<HTMLSelectElement>('select[name="role"]')!, 'admin');
    await choose(screen.querySelector<HTMLSelectElement>('select[name="ttl"]')!, '720');
    await click(byText(screen, 'button', 'Create invite'));

    expect(body(calls.find((c) => c.method === 'POST')!)).toEqual({ role: 'admin', ttlHours: 720 });
    expect(screen.querySelector('code.secret')!.textContent).toBe(link);
    expect(rows(screen, 'Outstanding invites')).toHaveLength(2);
    expect(rows(screen, 'Outstanding invites').join()).not.toContain('abc123');
    await click(byText(screen, 'button', 'Copy link'));
    expect(writeText).toHaveBeenCalledWith(link);
    byText(screen, 'button', 'Copied');

    await click(byText(screen, 'button', 'Done'));

    expect(screen.querySelector('code.secret')).toBeNull();
    expect(screen.textContent).not.toContain(link);
  });

  it('revokes an invite after confirmation and hides it even before the re-read agrees', async () => {
    const { gateway, calls } = telegramBackend({ 'DELETE /api/telegram/invites/inv-1': () => accepted('inv-1') });
    const screen = await mount(<TelegramScreen gateway={gateway} />);

    await click(byText(screen, 'button', 'Revoke'));

    expect(calls.filter((c) => c.url === '/api/telegram/invites')).toHaveLength(2);
    expect(screen.textContent).toContain('No outstanding invites.');
  });

  it('revokes an invite after confirmation and reloads the list', async () => {
    const { gateway, calls } = telegramBackend();
    const screen = await mount(<TelegramScreen gateway={gateway} />);
    expect(rows(screen, 'Outstanding invites')[0]).toContain('admin:olga');

    await click(byText(screen, 'button', 'Revoke'));

    expect(calls.map((c) => `${c.method} ${c.url}`)).toContain('DELETE /api/telegram/invites/inv-1');
    expect(screen.textContent).toContain('No outstanding invites.');
  });

  it('keeps an invite when the admin does not confirm', async () => {
    vi.stubGlobal('confirm', () => false);
    const { gateway, calls } = telegramBackend();
    const screen = await mount(<TelegramScreen gateway={gateway} />);

    await click(byText(screen, 'button', 'Revoke'));

    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    expect(rows(screen, 'Outstanding invites')).toHaveLength(1);
  });
});

describe('displayName', () => {
  it('joins first and last name and falls back to the id', () => {
    expect(displayName({ id: '42', firstName: 'Анна', lastName: 'Петрова' })).toBe('Анна Петрова');
    expect(displayName({ id: '42', firstName: 'Анна', lastName: null })).toBe('Анна');
    expect(displayName({ id: '42', firstName: null, lastName: ' ' })).toBe('42');
  });
});
