/**
 * Billing that reads like money: the tile's meter and its value text (1440×900), the
 * non-billable wording, and an expanded tile on a phone (390×844) that does not widen
 * the page.
 */
import type { Page } from '@playwright/test';
import { apiAsSignedIn, expect, expectNoAxeViolations, expectNoPageOverflow, signInAs, test } from './fixtures';
import { openBilling } from './navigation';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const tile = (page: Page, name: string) => page.getByRole('article', { name, exact: true });

test.describe('Billing tiles at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("Bob's Acme tile: a meter of the charges against the limit, in words; the state in a badge", async ({
    page,
  }) => {
    await signInAs(page, /Bob Nakamura/);
    await openBilling(page);
    const acme = tile(page, 'Acme Genomics');
    const figures = await apiAsSignedIn<{ spendingLimit: number; estSpendingLimitLeft: number }>(
      page,
      '/org-acme/describe',
    );
    const used = Math.round((figures.spendingLimit - figures.estSpendingLimitLeft) * 100) / 100;
    const percent = Math.floor((used / figures.spendingLimit) * 1000) / 10;
    const valueText = `${usd.format(used)} of ${usd.format(figures.spendingLimit)} used (${percent} %)`;
    const meter = acme.getByRole('meter', { name: 'Spending limit used by Acme Genomics' });
    await expect(meter).toHaveAttribute('aria-valuetext', valueText);
    await expect(meter).toHaveAttribute('aria-valuemax', String(figures.spendingLimit));
    await expect(acme).toContainText(valueText);
    await expect(acme.locator('.billing-badge')).toHaveText(/Billable|pending/);
    await expectNoAxeViolations(page);
  });

  test('a new org that cannot be billed: "Not billable — set up billing", no meter, not offered as the default', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    const created = await apiAsSignedIn<{ id: string }>(page, '/org/new', { handle: 'meter_lab', name: 'Meter Lab' });
    expect(created.id).toBe('org-meter_lab');
    await openBilling(page);
    const lab = tile(page, 'Meter Lab');
    await expect(lab).toContainText('Remaining Not billable — set up billing');
    await expect(lab).not.toContainText('No limit');
    await expect(lab.locator('.billing-badge')).toHaveText(/Not billable: billing not set up/);
    await expect(lab.getByRole('meter')).toHaveCount(0);
    await expect(lab.getByRole('button', { name: 'Make this my default billing account' })).toHaveCount(0);
    await expect(lab).toContainText('Not billable, so it cannot be your default billing account');
    await expectNoAxeViolations(page);

    // Expanded, its summary says so too.
    await lab.getByRole('button', { name: 'Meter Lab org-meter_lab' }).click();
    await expect(lab.getByRole('region', { name: 'Account summary' })).toContainText(
      'Spending limitNone — not billable',
    );

    // All Orgs says the same in Funds available.
    await page.goto('/orgs');
    const row = page.getByRole('table', { name: 'Orgs you administer' }).getByRole('row', { name: /Meter Lab/ });
    await expect(row).toContainText('Not billable');
    await expect(row).not.toContainText('No limit');
  });
});

test.describe('Billing on a phone, 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('an expanded tile does not widen the page, on /billing and on the org Billing tab', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    await page.goto('/billing?open=org-acme');
    const acme = tile(page, 'Acme Genomics');
    await expect(acme.getByRole('table', { name: /^Charges to Acme Genomics by month/ })).toBeVisible();
    await expect(acme.getByRole('meter')).toBeVisible();
    await expectNoPageOverflow(page);

    await page.goto('/orgs/org-acme/billing');
    await expect(page.getByRole('table', { name: /^Charges to Acme Genomics by month/ })).toBeVisible();
    await expectNoPageOverflow(page);
  });
});

test.describe('Billing in the dark theme', () => {
  test.use({ colorScheme: 'dark' });

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`an expanded tile at ${viewport.width}×${viewport.height}: the chart in the theme's colours, no sideways scroll, axe clean`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await signInAs(page, /Alice Liddell/);
      await page.goto('/billing?open=org-acme');
      const acme = tile(page, 'Acme Genomics');
      await expect(acme.locator('.recharts-bar-rectangle').first()).toBeVisible();
      // The bars are filled with the dark theme's chart colours, not the light ones.
      const { fill, chart1 } = await page.evaluate(() => ({
        fill: document.querySelector('.recharts-bar-rectangle path')?.getAttribute('fill') ?? '',
        chart1: getComputedStyle(document.documentElement).getPropertyValue('--chart-1').trim(),
      }));
      expect(chart1).not.toBe('');
      expect(fill.toLowerCase()).toBe(chart1.toLowerCase());
      await expectNoPageOverflow(page);
      await expectNoAxeViolations(page);

      await page.goto('/orgs/org-acme/billing');
      await expect(page.getByRole('meter', { name: 'Spending limit used by Acme Genomics' })).toBeVisible();
      await expectNoPageOverflow(page);
      await expectNoAxeViolations(page);
    });
  }
});
