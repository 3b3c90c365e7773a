import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { I18nContext } from '../i18n/context';
import { createI18n, type Locale } from '../i18n/i18n';

/** Test support only, for tests running in a DOM (`@vitest-environment happy-dom`). */

/** Renders into a fresh container in the given language (and agency zone) and waits for the first loads to land. */
export async function mount(node: ComponentChildren, locale: Locale = 'en', timeZone?: string): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => {
    render(<I18nContext.Provider value={createI18n(locale, timeZone)}>{node}</I18nContext.Provider>, container);
  });
  await settle();
  return container;
}

/** Lets pending fetches resolve and their state updates render. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

export async function click(element: Element): Promise<void> {
  await act(() => (element as HTMLElement).click());
  await settle();
}

export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

/** Types into a field as a user would: its value changes, then an `input` event. */
export async function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function submit(form: HTMLFormElement): Promise<void> {
  await act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

/** The element matching `selector` whose text contains `text`; fails the test when there is none. */
export function byText<E extends Element = HTMLElement>(container: Element, selector: string, text: string): E {
  const found = [...container.querySelectorAll<E>(selector)].find((e) => e.textContent?.includes(text));
  if (!found) throw new Error(`no ${selector} with text "${text}" in: ${container.textContent}`);
  return found;
}
