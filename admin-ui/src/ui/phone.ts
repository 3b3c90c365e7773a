import { useEffect, useState } from 'preact/hooks';

/**
 * libphonenumber's formats and metadata (~120 kB) are loaded on the first screen that shows phones, in a chunk of
 * their own, so the rest of the UI does not wait for them; until then a phone is shown as stored.
 */
let format: ((e164: string) => string) | undefined;
let loading: Promise<void> | undefined;

export function loadPhoneFormat(): Promise<void> {
  loading ??= import('libphonenumber-js/min').then(
    ({ parsePhoneNumberFromString }) => {
      format = (e164) => parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
    },
    () => {
      // A chunk that failed to load (a deploy replaced it) leaves phones as stored; the next screen tries again.
      loading = undefined;
    },
  );
  return loading;
}

/** Renders the calling component again once phones can be formatted. */
export function usePhoneFormat(): void {
  const [, setLoaded] = useState(format !== undefined);
  useEffect(() => {
    if (format === undefined) void loadPhoneFormat().then(() => setLoaded(format !== undefined));
  }, []);
}

/**
 * A stored phone (E.164, `+79991234567`) as people read it: `+7 999 123 45 67`, `+44 20 7946 0958`. A number the
 * library cannot place, or any before the library is loaded, is shown as stored.
 */
export function formatPhone(e164: string): string {
  return format ? format(e164) : e164;
}

/** The `tel:` link of a stored phone: digits and the plus only. */
export function phoneHref(e164: string): string {
  return `tel:${e164.replace(/[^\d+]/g, '')}`;
}
