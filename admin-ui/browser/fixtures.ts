// What every browser test shares: a page that fails the test on any console error or uncaught exception, the
// accounts the stack was given, signing in through the login form, and the checks each screen must pass.
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export interface Account {
  username: string;
  password: string;
}

function account(prefix: string): Account {
  const username = process.env[`${prefix}_USERNAME`];
  const password = process.env[`${prefix}_PASSWORD`];
  if (!username || !password) throw new Error(`${prefix}_USERNAME and ${prefix}_PASSWORD must be set`);
  return { username, password };
}

export const accounts = {
  admin: () => account('TARGETBOT_ADMIN'),
  manager: () => account('TARGETBOT_MANAGER'),
};

// Answers the UI asks for and handles as designed, which Chromium still logs as failed loads: the session probe
// before sign-in (401), the Meta overview before the first sync and the token before its first check (404).
const HANDLED_ANSWERS = [/\/api\/auth\/me$/, /\/meta\/stats$/, /\/meta\/token$/];

function handledAnswer(text: string, url: string): boolean {
  return text.startsWith('Failed to load resource') && HANDLED_ANSWERS.some((answer) => answer.test(url));
}

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      const url = message.location().url;
      if (message.type() === 'error' && !handledAnswer(message.text(), url)) errors.push(`${message.text()} (${url})`);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };

/** Opens the UI in `locale` and signs in through the form; resolves once the menu is shown. */
export async function signIn(page: Page, who: Account, locale: 'ru' | 'en' = 'en'): Promise<void> {
  await page.addInitScript((chosen) => localStorage.setItem('targetbot.locale', chosen), locale);
  await page.goto('/admin/');
  const form = page.locator('form.login-card');
  await form.locator('input[name=username]').fill(who.username);
  await form.locator('input[name=password]').fill(who.password);
  await form.locator('button[type=submit]').click();
  await expect(page.locator('nav.sidebar')).toBeVisible();
}

/** The page is no wider than the window: nothing makes the user scroll sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    window: document.documentElement.clientWidth,
  }));
  expect(widths.page, `page width at a ${widths.window} px window`).toBeLessThanOrEqual(widths.window);
}

/** No serious or critical accessibility violation (axe-core, WCAG 2.1 A/AA rules). */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(', ')})`,
    );
  expect(serious, 'serious accessibility violations').toEqual([]);
}
