import type { Page } from '@playwright/test';
import { apiAsSignedIn, test, expect, expectNoAxeViolations, signInAs, type ChargeBreakdown } from './fixtures';
import { openBilling } from './navigation';

interface Figures {
  spendingLimit: number | null;
  estSpendingLimitLeft: number | null;
}
interface MonthCharges extends ChargeBreakdown {
  month: string;
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const monthLabel = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const labelOf = (month: string) => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return monthLabel.format(new Date(Date.UTC(year, number - 1, 1)));
};

/** What the tile should say under "Remaining", from the API's own figures. */
function remainingText(figures: Figures): string {
  if (figures.spendingLimit === null || figures.estSpendingLimitLeft === null) return 'No limit';
  return `${usd.format(figures.estSpendingLimitLeft)} of ${usd.format(figures.spendingLimit)}`;
}

/** Bob's call, from the same page: another admin acting at the same time. */
async function apiAsBob<T>(page: Page, path: string, body: object): Promise<T> {
  return page.evaluate(
    async ([route, payload]) => {
      const response = await fetch(`/api${route}`, {
        method: 'POST',
        headers: { Authorization: 'Bearer demo-token-bob', 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
      });
      return (await response.json()) as T;
    },
    [path, body] as const,
  );
}

const tile = (page: Page, name: string) => page.getByRole('article', { name, exact: true });

test.describe('Billing', () => {
  test('an admin sees a tile per billing account with what remains, expands one by keyboard, and it stays open after a reload', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    await openBilling(page);

    const own = await apiAsSignedIn<Figures>(page, '/user-alice/describe');
    const { results } = await apiAsSignedIn<{ results: { id: string; describe: Figures & { name: string } }[] }>(
      page,
      '/system/findOrgs',
      {
        level: 'MEMBER',
        allowBillableActivities: true,
        describe: true,
      },
    );
    expect(results.map((r) => r.id)).toEqual(expect.arrayContaining(['org-acme', 'org-helix', 'org-pilot']));
    await expect(page.getByRole('article')).toHaveCount(1 + results.length);

    await expect(tile(page, 'Alice Liddell')).toContainText(`Remaining ${remainingText(own)}`);
    await expect(tile(page, 'Alice Liddell')).toContainText('Default billing account');
    for (const { id, describe } of results) {
      const orgTile = tile(page, describe.name);
      await expect(orgTile).toContainText(id);
      await expect(orgTile).toContainText(`Remaining ${remainingText(describe)}`);
      await expect(orgTile.getByRole('button', { name: 'Make this my default billing account' })).toBeVisible();
      // The meter: the charges to date (the limit minus what is left) against the limit, in words.
      const { spendingLimit: limit, estSpendingLimitLeft: left } = describe;
      if (limit !== null && left !== null && limit > 0) {
        const used = Math.round((limit - left) * 100) / 100;
        const percent = Math.floor((used / limit) * 1000) / 10;
        await expect(orgTile.getByRole('meter', { name: `Spending limit used by ${describe.name}` })).toHaveAttribute(
          'aria-valuetext',
          `${usd.format(used)} of ${usd.format(limit)} used (${percent} %)`,
        );
      }
    }
    await expectNoAxeViolations(page);

    const acme = tile(page, 'Acme Genomics');
    const trigger = acme.getByRole('button', { name: 'Acme Genomics org-acme' });
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await trigger.focus();
    await page.keyboard.press('Enter');
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(page).toHaveURL(/[?&]open=org-acme/);
    await expect(acme.getByRole('heading', { name: 'Account summary' })).toBeVisible();
    await expect(acme.getByRole('heading', { name: 'Billing details' })).toBeVisible();
    await expect(acme.getByRole('table', { name: /^Charges to Acme Genomics by month/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(acme.getByRole('heading', { name: 'Account summary' })).toBeVisible();
    await page.keyboard.press('Tab'); // the page works by keyboard after a reload too
    await trigger.focus();
    await page.keyboard.press('Space');
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await expect(page).not.toHaveURL(/open=org-acme/);
  });

  test('a member allowed billable activities sees their account and Acme, which is their default', async ({ page }) => {
    await signInAs(page, /Bob Nakamura/);
    await openBilling(page);
    const own = await apiAsSignedIn<Figures>(page, '/user-bob/describe');
    const acmeFigures = await apiAsSignedIn<Figures>(page, '/org-acme/describe');
    await expect(page.getByRole('article')).toHaveCount(2);
    await expect(tile(page, 'Bob Nakamura')).toContainText(`Remaining ${remainingText(own)}`);
    const acme = tile(page, 'Acme Genomics');
    await expect(acme).toContainText(`Remaining ${remainingText(acmeFigures)}`);
    await expect(acme).toContainText('Default billing account');
    await expect(
      tile(page, 'Bob Nakamura').getByRole('button', { name: 'Make this my default billing account' }),
    ).toBeVisible();

    // A member sees who is responsible, but neither sets up billing nor confirms it.
    await acme.getByRole('button', { name: 'Acme Genomics org-acme' }).click();
    await expect(acme.getByRole('heading', { name: 'Billing details' })).toBeVisible();
    await expect(acme).toContainText('Confirmed by the billing contact');
    await expect(acme.getByRole('button', { name: 'Set up billing' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('the summary by month adds up to the usage reports, and the chart’s table shows the same figures', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    const { months } = await apiAsSignedIn<{ months: MonthCharges[] }>(page, '/org-acme/billingSummary', {
      months: 12,
    });
    expect(months).toHaveLength(12);
    expect(months.some((m) => m.total > 0)).toBe(true);
    for (const m of months) {
      const report = await apiAsSignedIn<{ rows: { total: number }[] }>(page, '/org-acme/usageReport', {
        kind: 'perProject',
        month: m.month,
      });
      const sum = report.rows.reduce((total, row) => total + row.total, 0);
      expect(m.total, m.month).toBeCloseTo(sum, 2);
    }

    await page.goto('/billing?open=org-acme');
    const acme = tile(page, 'Acme Genomics');
    const table = acme.getByRole('table', { name: /^Charges to Acme Genomics by month and category/ });
    await expect(table.getByRole('columnheader')).toHaveText([
      'Month',
      'Compute',
      'Storage',
      'Egress',
      'Archival',
      'Public IPv4',
      'Total',
    ]);
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(12);
    for (const [i, m] of months.entries()) {
      await expect(rows.nth(i).locator('th, td')).toHaveText([
        labelOf(m.month),
        ...[m.compute, m.storage, m.egress, m.archival, m.publicIpv4, m.total].map((value) => usd.format(value)),
      ]);
    }
    // The chart is one labelled image; its figures are the table's.
    await expect(
      acme.getByRole('img', { name: /^Chart of charges to Acme Genomics by month and category/ }),
    ).toBeVisible();
    await expect(acme.locator('.recharts-bar-rectangle').first()).toBeVisible();

    const describe = await apiAsSignedIn<{
      computeCharges: number;
      storageCharges: number;
      dataEgressCharges: number;
      spendingLimit: number;
    }>(page, '/org-acme/describe');
    const summary = acme.getByRole('region', { name: 'Account summary' });
    await expect(summary.getByRole('definition').nth(0)).toHaveText(usd.format(describe.spendingLimit));
    await expect(summary).toContainText(`Storage${usd.format(describe.storageCharges)}`);
    await expect(summary).toContainText(`Compute${usd.format(describe.computeCharges)}`);
    await expect(summary).toContainText(`Egress${usd.format(describe.dataEgressCharges)}`);
  });

  test('set up billing on a new org: pending until the billing contact confirms, then billable', async ({ page }) => {
    test.slow(); // a dialog of ten fields and three axe scans: a budget for a busy 2-core machine
    await signInAs(page, /Alice Liddell/);
    const created = await apiAsSignedIn<{ id: string }>(page, '/org/new', {
      handle: 'billing_trial',
      name: 'Billing Trial Lab',
    });
    expect(created.id).toBe('org-billing_trial');

    await page.goto('/orgs/org-billing_trial/billing');
    await expect(
      page.getByRole('navigation', { name: 'Org sections' }).getByRole('link', { name: 'Billing' }),
    ).toHaveAttribute('aria-current', 'page');
    const trial = tile(page, 'Billing Trial Lab');
    await expect(trial).toContainText('Not billable: billing not set up');
    // Nothing can be charged to it: not "No limit", no meter, and not offered as a default.
    await expect(trial).toContainText('Remaining Not billable — set up billing');
    await expect(trial).not.toContainText('No limit');
    await expect(trial.getByRole('meter')).toHaveCount(0);
    await expect(trial.getByRole('button', { name: 'Make this my default billing account' })).toHaveCount(0);
    await expect(trial).toContainText('Not billable, so it cannot be your default billing account');
    await expectNoAxeViolations(page);

    await trial.getByRole('button', { name: 'Set up billing' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set up billing for Billing Trial Lab' });
    const email = dialog.getByLabel('Contact e-mail');
    await email.fill('ap@trial');
    await expect(dialog.getByText('Contact e-mail must be a valid e-mail address.')).toBeVisible();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await email.fill('ap@trial.example');
    await expect(dialog.getByText('Contact e-mail must be a valid e-mail address.')).toHaveCount(0);
    await dialog.getByLabel('Contact name').fill('Ada Payable');
    await dialog.getByLabel('Company').fill('Trial Lab Inc.');
    await dialog.getByLabel('Address line 1').fill('1 Main Street');
    await dialog.getByLabel('City').fill('Boston');
    await dialog.getByLabel('Country').fill('US');
    await dialog.getByLabel('Phone').fill('call me');
    await expect(dialog.getByText('Phone must be a phone number.')).toBeVisible();
    await dialog.getByLabel('Phone').fill('+1 617 555 0100');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Save billing details' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByText(
        'Billing details of Billing Trial Lab saved: pending confirmation by Ada Payable (ap@trial.example)',
      ),
    ).toBeVisible();

    await expect(trial).toContainText('Pending confirmation by the billing contact');
    await expect(trial).toContainText('Ada Payable');
    await expect(trial).toContainText('stands in for that link');
    await trial.getByRole('button', { name: 'Confirm as billing contact' }).click();
    await expect(trial.getByText('Confirmed by the billing contact')).toBeVisible();
    await expect(trial.getByText('Billable', { exact: true })).toBeVisible();
    await expect(trial).not.toContainText('Pending confirmation');
    const describe = await apiAsSignedIn<{ billable: boolean; billingContactConfirmed: boolean }>(
      page,
      '/org-billing_trial/describe',
    );
    expect(describe).toMatchObject({ billable: true, billingContactConfirmed: true });
    await expectNoAxeViolations(page);
  });

  test('a refused set-up keeps the form as typed and shows the API’s error, and the tile unchanged', async ({
    page,
    pageErrors,
  }) => {
    pageErrors.allow(/Failed to load resource: the server responded with a status of 401/);
    await signInAs(page, /Alice Liddell/);
    await apiAsSignedIn(page, '/org/new', { handle: 'refusal_lab', name: 'Refusal Lab' });
    await apiAsSignedIn(page, '/org-refusal_lab/invite', { invitee: 'user-bob', level: 'ADMIN' });
    await page.goto('/orgs/org-refusal_lab/billing');
    const lab = tile(page, 'Refusal Lab');
    await lab.getByRole('button', { name: 'Set up billing' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set up billing for Refusal Lab' });
    await dialog.getByLabel('Contact e-mail').fill('ap@refusal.example');
    await dialog.getByLabel('Contact name').fill('Ada Payable');
    await dialog.getByLabel('Address line 1').fill('1 Main Street');
    await dialog.getByLabel('City').fill('Boston');
    await dialog.getByLabel('Country').fill('US');
    await dialog.getByLabel('Phone').fill('+1 617 555 0100');

    // Meanwhile another admin makes Alice a plain member.
    expect(await apiAsBob(page, '/org-refusal_lab/setMemberAccess', { 'user-alice': { level: 'MEMBER' } })).toEqual({
      id: 'org-refusal_lab',
    });

    await dialog.getByRole('button', { name: 'Save billing details' }).click();
    const refusal = dialog.getByRole('alert');
    await expect(refusal).toContainText('The API did not save the billing details.');
    await expect(refusal).toContainText('PermissionDenied');
    await expect(dialog.getByLabel('Contact e-mail')).toHaveValue('ap@refusal.example');
    await expect(dialog.getByLabel('Phone')).toHaveValue('+1 617 555 0100');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(lab).toContainText('Not billable: billing not set up');
    const describe = await apiAsBob<{ billingInformation: unknown }>(page, '/org-refusal_lab/describe', {});
    expect(describe.billingInformation).toBeNull();
  });

  test('switch the default billing account: marked on its tile, also after a reload', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    await openBilling(page);
    const own = tile(page, 'Alice Liddell');
    const helix = tile(page, 'Helix Clinical Sequencing');
    await expect(own).toContainText('Default billing account');
    await helix.getByRole('button', { name: 'Make this my default billing account' }).click();
    await expect(
      page.getByText('Helix Clinical Sequencing (org-helix) is now your default billing account'),
    ).toBeVisible();
    await expect(helix).toContainText('Default billing account');
    await expect(helix.getByRole('button', { name: 'Make this my default billing account' })).toHaveCount(0);
    await expect(own.getByRole('button', { name: 'Make this my default billing account' })).toBeVisible();
    expect((await apiAsSignedIn<{ billTo: string }>(page, '/user-alice/describe')).billTo).toBe('org-helix');

    await page.reload();
    await expect(helix).toContainText('Default billing account');
    await expect(own.getByRole('button', { name: 'Make this my default billing account' })).toBeVisible();
  });

  test('a member without billable access sees no Acme tile and, on Acme’s Billing tab, why', async ({ page }) => {
    await signInAs(page, /Carol Okafor/);
    await openBilling(page);
    await expect(tile(page, 'Carol Okafor')).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(tile(page, 'Acme Genomics')).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto('/orgs/org-acme/billing');
    await expect(page.getByRole('heading', { level: 2, name: 'Billing' })).toBeVisible();
    await expect(page.getByText('You may not see the billing of Acme Genomics.')).toBeVisible();
    await expect(page.getByText(/you are a member without billable activities/)).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
