import { test, expect, expectNoAxeViolations, signInAs } from './fixtures';

test.describe('signing in', () => {
  test('the sign-in page lists the demo people with who they are, and passes axe', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    const people = page.getByRole('list', { name: 'Demo people' });
    for (const name of ['Alice Liddell', 'Bob Nakamura', 'Carol Okafor', 'Dave Fischer']) {
      await expect(people.getByRole('button', { name: new RegExp(name) })).toBeVisible();
    }
    await expect(people.getByRole('button', { name: /Alice Liddell/ })).toContainText(/admin of \d+ orgs/);
    await expect(people.getByRole('button', { name: /Bob Nakamura/ })).toContainText('member, billing allowed');
    await expect(people.getByRole('button', { name: /Carol Okafor/ })).toContainText(
      'member, View-only project access',
    );
    await expect(people.getByRole('button', { name: /Dave Fischer/ })).toContainText('belongs to no org');
    await expect(page.getByRole('heading', { level: 2, name: 'Use another API' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('Alice sees the orgs she administers, and stays signed in across a reload', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    await expect(page.getByRole('heading', { level: 1, name: 'All Orgs' })).toBeVisible();

    const header = page.getByRole('banner');
    await expect(header).toContainText('Alice Liddell');
    await expect(header).toContainText('@alice');
    await expect(header.getByRole('link', { name: 'Switch user' })).toBeVisible();
    await expect(header.getByRole('button', { name: 'Sign out' })).toBeVisible();

    const table = page.getByRole('table', { name: /Orgs you administer/ });
    const rows = table.locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    await expect(table.getByRole('rowheader', { name: 'Acme Genomics', exact: true })).toHaveCount(1);
    for (const column of ['Name', 'Org ID', 'Members', 'Projects', 'Funds available']) {
      await expect(table.getByRole('columnheader', { name: column })).toBeVisible();
    }
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(page).toHaveURL(/\/orgs$/);
    await expect(page.getByRole('heading', { level: 1, name: 'All Orgs' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'Acme Genomics', exact: true })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Alice Liddell');
  });

  test('Dave, who belongs to no org, sees the empty state', async ({ page }) => {
    await signInAs(page, /Dave Fischer/);
    await expect(page.getByRole('heading', { level: 1, name: 'All Orgs' })).toBeVisible();
    // Administering no org, he lands on the orgs he belongs to: none.
    await expect(page).toHaveURL(/\/orgs\?level=MEMBER$/);
    await expect(page.getByText('You belong to no orgs')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('Sign out returns to the sign-in page, and /orgs then asks to sign in', async ({ page }) => {
    await signInAs(page, /Bob Nakamura/);
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toHaveCount(0);

    await page.goto('/orgs');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Forgs$/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });

  test('Switch user goes to sign-in and signs in as someone else', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    await page.getByRole('banner').getByRole('link', { name: 'Switch user' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await page
      .getByRole('list', { name: 'Demo people' })
      .getByRole('button', { name: /Dave Fischer/ })
      .click();
    await expect(page).toHaveURL(/\/orgs\?level=MEMBER$/);
    await expect(page.getByRole('banner')).toContainText('Dave Fischer');
    await expect(page.getByText('You belong to no orgs')).toBeVisible();
  });

  test('a remote API that refuses the token shows its error type and message', async ({
    page,
    pageErrors,
    baseURL,
  }) => {
    // Chromium logs every 4xx answer as "Failed to load resource"; this one is provoked on purpose.
    pageErrors.allow(/Failed to load resource: the server responded with a status of 401/);
    await page.goto('/sign-in');
    const form = page.getByRole('form', { name: 'Sign in to another API' });
    const url = form.getByLabel('API URL');
    const token = form.getByLabel('Token');

    await url.fill('ftp://example.org');
    await url.blur();
    await expect(url).toHaveAttribute('aria-invalid', 'true');
    await expect(url).toHaveAccessibleDescription(/Enter an http:\/\/ or https:\/\/ URL/);

    await url.fill(`${baseURL}/api`);
    await expect(url).not.toHaveAttribute('aria-invalid');
    await token.fill('nope');
    await form.getByRole('button', { name: 'Sign in with this API' }).click();

    const alert = form.getByRole('alert');
    await expect(alert).toContainText('InvalidAuthentication');
    await expect(page).toHaveURL(/\/sign-in$/);
    await expectNoAxeViolations(page);
  });

  test('a remote API that accepts the token signs in, for this tab only', async ({ page, baseURL }) => {
    await page.goto('/sign-in');
    const form = page.getByRole('form', { name: 'Sign in to another API' });
    await form.getByLabel('API URL').fill(`${baseURL}/api/`);
    await form.getByLabel('Token').fill('demo-token-alice');
    await form.getByRole('button', { name: 'Sign in with this API' }).click();
    await expect(page).toHaveURL(/\/orgs$/);
    await expect(page.getByRole('banner')).toContainText('Alice Liddell');
    await expect(page.getByRole('banner')).toContainText('API: ');
    await expect(page.getByRole('rowheader', { name: 'Acme Genomics', exact: true })).toBeVisible();

    const stored = await page.evaluate(() => ({
      local: Object.keys(window.localStorage).filter((k) => k.startsWith('org-console.session')),
      session: Object.keys(window.sessionStorage).filter((k) => k.startsWith('org-console.session')),
    }));
    expect(stored).toEqual({ local: [], session: ['org-console.session.remote.v1'] });
  });
});

test.describe('routes', () => {
  test('an unknown route shows a not-found page with a way home', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByText('/no/such/page')).toBeVisible();
    await page.getByRole('link', { name: 'Go to the start page' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expectNoAxeViolations(page);
  });

  test('a signed-in person landing on / goes to All Orgs, and a deep link survives sign-in', async ({ page }) => {
    await page.goto('/orgs');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Forgs$/);
    await page
      .getByRole('list', { name: 'Demo people' })
      .getByRole('button', { name: /Carol Okafor/ })
      .click();
    // Carol administers no org: All Orgs shows the orgs she belongs to.
    await expect(page).toHaveURL(/\/orgs\?level=MEMBER$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/orgs\?level=MEMBER$/);
    await expect(page.getByRole('heading', { level: 1, name: 'All Orgs' })).toBeVisible();
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });
});
