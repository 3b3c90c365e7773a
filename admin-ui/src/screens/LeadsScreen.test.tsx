// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lead, User } from '../api/gateway';
import { body, csrf, gatewayWith, json, problem, type Call } from '../test-support/fake-gateway';
import { byText, choose, click, mount, settle, submit, type } from '../test-support/render';
import { loadPhoneFormat } from '../ui/phone';
import { REREAD_AFTER_MS } from './LeadDrawer';
import { LeadsScreen } from './LeadsScreen';

const lead = (id: string, number: number, overrides: Partial<Lead> = {}): Lead => ({
  id,
  number,
  name: `Client ${number}`,
  phone: '+79991234567',
  email: null,
  comment: null,
  source: 'api',
  status: 'new',
  createdAt: '2026-11-20T10:00:00Z',
  createdBy: 'api-key:tb_ab',
  assignee: null,
  updatedAt: null,
  duplicateOf: null,
  history: [],
  ...overrides,
});

const anna = lead('lead-1', 1042, {
  name: 'Анна Петрова',
  email: 'anna@example.com',
  utmSource: 'facebook',
  metaCampaignId: '1201',
  metaCampaignName: 'Autumn',
  duplicateOf: 'lead-0',
  history: [{ from: 'new', to: 'in_progress', by: 'admin:olga', at: '2026-11-21T09:00:00Z' }],
  status: 'in_progress',
});

const admin: User = { username: 'olga', role: 'admin' };
const manager: User = { username: 'max', role: 'manager' };
const viewer: User = { username: 'vera', role: 'viewer' };

const accepted = (id: string) => json(202, { id, status: 'accepted' });

/** leads-service behind the gateway: two pages of leads, the counters, one lead read by id. */
function leadsBackend(overrides: Record<string, (call: Call) => Response> = {}) {
  return gatewayWith({
    'GET /api/auth/csrf': csrf,
    'GET /api/leads': (call) =>
      call.url.includes('cursor=page-2')
        ? json(200, { items: [lead('lead-3', 1040)], nextCursor: null })
        : json(200, { items: [anna, lead('lead-2', 1041)], nextCursor: 'page-2' }),
    'GET /api/leads/stats': () => json(200, { total: 3, byStatus: {}, bySource: {} }),
    'GET /api/leads/lead-1': () => json(200, anna),
    ...overrides,
  });
}

const rows = (container: Element) =>
  [...container.querySelectorAll('.lead-rows tr')].map((row) => row.textContent ?? '');

describe('LeadsScreen', () => {
  beforeAll(loadPhoneFormat);
  beforeEach(() => {
    location.hash = '#/leads';
    vi.stubGlobal('confirm', () => true);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('lists leads by number with phones for people and pages on with the cursor', async () => {
    const { gateway, calls } = leadsBackend();
    const screen = await mount(<LeadsScreen gateway={gateway} user={manager} />);

    expect(rows(screen)).toHaveLength(2);
    expect(rows(screen)[0]).toContain('№1042');
    expect(rows(screen)[0]).toContain('+7 999 123 45 67');
    expect(screen.textContent).toContain('Showing 2 of 3');

    await click(byText(screen, 'button', 'Show more'));

    expect(rows(screen)).toHaveLength(3);
    expect(calls.map((c) => c.url)).toContain('/api/leads?limit=50&cursor=page-2');
    expect(() => byText(screen, 'button', 'Show more')).toThrow();
  });

  it('searches and filters through the API and keeps the view in the link', async () => {
    const { gateway, calls } = leadsBackend();
    const screen = await mount(<LeadsScreen gateway={gateway} user={manager} />);

    await type(screen.querySelector<HTMLInputElement>('input[name="q"]')!, '8 999 123-45-67');
    await submit(screen.querySelector<HTMLFormElement>('form[role="search"]')!);
    await choose(screen.querySelector<HTMLSelectElement>('select[name="status"]')!, 'won');

    const last = new URL(calls.filter((c) => c.url.startsWith('/api/leads?')).at(-1)!.url, 'http://x');
    expect(last.searchParams.get('q')).toBe('8 999 123-45-67');
    expect(last.searchParams.get('status')).toBe('won');
    expect(location.hash).toBe('#/leads?q=8+999+123-45-67&status=won');
  });

  it('takes the view of a link followed while it is open', async () => {
    location.hash = '#/leads?status=won';
    const { gateway, calls } = leadsBackend();
    const screen = await mount(<LeadsScreen gateway={gateway} user={manager} />);

    await act(() => {
      location.hash = '#/leads';
      dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await settle();

    expect(screen.querySelector<HTMLSelectElement>('select[name="status"]')!.value).toBe('');
    expect(calls.filter((c) => c.url.startsWith('/api/leads?')).map((c) => c.url)).toEqual([
      '/api/leads?limit=50&status=won',
      '/api/leads?limit=50',
    ]);
  });

  it('opens the view a shared link carries, with the lead in the drawer', async () => {
    location.hash = '#/leads?source=meta_leadgen&from=2026-11-01&lead=lead-1';
    const { gateway, calls } = leadsBackend();
    const screen = await mount(<LeadsScreen gateway={gateway} user={viewer} />, 'ru', 'Europe/Moscow');

    const list = new URL(calls.find((c) => c.url.startsWith('/api/leads?'))!.url, 'http://x');
    expect(list.searchParams.get('source')).toBe('meta_leadgen');
    expect(list.searchParams.get('from')).toBe('2026-10-31T21:00:00.000Z');
    const drawer = screen.querySelector('[role="dialog"]')!;
    expect(drawer.textContent).toContain('Лид №1042');
    expect(drawer.textContent).toContain('Autumn (1201)');
    expect(drawer.textContent).toContain('facebook');
    expect(drawer.textContent).toContain('Новый → В работе, admin:olga');
    expect(drawer.textContent).toContain('lead-0');
    // A viewer reads, and is told why there is nothing to change.
    expect(drawer.querySelector('select[name="status"]')).toBeNull();
    expect(drawer.textContent).toContain('Ваша роль позволяет смотреть лиды');
    expect(calls.filter((c) => c.url === '/api/leads/lead-1')).toHaveLength(1);

    await act(() => {
      dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    });

    expect(screen.querySelector('[role="dialog"]')).toBeNull();
    expect(location.hash).toBe('#/leads?source=meta_leadgen&from=2026-11-01');
  });

  it('changes the status at once and shows the history entry once the lead is read again', async () => {
    let stored = anna;
    const { gateway, calls } = leadsBackend({
      'PATCH /api/leads/lead-1': () => {
        stored = {
          ...anna,
          status: 'won',
          updatedAt: '2026-11-22T10:00:00Z',
          history: [
            ...(anna.history ?? []),
            { from: 'in_progress', to: 'won', by: 'admin:max', at: '2026-11-22T10:00:00Z' },
          ],
        };
        return accepted('lead-1');
      },
      'GET /api/leads/lead-1': () => json(200, stored),
    });
    const screen = await mount(<LeadsScreen gateway={gateway} user={manager} />);
    await click(byText(screen, 'button', 'Анна Петрова'));
    // Real time goes on (the test's renders wait on it); the re-read's delay is skipped.
    vi.useFakeTimers({ shouldAdvanceTime: true });

    await choose(screen.querySelector<HTMLSelectElement>('[role="dialog"] select[name="status"]')!, 'won');

    expect(body(calls.find((c) => c.method === 'PATCH')!)).toEqual({ status: 'won' });
    expect(rows(screen)[0]).toContain('Won');
    await act(() => {
      vi.advanceTimersByTime(REREAD_AFTER_MS);
    });
    await settle();
    expect(screen.querySelector('[role="dialog"]')!.textContent).toContain('In progress → Won, admin:max');
  });

  it('rolls a refused change back and says why in the user’s language', async () => {
    const { gateway } = leadsBackend({
      'PATCH /api/leads/lead-1': () => problem(503, { title: 'Service Unavailable', detail: 'Kafka is down' }),
    });
    const screen = await mount(<LeadsScreen gateway={gateway} user={manager} />, 'ru');
    await click(byText(screen, 'button', 'Анна Петрова'));
    const drawer = screen.querySelector('[role="dialog"]')!;

    await type(drawer.querySelector<HTMLInputElement>('input[name="assignee"]')!, 'anna');
    await submit(drawer.querySelector<HTMLInputElement>('input[name="assignee"]')!.form!);

    expect(drawer.querySelector<HTMLInputElement>('input[name="assignee"]')!.value).toBe('');
    // The row's last cell, the assignee, is empty again.
    expect(rows(screen)[0]).toMatch(/—$/);
    expect(drawer.querySelector('[role="alert"]')!.textContent).toContain('Изменение не сохранено и отменено.');
    expect(drawer.textContent).not.toContain('Kafka');
  });

  it('adds a lead and places the gateway’s field errors at their fields', async () => {
    const { gateway, calls } = leadsBackend({
      'POST /api/leads': () =>
        problem(400, {
          title: 'Bad Request',
          errors: [{ field: 'phone', code: 'invalid_format', message: 'is not a valid phone number: too short' }],
        }),
    });
    const screen = await mount(<LeadsScreen gateway={gateway} user={manager} />, 'ru');
    await click(byText(screen, 'button', 'Добавить лид'));

    await type(screen.querySelector<HTMLInputElement>('#new-lead-name')!, 'Иван');
    await type(screen.querySelector<HTMLInputElement>('#new-lead-phone')!, '12');
    await submit(screen.querySelector<HTMLFormElement>('form.new-lead')!);

    expect(body(calls.find((c) => c.method === 'POST' && c.url === '/api/leads')!)).toEqual({
      name: 'Иван',
      phone: '12',
    });
    const phone = screen.querySelector<HTMLInputElement>('#new-lead-phone')!;
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(screen.querySelector(`#${phone.getAttribute('aria-describedby')}`)!.textContent).toBe('неверный формат');
    expect(screen.querySelector('#new-lead-name')!.getAttribute('aria-invalid')).toBeNull();
  });

  it('offers erasing to admins only and erases after confirmation', async () => {
    const managers = leadsBackend();
    const forManager = await mount(<LeadsScreen gateway={managers.gateway} user={manager} />);
    await click(byText(forManager, 'button', 'Анна Петрова'));
    expect(() => byText(forManager, 'button', 'Erase lead')).toThrow();
    document.body.replaceChildren();

    const confirmed = vi.fn(() => true);
    vi.stubGlobal('confirm', confirmed);
    const { gateway, calls } = leadsBackend({ 'DELETE /api/leads/lead-1': () => accepted('lead-1') });
    const screen = await mount(<LeadsScreen gateway={gateway} user={admin} />);
    await click(byText(screen, 'button', 'Анна Петрова'));

    await click(byText(screen, 'button', 'Erase lead'));

    expect(confirmed).toHaveBeenCalledWith(expect.stringContaining('№1042'));
    expect(calls.some((c) => c.method === 'DELETE' && c.url === '/api/leads/lead-1')).toBe(true);
    expect(screen.querySelector('[role="dialog"]')).toBeNull();
    expect(rows(screen).join()).not.toContain('№1042');
  });
});
