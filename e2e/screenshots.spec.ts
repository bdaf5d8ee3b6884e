/**
 * The README's pictures: each main screen as Alice (admin of Acme Genomics) sees it on
 * the demo data, at 1440×900 in the light and the dark theme (`NN-screen.png`,
 * `NN-screen-dark.png`), and Members and Billing on a phone at 390×844
 * (`NN-screen-390.png`, `NN-screen-390-dark.png`), saved to e2e/screenshots/. Each screen
 * is checked for its content first, so a picture of a blank or broken page fails the run
 * instead of landing in the README.
 */
import type { Page } from '@playwright/test';
import { apiAsSignedIn, expect, signInAs, test } from './fixtures';

const WIDE = { width: 1440, height: 900 };
const NARROW = { width: 390, height: 844 };

test.use({ viewport: WIDE });

/** The screen as it is, in the light theme (`name.png`) and the dark one (`name-dark.png`). */
async function capture(page: Page, name: string, fullPage = false) {
  for (const theme of ['light', 'dark'] as const) {
    // The theme follows the OS by default.
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    // Let fonts, the chart and the virtualised rows settle before the picture.
    await page.evaluate(() => document.fonts.ready);
    const path = `e2e/screenshots/${name}${theme === 'dark' ? '-dark' : ''}.png`;
    await page.screenshot({ path, fullPage, animations: 'disabled' });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('screenshots of the main screens, each showing its content', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(
    page.getByRole('list', { name: 'Demo people' }).getByRole('button', { name: /Dave Fischer/ }),
  ).toBeVisible();
  await capture(page, '01-sign-in');

  await signInAs(page, /Alice Liddell/);
  await expect(page.getByRole('rowheader', { name: 'Acme Genomics', exact: true })).toBeVisible();
  await capture(page, '02-all-orgs');

  await page.goto('/orgs/org-acme/members');
  await expect(
    page.getByRole('table', { name: 'Members of Acme Genomics' }).getByRole('rowheader', { name: /Carol Okafor/ }),
  ).toBeVisible();
  await capture(page, '03-members');

  await page.goto('/orgs/org-acme/projects');
  const projects = page.getByRole('table', { name: 'Projects billed to Acme Genomics' });
  await expect(projects.getByRole('rowheader', { name: 'Shared QC dashboards' })).toBeVisible();
  await expect(projects.getByRole('button', { name: /Grant yourself Administer/ }).first()).toBeVisible();
  await capture(page, '04-projects');

  const { results } = await apiAsSignedIn<{ results: { id: string; describe: { name: string } }[] }>(
    page,
    '/org-acme/findProjects',
    {
      describe: { fields: { name: true } },
    },
  );
  const sharedQc = results.find((project) => project.describe.name === 'Shared QC dashboards');
  expect(sharedQc).toBeTruthy();
  await page.goto(`/projects/${sharedQc!.id}?list=access`);
  await expect(page.getByRole('heading', { level: 1, name: 'Shared QC dashboards' })).toBeVisible();
  await expect(page.getByText(/capped at View by their project access/).first()).toBeVisible();
  await capture(page, '05-project-page', true);

  await page.goto('/orgs/org-acme/apps');
  await expect(page.getByRole('table', { name: 'Apps of Acme Genomics' }).getByRole('rowheader').first()).toBeVisible();
  await capture(page, '06-apps');

  await page.goto('/orgs/org-acme/settings');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save policies' })).toBeVisible();
  await capture(page, '07-settings', true);

  await page.goto('/billing?open=org-acme');
  await expect(
    page.getByRole('img', { name: /^Chart of charges to Acme Genomics by month and category/ }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: /^Charges to Acme Genomics by month and category/ })).toBeVisible();
  await capture(page, '08-billing', true);

  await page.goto('/orgs/org-acme/activity');
  await expect(page.getByRole('table', { name: 'Activity of Acme Genomics' }).getByRole('row').nth(1)).toBeVisible();
  await capture(page, '09-activity');
});

test('screenshots on a phone: Members and Billing at 390×844', async ({ page }) => {
  await page.setViewportSize(NARROW);
  await signInAs(page, /Alice Liddell/);

  await page.goto('/orgs/org-acme/members');
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Genomics' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Members of Acme Genomics' }).getByRole('rowheader', { name: /Carol Okafor/ }),
  ).toBeVisible();
  await capture(page, '03-members-390');

  await page.goto('/billing?open=org-acme');
  await expect(page.getByRole('table', { name: /^Charges to Acme Genomics by month and category/ })).toBeVisible();
  await capture(page, '08-billing-390', true);
});
