// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { gatewayWith, json, problem } from '../test-support/fake-gateway';
import { mount } from '../test-support/render';
import { createI18n } from '../i18n/i18n';
import { MetaTokenStatus, tokenState } from './MetaTokenStatus';

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
});

describe('MetaTokenStatus', () => {
  afterEach(() => document.body.replaceChildren());

  const show = async (answer: () => Response, locale: 'en' | 'ru' = 'en', timeZone?: string) => {
    const { gateway } = gatewayWith({ 'GET /meta/token': answer });
    const container = await mount(<MetaTokenStatus gateway={gateway} />, locale, timeZone);
    return container.querySelector('.notice')!;
  };

  it('dates the expiry by the agency zone, not the browser', async () => {
    // 20:30 UTC on 24 November 2027: still the 24th in Los Angeles, already the 25th in Auckland.
    const expiresAt = '2027-11-24T20:30:00Z';

    const auckland = await show(() => json(200, token(expiresAt)), 'en', 'Pacific/Auckland');
    expect(auckland.textContent).toContain('The token is valid until 25.11.2027.');
    document.body.replaceChildren();
    const losAngeles = await show(() => json(200, token(expiresAt)), 'en', 'America/Los_Angeles');
    expect(losAngeles.textContent).toContain('The token is valid until 24.11.2027.');
  });

  it('shows the date a valid token lasts until', async () => {
    const expiresAt = new Date(Date.now() + 40 * DAY);

    const notice = await show(() => json(200, token(expiresAt.toISOString())));

    expect(notice.className).toContain('notice-success');
    expect(notice.textContent).toContain(`The token is valid until ${createI18n('en').day(expiresAt)}.`);
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
