import { ApiError } from '../api/client';
import type { I18n, TextKey } from '../i18n/i18n';

/**
 * What to tell the user about a failure: the server's problem detail when it sent one, else a
 * message for the situation (`fallback`, or one naming the HTTP status).
 */
export function errorText(error: unknown, i18n: I18n, fallback?: TextKey): string {
  if (error instanceof ApiError) {
    if (error.detail) return error.detail;
    if (error.status === 0) return i18n.t('error.network');
    return fallback ? i18n.t(fallback) : i18n.t('error.status', { status: String(error.status) });
  }
  return i18n.t('error.unexpected');
}

/**
 * Per-field validation messages of a 400 problem, if any, in the user's language: translated by the
 * error's `code`, or the server's English message for a code this UI does not know yet.
 */
export function fieldErrors(error: unknown, i18n: I18n): { field: string; text: string }[] {
  const errors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return errors.map(({ field, code, message }) => {
    const text = i18n.label('fieldError', code);
    return { field, text: text === code ? message : text };
  });
}
