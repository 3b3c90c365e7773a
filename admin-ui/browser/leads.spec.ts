// The leads workflow a manager runs the day from: add a lead, find it by the phone as people type it, open it,
// change its status and assignee in place and see the history entry; at 1440 px and on a 390 px phone.
import { accounts, expect, expectAccessible, expectNoSidewaysScroll, signIn, test } from './fixtures';

/** A Russian mobile number no other test run uses: +7 916 and seven digits. */
function uniquePhone(): { typed: string; digits: string } {
  const digits = String(Date.now() % 10_000_000).padStart(7, '0');
  return { typed: `8 916 ${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`, digits: `7916${digits}` };
}

test('a manager adds a lead, finds it by phone and works it in place', async ({ page, consoleErrors }) => {
  const manager = accounts.manager();
  const phone = uniquePhone();
  const name = `Браузер ${phone.digits.slice(-5)}`;
  await signIn(page, manager);
  await page.goto('/admin/#/leads');

  await page.getByRole('button', { name: 'Add lead' }).click();
  const form = page.locator('form.new-lead');
  await form.locator('#new-lead-name').fill(name);
  await form.locator('#new-lead-phone').fill(phone.typed);
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByText('The lead is accepted')).toBeVisible();

  // The lead is stored a moment after it is accepted: search until the list has it.
  const search = page.getByRole('search');
  await search.locator('input[name=q]').fill(phone.typed);
  const row = page.locator('.lead-rows tr', { hasText: name });
  await expect(async () => {
    await search.getByRole('button', { name: 'Find' }).click();
    await expect(row).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(row).toContainText('№');
  await expect(page).toHaveURL(/#\/leads\?q=8\+916/);
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);

  await row.getByRole('button', { name }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByRole('heading', { level: 2 })).toContainText('Lead №');
  await drawer.locator('select[name=status]').selectOption('in_progress');
  await drawer.getByRole('button', { name: 'Assign to me' }).click();

  await expect(drawer.locator('.history')).toContainText('New → In progress', { timeout: 15_000 });
  await expect(drawer.locator('input[name=assignee]')).toHaveValue(manager.username);
  await expect(row).toContainText('In progress');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('a shared link opens the same view, and a manager is offered no erase', async ({ page }) => {
  await signIn(page, accounts.manager(), 'ru');

  await page.goto('/admin/#/leads?status=in_progress');

  await expect(page.locator('select[name=status]')).toHaveValue('in_progress');
  await expect(page.getByRole('button', { name: 'Стереть лид' })).toHaveCount(0);
  await expectNoSidewaysScroll(page);
});
