import { describe, expect, it } from 'vitest';
import { ApiError, type FieldErrorCode } from '../api/client';
import { createI18n } from '../i18n/i18n';
import { errorText, fieldErrors } from './errors';

const refused = (code: string, message = 'server text') =>
  new ApiError(400, { errors: [{ field: 'phone', code: code as FieldErrorCode, message }] });

describe('fieldErrors', () => {
  it('translates each field error by its code', () => {
    expect(fieldErrors(refused('invalid_format'), createI18n('en'))).toEqual([
      { field: 'phone', text: 'is not in a valid format' },
    ]);
    expect(fieldErrors(refused('invalid_format'), createI18n('ru'))).toEqual([
      { field: 'phone', text: 'неверный формат' },
    ]);
  });

  it.each<FieldErrorCode>([
    'required',
    'too_long',
    'invalid_format',
    'out_of_range',
    'not_allowed',
    'unknown_field',
    'conflict',
    'incorrect',
  ])('has a text for %s in both languages', (code) => {
    for (const locale of ['en', 'ru'] as const) {
      expect(fieldErrors(refused(code), createI18n(locale))[0]?.text).not.toBe('server text');
    }
  });

  it("falls back to the server's message for a code it does not know", () => {
    expect(fieldErrors(refused('brand_new', 'is brand new'), createI18n('ru'))).toEqual([
      { field: 'phone', text: 'is brand new' },
    ]);
  });

  it('has none for failures that are not problems', () => {
    expect(fieldErrors(new Error('boom'), createI18n('en'))).toEqual([]);
  });
});

describe('errorText', () => {
  const refusedSignIn = new ApiError(401, { detail: 'Wrong username or password' });

  it("shows the server's detail in English only", () => {
    expect(errorText(refusedSignIn, createI18n('en'), 'login.failed')).toBe('Wrong username or password');
    expect(errorText(refusedSignIn, createI18n('ru'), 'login.failed')).toBe('Неверное имя пользователя или пароль.');
  });

  it('tells the kind of failure after the action in Russian, never English text', () => {
    const throttled = new ApiError(429, { detail: 'Too many requests, retry in 30 s' });
    expect(errorText(throttled, createI18n('ru'), 'keys.createFailed')).not.toMatch(/[A-Za-z]{4,}/);
    expect(errorText(new ApiError(403, { detail: 'Forbidden' }), createI18n('ru'))).toBe(
      'Ваша роль этого не позволяет.',
    );
    expect(errorText(new ApiError(401, { detail: 'Session expired' }), createI18n('ru'))).toBe(
      'Сеанс завершён: войдите снова.',
    );
  });
});
