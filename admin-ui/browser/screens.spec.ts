// Every screen a role can reach: it opens without a console error, fits the window (1440 px and a 390 px phone)
// and has no serious accessibility violation; both languages; admin-only screens stay out of a manager's menu.
import { accounts, expect, expectAccessible, expectNoSidewaysScroll, signIn, test, type Account } from './fixtures';
import type { Page } from '@playwright/test';

const ADMIN_ONLY = ['#/telegram', '#/chat', '#/keys', '#/admins'];

async function menu(page: Page): Promise<string[]> {
  return page.locator('nav.sidebar a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** Opens each screen of the menu and checks it once its content has loaded. */
async function checkEveryScreen(page: Page, who: Account): Promise<string[]> {
  await signIn(page, who);
  const sections = await menu(page);
  for (const href of sections) {
    await page.goto(`/admin/${href}`);
    await expect(page.locator(`nav.sidebar a[href="${href}"]`)).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('main#content h1')).toBeVisible();
    await expect(page.locator('main#content p.loading')).toHaveCount(0);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
  }
  return sections;
}

test('an admin reaches every screen, each fits the window and is accessible', async ({ page, consoleErrors }) => {
  const sections = await checkEveryScreen(page, accounts.admin());

  expect(sections).toEqual(expect.arrayContaining(['#/dashboard', '#/leads', '#/meta', '#/reports', '#/keys']));
  expect(consoleErrors).toEqual([]);
});

test('a manager sees no admin-only screen in the menu', async ({ page, consoleErrors }) => {
  const sections = await checkEveryScreen(page, accounts.manager());

  expect(sections).toEqual(expect.arrayContaining(['#/dashboard', '#/leads', '#/reports']));
  for (const adminOnly of ADMIN_ONLY) expect(sections).not.toContain(adminOnly);
  expect(consoleErrors).toEqual([]);
});

test('the UI speaks Russian when Russian is chosen, and switches to English in place', async ({ page }) => {
  await signIn(page, accounts.admin(), 'ru');
  await expect(page.locator('html')).toHaveAttribute('lang', /^ru/);
  await expect(page.locator('nav.sidebar')).toContainText('Лиды');

  await page.locator('.lang-switch button[lang=en]').click();

  await expect(page.locator('html')).toHaveAttribute('lang', /^en/);
  await expect(page.locator('nav.sidebar')).toContainText('Leads');
  await expectNoSidewaysScroll(page);
});

test('a wrong password is refused on the form, in the chosen language', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('targetbot.locale', 'ru'));
  await page.goto('/admin/');
  const form = page.locator('form.login-card');
  await form.locator('input[name=username]').fill(accounts.manager().username);
  await form.locator('input[name=password]').fill('not-the-password-at-all');
  await form.locator('button[type=submit]').click();

  await expect(form.locator('[role=alert]')).toBeVisible();
  await expect(form.locator('[role=alert]')).not.toContainText(/[A-Za-z]{6,}/);
  await expect(page.locator('nav.sidebar')).toHaveCount(0);
  await expectAccessible(page);
});
