import type { Page } from '@playwright/test';
import { issueToken, test, expect, expectNoAxeViolations, signInAs } from './fixtures';

const ALICE_ADMIN_ORGS = ['Acme Genomics', 'Helix Clinical Sequencing', 'Northwind Pilot Program'];

/** Sign in through "Use another API" with a token, here against the embedded emulator itself. */
async function signInWithToken(page: Page, baseURL: string, userId: string) {
  await page.goto('/sign-in');
  const token = await issueToken(page, userId);
  const form = page.getByRole('form', { name: 'Sign in to another API' });
  await form.getByLabel('API URL').fill(`${baseURL}/api`);
  await form.getByLabel('Token').fill(token);
  await form.getByRole('button', { name: 'Sign in with this API' }).click();
  await expect(page).toHaveURL(/\/orgs$/);
}

test.describe('header navigation', () => {
  test('lists the orgs Alice administers, opens one, and marks it current', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'All Orgs' })).toHaveAttribute('aria-current', 'page');

    await nav.getByRole('button', { name: 'Your orgs' }).click();
    const menu = page.getByRole('menu', { name: 'Your orgs' });
    const items = menu.getByRole('menuitem');
    await expect(items).toHaveCount(ALICE_ADMIN_ORGS.length);
    for (const name of ALICE_ADMIN_ORGS)
      await expect(menu.getByRole('menuitem', { name: new RegExp(name) })).toBeVisible();
    await expect(menu.locator('[aria-current]')).toHaveCount(0);
    await expectNoAxeViolations(page);

    await menu.getByRole('menuitem', { name: /Helix Clinical Sequencing/ }).click();
    await expect(page).toHaveURL(/\/orgs\/org-helix\/members$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Helix Clinical Sequencing' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'All Orgs' })).not.toHaveAttribute('aria-current');

    // With the keyboard: Enter opens the menu on its first item, the arrows move, Enter follows the link.
    await nav.getByRole('button', { name: 'Your orgs' }).press('Enter');
    await expect(menu.getByRole('menuitem', { name: /Helix Clinical Sequencing/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(menu.getByRole('menuitem', { name: /Acme Genomics/ })).not.toHaveAttribute('aria-current');
    // Every one of them is an org she administers, and marked so.
    for (const name of ALICE_ADMIN_ORGS)
      await expect(menu.getByRole('menuitem', { name: new RegExp(name) })).toContainText('Admin');
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(items.nth(1)).toBeFocused();
    const target = (await items.nth(1).locator('.menu-item-detail').textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/orgs/${target}/members$`));
    await expect(menu).toHaveCount(0);

    await nav.getByRole('button', { name: 'Your orgs' }).press('Enter');
    await expect(menu).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(nav.getByRole('button', { name: 'Your orgs' })).toBeFocused();
  });

  test('Dave, who belongs to no org, is told so in the menu', async ({ page }) => {
    await signInAs(page, /Dave Fischer/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Your orgs' }).click();
    await expect(page.getByRole('menu', { name: 'Your orgs' })).toContainText('You belong to no orgs');
    await expect(page.getByRole('menu', { name: 'Your orgs' }).getByRole('link')).toHaveCount(0);
  });
});

test.describe('org page', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('shows the org: name, ID with a copy button, handle, level, and tabs as links; passes axe', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    await page.goto('/orgs/org-acme');
    await expect(page).toHaveURL(/\/orgs\/org-acme\/members$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Acme Genomics' })).toBeVisible();
    await expect(page).toHaveTitle('Members · Acme Genomics · Org Console');

    const header = page.locator('.org-header');
    await expect(header.getByRole('term').filter({ hasText: 'Org ID' })).toBeVisible();
    await expect(header.getByRole('definition').filter({ hasText: 'org-acme' })).toBeVisible();
    await expect(header.getByRole('definition').filter({ hasText: /^acme$/ })).toBeVisible();
    // The level in words, as everywhere else, not the API's code.
    await expect(header.getByRole('definition').filter({ hasText: /^Admin$/ })).toBeVisible();
    await expect(header).not.toContainText('ADMIN');
    await expect(header).not.toContainText(/Expire/);

    await header.getByRole('button', { name: 'Copy org ID' }).click();
    await expect(page.getByText('Copied org ID org-acme')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('org-acme');

    const tabs = page.getByRole('navigation', { name: 'Org sections' });
    const members = tabs.getByRole('link', { name: 'Members' });
    await expect(members).toHaveAttribute('aria-current', 'page');
    await expect(members).toHaveAttribute('href', '/orgs/org-acme/members');
    await expectNoAxeViolations(page);
  });

  test('warns that org-pilot expires soon, with the date and the days left', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    await page.goto('/orgs/org-pilot/members');
    await expect(page.getByRole('heading', { level: 1, name: 'Northwind Pilot Program' })).toBeVisible();
    const warning = page.locator('.org-header').getByText(/^Expires on [A-Z][a-z]{2} \d{1,2}, \d{4} \(in \d+ days?\)$/);
    await expect(warning).toBeVisible();
    const days = Number(/in (\d+) day/.exec((await warning.textContent()) ?? '')?.[1]);
    expect(days).toBeGreaterThan(0);
    expect(days).toBeLessThanOrEqual(30);
    // What expiry means: read-only (the API answers OrgExpired), and then the org's data is deleted for good.
    await expect(page.locator('.org-header')).toContainText(
      'After that it is read-only: the API refuses changes to this org and to what it pays for.',
    );
    await expect(page.locator('.org-header')).toContainText('The org’s data is then permanently deleted');
    await expect(page.getByText(/Expired on/)).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('says an expired org (org-legacy_core, to its admin) is read-only', async ({ page, baseURL }) => {
    // Ivan Brennan administers the expired org; he is not on the sign-in page's list, so use his token.
    await signInWithToken(page, baseURL!, 'user-ivan.brennan');
    await page.goto('/orgs/org-legacy_core/members');
    await expect(page.getByRole('heading', { level: 1, name: 'Legacy Sequencing Core' })).toBeVisible();
    await expect(page.locator('.org-header')).toContainText(/Expired on [A-Z][a-z]{2} \d{1,2}, \d{4} — read-only/);
    await expect(page.locator('.org-header')).toContainText('The org’s data is permanently deleted after expiry');
    await expectNoAxeViolations(page);
  });

  test("an unknown org shows the API's ResourceNotFound with a way back", async ({ page, pageErrors }) => {
    pageErrors.allow(/Failed to load resource: the server responded with a status of 404/);
    await signInAs(page, /Alice Liddell/);
    await page.goto('/orgs/org-nope/members');
    await expect(page.getByRole('heading', { level: 1, name: 'There is no org org-nope' })).toBeVisible();
    await expect(page.getByText('ResourceNotFound', { exact: true })).toBeVisible();
    await expect(page.getByText('org-nope does not exist')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Org sections' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Back to All Orgs' }).click();
    await expect(page).toHaveURL(/\/orgs$/);
    await expect(page.getByRole('heading', { level: 1, name: 'All Orgs' })).toBeVisible();
  });

  test('a malformed org ID is refused by the API, and explained', async ({ page, pageErrors }) => {
    pageErrors.allow(/Failed to load resource: the server responded with a status of 404/);
    await signInAs(page, /Alice Liddell/);
    await page.goto('/orgs/not%20an%20org!/members');
    await expect(page.getByRole('heading', { level: 1, name: 'There is no org not an org!' })).toBeVisible();
    await expect(page.locator('.error-type')).toHaveText('ResourceNotFound');
    await expect(page.getByRole('link', { name: 'Back to All Orgs' })).toBeVisible();
  });

  test("Dave, who is not a member, is told so with the API's refusal", async ({ page, pageErrors }) => {
    pageErrors.allow(/Failed to load resource: the server responded with a status of 401/);
    await signInAs(page, /Dave Fischer/);
    await page.goto('/orgs/org-acme/members');
    await expect(page.getByRole('heading', { level: 1, name: 'You are not a member of org-acme' })).toBeVisible();
    await expect(page.getByText('PermissionDenied', { exact: true })).toBeVisible();
    await expect(page.getByText('user-dave is not a member of org-acme')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Acme Genomics' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Back to All Orgs' }).click();
    await expect(page.getByText('You belong to no orgs')).toBeVisible();
  });

  test('an unknown page below an org, and anywhere, is a not-found page inside the console', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    await page.goto('/orgs/org-acme/no-such-tab');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByText('/orgs/org-acme/no-such-tab')).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Alice Liddell');
    await page.getByRole('link', { name: 'Go to the start page' }).click();
    await expect(page).toHaveURL(/\/orgs$/);
  });
});

test.describe('across tabs', () => {
  test('an org created in one tab appears in another tab of the same browser without a reload', async ({
    page,
    context,
    pageErrors,
  }) => {
    await signInAs(page, /Alice Liddell/);
    const other = await context.newPage();
    await other.goto('/orgs');
    const table = other.getByRole('table', { name: /Orgs you administer/ });
    await expect(table.getByRole('rowheader', { name: 'Acme Genomics', exact: true })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'Tab Sync Lab', exact: true })).toHaveCount(0);

    // New org checks the handle is free: a 404 (ResourceNotFound), which Chromium logs.
    pageErrors.allow(/Failed to load resource: the server responded with a status of 404/);
    await page.getByRole('button', { name: 'New org' }).click();
    const dialog = page.getByRole('dialog', { name: 'New org' });
    await dialog.getByLabel('Name').fill('Tab Sync Lab');
    await expect(dialog.getByLabel('Handle')).toHaveValue('tab_sync_lab');
    await dialog.getByRole('button', { name: 'Create org' }).click();
    await expect(page).toHaveURL(/\/orgs\/org-tab_sync_lab\/members$/);

    await expect(table.getByRole('rowheader', { name: 'Tab Sync Lab', exact: true })).toBeVisible();
    await other.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Your orgs' }).click();
    await expect(other.getByRole('menuitem', { name: /Tab Sync Lab/ })).toBeVisible();
  });
});

test.describe('Your orgs for a member, at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('Bob, a member who administers nothing, finds Acme in the menu and it opens on a tab he may use', async ({
    page,
  }) => {
    await signInAs(page, /Bob Nakamura/);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Your orgs' }).click();
    const menu = page.getByRole('menu', { name: 'Your orgs' });
    await expect(menu).not.toContainText('You administer no orgs');
    const acme = menu.getByRole('menuitem', { name: /Acme Genomics/ });
    await expect(acme).toBeVisible();
    // Not one of his admin orgs, so not marked as one.
    await expect(acme).not.toContainText('Admin');
    await expectNoAxeViolations(page);
    await acme.click();
    await expect(page).toHaveURL(/\/orgs\/org-acme\/billing$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Acme Genomics' })).toBeVisible();
  });
});
