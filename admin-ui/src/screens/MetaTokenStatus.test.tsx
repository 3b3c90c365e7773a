// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { gatewayWith, json, problem } from '../test-support/fake-gateway';
import { mount } from '../test-support/render';
import { formatDay, MetaTokenStatus, tokenState } from './MetaTokenStatus';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-25T12:00:00Z');
const token = (expiresAt: string | null, valid = true, problemText: string | null = null) => ({
  valid,
  expiresAt,
  checkedAt: '2026-11-25T11:00:00Z',
  problem: problemText,
});

describe('token state', () => {
  it('counts whole days left and warns below seven', () => {
    expect(tokenState(token(new Date(now.getTime() + 7 * DAY).toISOString()), now)).toMatchObject({ kind: 'valid' });
    expect(tokenState(token(new Date(now.getTime() + 7 * DAY - 1).toISOString()), now)).toMatchObject({
      kind: 'expiring',
      daysLeft: 6,
    });
    expect(tokenState(token(new Date(now.getTime() + DAY / 2).toISOString()), now)).toMatchObject({
      kind: 'expiring',
      daysLeft: 0,
    });
  });

  it('tells a never-expiring, an invalid and an unchecked token apart', () => {
    expect(tokenState(token(null), now)).toEqual({ kind: 'permanent' });
    expect(tokenState(token('2027-01-01T00:00:00Z', false, 'Session has expired'), now)).toEqual({
      kind: 'invalid',
      problem: 'Session has expired',
    });
    expect(tokenState(null, now)).toEqual({ kind: 'unchecked' });
  });

  it('formats the day as dd.MM.yyyy', () => {
    expect(formatDay(new Date(2027, 0, 5, 15, 30))).toBe('05.01.2027');
  });
});

describe('MetaTokenStatus', () => {
  afterEach(() => document.body.replaceChildren());

  const show = async (answer: () => Response, locale: 'en' | 'ru' = 'en') => {
    const { gateway } = gatewayWith({ 'GET /meta/token': answer });
    const container = await mount(<MetaTokenStatus gateway={gateway} />, locale);
    return container.querySelector('.notice')!;
  };

  it('shows the date a valid token lasts until', async () => {
    const expiresAt = new Date(Date.now() + 40 * DAY);

    const notice = await show(() => json(200, token(expiresAt.toISOString())));

    expect(notice.className).toContain('notice-success');
    expect(notice.textContent).toContain(`The token is valid until ${formatDay(expiresAt)}.`);
  });

  it('warns in Russian with the right plural when fewer than seven days are left', async () => {
    const notice = await show(() => json(200, token(new Date(Date.now() + 3 * DAY + 60_000).toISOString())), 'ru');

    expect(notice.className).toContain('notice-warning');
    expect(notice.textContent).toContain('Токен истекает через 3 дня');
  });

  it("shows Meta's reason for an invalid token", async () => {
    const notice = await show(() =>
      json(200, token(null, false, 'Error validating access token: Session has expired')),
    );

    expect(notice.className).toContain('notice-error');
    expect(notice.textContent).toContain(
      'Meta no longer accepts the token: Error validating access token: Session has expired',
    );
  });

  it('says the token was not checked yet when meta-service answers 404', async () => {
    const notice = await show(() => problem(404, { detail: 'The Meta token has not been checked yet' }));

    expect(notice.className).toContain('notice-info');
    expect(notice.textContent).toBe('The token has not been checked yet.');
  });
});
