import { ApiError } from '../api/client';
import type { I18n, TextKey } from '../i18n/i18n';

/** A message for each kind of failure whose cause the user can act on; 400/422 list their fields instead. */
function kindOf(status: number, withFallback: boolean): TextKey | undefined {
  if (status === 401) return withFallback ? undefined : 'error.signedOut';
  if (status === 403) return 'error.forbidden';
  if (status === 404) return 'error.notFound';
  if (status === 409) return 'error.conflict';
  if (status === 429) return 'error.tooMany';
  if (status >= 500) return 'error.server';
  return undefined;
}

/**
 * What to tell the user about a failure. The server writes its problem details in English: the English UI shows
 * them as they are, any other language the situation's message (`fallback`, which also stands for a 401 of the
 * action itself, such as a refused sign-in) followed by the kind of failure, so no English reaches the user.
 */
export function errorText(error: unknown, i18n: I18n, fallback?: TextKey): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return i18n.t('error.network');
    if (error.detail && i18n.locale === 'en') return error.detail;
    const kind = kindOf(error.status, fallback !== undefined);
    const texts = [fallback, kind].filter((key): key is TextKey => key !== undefined).map((key) => i18n.t(key));
    return texts.length > 0 ? texts.join(' ') : i18n.t('error.status', { status: String(error.status) });
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
