/**
 * What holds on every main screen (issue 12): at 1440×900 and at 390×844, in the light and
 * the dark theme, the page never scrolls sideways and axe finds nothing serious or critical;
 * at 1440×900 the lists fit in their default columns with every row's actions in view; the
 * theme follows the OS until chosen in the header, and the choice is remembered; on a phone
 * the header is one Menu.
 *
 * Each screen is loaded once and then checked at both sizes in both themes (the theme
 * follows the emulated OS colour scheme, as it does by default).
 */
import type { Locator, Page } from '@playwright/test';
import { apiAsSignedIn, expect, expectNoAxeViolations, signInAs, test } from './fixtures';
import {
  openActivity,
  openApps,
  openMembers,
  openOrgBilling,
  openProject,
  openProjects,
  openSettings,
} from './navigation';

const WIDE = { width: 1440, height: 900 };
const NARROW = { width: 390, height: 844 };
const THEMES = ['light', 'dark'] as const;

test.use({ viewport: WIDE });

/** The page's sideways overflow in pixels (0 when it fits). */
function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** At both sizes and in both themes: no page-level sideways scroll, and no serious or critical axe violation. */
async function expectFitsAndPassesAxe(page: Page, screen: string): Promise<void> {
  for (const viewport of [WIDE, NARROW]) {
    await page.setViewportSize(viewport);
    for (const theme of THEMES) {
      const where = `on ${screen} at ${viewport.width}×${viewport.height}, ${theme}`;
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect.poll(() => pageOverflow(page), { message: `page-level sideways overflow (px) ${where}` }).toBe(0);
      await expectNoAxeViolations(page, { impacts: ['serious', 'critical'], context: where });
    }
  }
}

/** The ID of one of Acme's projects, by name, from the API. */
async function acmeProjectId(page: Page, name: string): Promise<string> {
  const { results } = await apiAsSignedIn<{ results: { id: string; describe: { name: string } }[] }>(
    page,
    '/org-acme/findProjects',
    { describe: { fields: { name: true } } },
  );
  const project = results.find((candidate) => candidate.describe.name === name);
  expect(project, `Acme's project ${name}`).toBeTruthy();
  return project!.id;
}

test.describe('every main screen fits at 1440×900 and 390×844 and passes axe, light and dark', () => {
  test('Sign in', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(
      page.getByRole('list', { name: 'Demo people' }).getByRole('button', { name: /Alice Liddell/ }),
    ).toBeVisible();
    await expectFitsAndPassesAxe(page, 'Sign in');
  });

  test.describe('signed in as Alice', () => {
    test.beforeEach(async ({ page }) => {
      await signInAs(page, /Alice Liddell/);
    });

    test('All Orgs', async ({ page }) => {
      await page.goto('/orgs');
      await expect(page.getByRole('rowheader', { name: 'Acme Genomics', exact: true })).toBeVisible();
      await expectFitsAndPassesAxe(page, 'All Orgs');
    });

    test('Members', async ({ page }) => {
      await openMembers(page, 'org-acme');
      await expectFitsAndPassesAxe(page, 'Members');
    });

    test('Projects', async ({ page }) => {
      await openProjects(page, 'org-acme');
      await expectFitsAndPassesAxe(page, 'Projects');
    });

    test('Apps', async ({ page }) => {
      await openApps(page, 'org-acme');
      await expectFitsAndPassesAxe(page, 'Apps');
    });

    test('Settings', async ({ page }) => {
      await openSettings(page, 'org-acme');
      await expect(page.getByRole('button', { name: 'Save policies' })).toBeVisible();
      await expectFitsAndPassesAxe(page, 'Settings');
    });

    test("the org's Billing tab", async ({ page }) => {
      const { reports } = await openOrgBilling(page, 'org-acme');
      await expect(reports).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectFitsAndPassesAxe(page, "Acme's Billing tab");
    });

    test('Activity', async ({ page }) => {
      await openActivity(page, 'org-acme');
      await expectFitsAndPassesAxe(page, 'Activity');
    });

    test('Billing', async ({ page }) => {
      await page.goto('/billing');
      await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectFitsAndPassesAxe(page, 'Billing');
    });

    test("Billing with Acme's charges open", async ({ page }) => {
      await page.goto('/billing?open=org-acme');
      await expect(page.getByRole('table', { name: /^Charges to Acme Genomics by month and category/ })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectFitsAndPassesAxe(page, "Billing with Acme's charges open");
    });

    test('a project page', async ({ page }) => {
      await openProject(page, await acmeProjectId(page, 'Shared QC dashboards'), '?list=access');
      await expect(page.getByRole('heading', { level: 1, name: 'Shared QC dashboards' })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectFitsAndPassesAxe(page, 'a project page');
    });
  });
});

/** What a person can act on in a row. */
const ROW_CONTROLS = 'a[href], button, select, input, [role="button"], [role="checkbox"], [role="combobox"]';

/**
 * The table's scroll box does not scroll sideways, and in its first rows every control (the
 * row's actions among them) is wholly in view: not cut off by the box, not past the window.
 */
async function expectTableFitsWithActionsInView(table: Locator, rowsToCheck = 5): Promise<void> {
  const box = await table.evaluate((element) => {
    let scroller: HTMLElement | null = element.parentElement;
    while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)) {
      scroller = scroller.parentElement;
    }
    const measured = scroller ?? document.documentElement;
    return { scrollWidth: measured.scrollWidth, clientWidth: measured.clientWidth };
  });
  expect(
    box.scrollWidth,
    `the table's scroll box scrolls sideways (${box.scrollWidth} > ${box.clientWidth})`,
  ).toBeLessThanOrEqual(box.clientWidth);

  const rows = table.getByRole('row');
  const count = Math.min(await rows.count(), rowsToCheck + 1);
  for (let i = 1; i < count; i++) {
    const row = rows.nth(i);
    // Bring the row into the window vertically (only: a sideways scroll would hide what is tested).
    await row.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      if (rect.top < 120 || rect.bottom > window.innerHeight) window.scrollBy(0, rect.top - window.innerHeight / 2);
    });
    const controls = row.locator(ROW_CONTROLS).filter({ visible: true });
    for (let c = 0; c < (await controls.count()); c++) {
      const control = controls.nth(c);
      const name = (await control.getAttribute('aria-label')) ?? (await control.textContent()) ?? '';
      await expect(control, `row ${i}: "${name.trim()}" is wholly in view`).toBeInViewport({ ratio: 1 });
    }
  }
}

test.describe('at 1440×900 the lists fit in their default columns, every row’s actions in view', () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
  });

  test('All Orgs', async ({ page }) => {
    await page.goto('/orgs');
    const table = page.getByRole('table', { name: /Orgs you administer/ });
    await expect(table.getByRole('rowheader', { name: 'Acme Genomics', exact: true })).toBeVisible();
    await expectTableFitsWithActionsInView(table);
  });

  test('Members', async ({ page }) => {
    const table = await openMembers(page, 'org-acme');
    await expect(table.getByRole('button', { name: /^Actions for / }).first()).toBeInViewport({ ratio: 1 });
    await expectTableFitsWithActionsInView(table);
  });

  test('Projects', async ({ page }) => {
    const table = await openProjects(page, 'org-acme');
    await expect(table.getByRole('button', { name: /^Grant yourself Administer/ }).first()).toBeVisible();
    await expectTableFitsWithActionsInView(table);
  });

  test('Apps', async ({ page }) => {
    const table = await openApps(page, 'org-acme');
    await expect(table.getByRole('button', { name: /^Add me as developer/ }).first()).toBeVisible();
    await expectTableFitsWithActionsInView(table);
  });

  test('Activity', async ({ page }) => {
    const table = await openActivity(page, 'org-acme');
    await expect(table.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    await expectTableFitsWithActionsInView(table);
  });
});

test.describe('the theme', () => {
  test('follows the OS until chosen; Dark is remembered across a reload; System follows the OS again', async ({
    page,
  }) => {
    const html = page.locator('html');
    await page.emulateMedia({ colorScheme: 'light' });
    await signInAs(page, /Alice Liddell/);
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html).toHaveAttribute('data-theme', 'light');

    const header = page.getByRole('banner');
    const trigger = header.getByRole('button', { name: /^Theme/ });
    await expect(trigger).toHaveAccessibleName('Theme: System');
    await trigger.click();
    const menu = page.getByRole('menu');
    for (const choice of ['System', 'Light', 'Dark']) {
      await expect(menu.getByRole('menuitemradio', { name: choice })).toBeVisible();
    }
    await expect(menu.getByRole('menuitemradio', { name: 'System' })).toBeChecked();
    await expectNoAxeViolations(page, { impacts: ['serious', 'critical'], context: 'with the theme menu open' });
    await menu.getByRole('menuitemradio', { name: 'Dark' }).click();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(trigger).toHaveAccessibleName('Theme: Dark');

    // Remembered: a reload with the OS still light comes back dark.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'All Orgs' })).toBeVisible();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await trigger.click();
    await expect(menu.getByRole('menuitemradio', { name: 'Dark' })).toBeChecked();
    await menu.getByRole('menuitemradio', { name: 'Light' }).click();
    await expect(html).toHaveAttribute('data-theme', 'light');
    // Chosen, it no longer follows the OS.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html).toHaveAttribute('data-theme', 'light');

    await trigger.click();
    await menu.getByRole('menuitemradio', { name: 'System' }).click();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html).toHaveAttribute('data-theme', 'light');
  });
});

test.describe('at 390×844 the header is one Menu', () => {
  test.use({ viewport: NARROW });

  test('the Menu panel holds the main links, Your orgs, the theme, Switch user and Sign out; a link closes it', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await signInAs(page, /Alice Liddell/);
    const header = page.getByRole('banner');
    const menuButton = header.getByRole('button', { name: 'Menu' });
    await expect(menuButton).toBeVisible();
    // The wide header's navigation and buttons are hidden.
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(header.getByRole('button', { name: 'Sign out' })).toBeHidden();
    await expect(header.getByRole('link', { name: 'Switch user' })).toBeHidden();

    await menuButton.click();
    const panel = page.getByRole('dialog', { name: 'Menu' });
    await expect(panel).toBeVisible();
    const nav = panel.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'All Orgs' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Billing' })).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Your orgs' })).toBeVisible();
    for (const org of ['Acme Genomics', 'Helix Clinical Sequencing', 'Northwind Pilot Program']) {
      await expect(panel.getByRole('link', { name: new RegExp(org) })).toBeVisible();
    }
    const theme = panel.getByRole('radiogroup', { name: 'Theme' });
    for (const choice of ['System', 'Light', 'Dark']) {
      await expect(theme.getByRole('radio', { name: choice })).toBeVisible();
    }
    await expect(theme.getByRole('radio', { name: 'System' })).toBeChecked();
    await expect(panel.getByRole('link', { name: 'Switch user' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect.poll(() => pageOverflow(page)).toBe(0);
    await expectNoAxeViolations(page, { impacts: ['serious', 'critical'], context: 'with the Menu open' });

    await theme.getByRole('radio', { name: 'Dark' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(theme.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expectNoAxeViolations(page, { impacts: ['serious', 'critical'], context: 'with the Menu open, dark' });

    await nav.getByRole('link', { name: 'Billing' }).click();
    await expect(page).toHaveURL(/\/billing$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();
    await expect(panel).toHaveCount(0);

    await menuButton.click();
    await expect(panel).toBeVisible();
    await panel.getByRole('link', { name: /Acme Genomics/ }).click();
    await expect(page).toHaveURL(/\/orgs\/org-acme\//);
    await expect(page.getByRole('heading', { level: 1, name: 'Acme Genomics' })).toBeVisible();
    await expect(panel).toHaveCount(0);

    await menuButton.click();
    await panel.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(panel).toHaveCount(0);
    // Signed out, the narrow header offers the theme alone.
    await expect(header.getByRole('button', { name: /^Theme/ })).toBeVisible();
    await expect(header.getByRole('button', { name: 'Menu' })).toHaveCount(0);
  });
});
