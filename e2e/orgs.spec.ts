import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, signInAs } from './fixtures';

const ALICE_ORGS = [
  { name: 'Acme Genomics', id: 'org-acme' },
  { name: 'Helix Clinical Sequencing', id: 'org-helix' },
  { name: 'Northwind Pilot Program', id: 'org-pilot' },
];

function adminTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Orgs you administer' });
}

/** The text of one column in every rendered body row, top to bottom. */
async function columnTexts(table: Locator, header: string): Promise<string[]> {
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map((text) => text.trim());
  const index = headers.indexOf(header);
  expect(index, `column "${header}" among ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
  return table
    .locator('tbody tr:not([aria-hidden])')
    .evaluateAll((rows, i) => rows.map((row) => (row.children[i] as HTMLElement).innerText.trim()), index);
}

/** Creates an org through the API as the signed-in person (a new org has no spending limit). */
async function createOrgViaApi(page: Page, name: string, handle: string): Promise<void> {
  const status = await page.evaluate(
    async ({ name, handle }) => {
      const { token } = JSON.parse(localStorage.getItem('org-console.session.embedded.v1') ?? '{}') as {
        token: string;
      };
      const response = await fetch('/api/org/new', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, handle }),
      });
      return response.status;
    },
    { name, handle },
  );
  expect(status).toBe(200);
}

async function downloadedText(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

test.describe('All Orgs', () => {
  test('lists the orgs Alice administers: names, IDs, counts and funds ("Not billable" for a new org)', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    await createOrgViaApi(page, 'Zeta Lab', 'zetalab');
    await page.reload();

    const table = adminTable(page);
    await expect(table.getByRole('rowheader', { name: 'Zeta Lab' })).toBeVisible();
    await expect(table).toHaveAttribute('aria-rowcount', '5');
    expect(await columnTexts(table, 'Name')).toEqual([...ALICE_ORGS.map((org) => org.name), 'Zeta Lab']);
    expect(await columnTexts(table, 'Org ID')).toEqual([...ALICE_ORGS.map((org) => org.id), 'org-zetalab']);
    expect(await columnTexts(table, 'Members')).toEqual(['28', '12', '6', '1']);

    const funds = await columnTexts(table, 'Funds available');
    for (const amount of funds.slice(0, 3)) expect(amount).toMatch(/^\$[\d,]+\.\d\d$/);
    // A new org has no spending limit and no billing set up: nothing can be charged to it.
    expect(funds[3]).toBe('Not billable');
    await expect(page.getByText('4 rows', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a chosen column survives a reload; "Reset columns" hides it again; expiry is flagged', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const table = adminTable(page);
    await expect(table.getByRole('columnheader', { name: 'Funds available' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Expires' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Columns' }).click();
    const menu = page.getByRole('menu');
    await expect(menu.getByRole('menuitemcheckbox', { name: 'Expires' })).toHaveAttribute('aria-checked', 'false');
    await menu.getByRole('menuitemcheckbox', { name: 'Expires' }).click();
    await menu.getByRole('menuitemcheckbox', { name: 'Admins' }).click();
    await expect(menu.getByRole('menuitemcheckbox', { name: 'Expires' })).toHaveAttribute('aria-checked', 'true');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);

    await expect(table.getByRole('columnheader', { name: 'Expires' })).toBeVisible();
    expect(await columnTexts(table, 'Admins')).toEqual(['2', '2', '1']);
    const expires = await columnTexts(table, 'Expires');
    expect(expires[0]).toBe('Never');
    expect(expires[2]).toMatch(/Expires in \d+ days$/);

    await page.reload();
    await expect(table.getByRole('columnheader', { name: 'Expires' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Admins' })).toBeVisible();
    const stored = await page.evaluate(() => localStorage.getItem('org-console:v1:columns:orgs:user-alice'));
    expect(JSON.parse(stored ?? '{}')).toMatchObject({ expires: true, admins: true, apps: false });

    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('menuitem', { name: 'Reset columns' }).click();
    await expect(table.getByRole('columnheader', { name: 'Expires' })).toHaveCount(0);
    await expect(table.getByRole('columnheader', { name: 'Admins' })).toHaveCount(0);
    await page.reload();
    await expect(table.getByRole('rowheader', { name: 'Acme Genomics' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Expires' })).toHaveCount(0);
  });

  test('sorts by a column, and the sort is in the URL across a reload', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const table = adminTable(page);
    await table.getByRole('button', { name: 'Members' }).click();
    await expect(page).toHaveURL(/\/orgs\?sort=members$/);
    await expect(table.getByRole('columnheader', { name: 'Members' })).toHaveAttribute('aria-sort', 'ascending');
    expect(await columnTexts(table, 'Members')).toEqual(['6', '12', '28']);

    await table.getByRole('button', { name: 'Members' }).click();
    await expect(page).toHaveURL(/\/orgs\?sort=-members$/);
    expect(await columnTexts(table, 'Name')).toEqual([
      'Acme Genomics',
      'Helix Clinical Sequencing',
      'Northwind Pilot Program',
    ]);

    await table.getByRole('button', { name: 'Name' }).click();
    await table.getByRole('button', { name: 'Name' }).click();
    await expect(page).toHaveURL(/\/orgs\?sort=-name$/);
    await page.reload();
    await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
    await expect(table.getByRole('columnheader', { name: 'Members' })).not.toHaveAttribute('aria-sort');
    expect(await columnTexts(table, 'Name')).toEqual([
      'Northwind Pilot Program',
      'Helix Clinical Sequencing',
      'Acme Genomics',
    ]);
  });

  test('the text filter narrows the rows, is kept in the URL, and "Clear filters" brings them back', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    const table = adminTable(page);
    await expect(table.getByRole('rowheader')).toHaveCount(3);
    await page.getByRole('searchbox', { name: 'Filter Orgs you administer' }).fill('HELIX');
    await expect(table.getByRole('rowheader')).toHaveCount(1);
    await expect(table.getByRole('rowheader', { name: 'Helix Clinical Sequencing' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '1 of 3 rows' })).toBeVisible();
    await expect(page).toHaveURL(/\/orgs\?q=HELIX$/);

    // The org ID is searched too.
    await page.getByRole('searchbox', { name: 'Filter Orgs you administer' }).fill('org-pil');
    await expect(table.getByRole('rowheader')).toHaveCount(1);
    await expect(table.getByRole('rowheader', { name: 'Northwind Pilot Program' })).toBeVisible();
    await expect(page).toHaveURL(/q=org-pil/);
    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Filter Orgs you administer' })).toHaveValue('org-pil');
    await expect(table.getByRole('rowheader')).toHaveCount(1);

    await page.getByRole('searchbox', { name: 'Filter Orgs you administer' }).fill('no such org');
    await expect(page.getByText('No rows match the filters')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(table.getByRole('rowheader')).toHaveCount(3);
    await expect(page).toHaveURL(/\/orgs$/);
  });

  test('Bob administers nothing: he lands on the orgs he belongs to (kept in the URL), Acme with his level', async ({
    page,
  }) => {
    await signInAs(page, /Bob Nakamura/);
    await expect(page).toHaveURL(/\/orgs\?level=MEMBER$/);
    const toggle = page.getByRole('switch', { name: 'Also show orgs where I am only a member' });
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByText('You administer no orgs')).toHaveCount(0);
    const table = page.getByRole('table', { name: 'Orgs you belong to' });
    await expect(table.getByRole('rowheader', { name: 'Acme Genomics' })).toBeVisible();
    expect(await columnTexts(table, 'Your level')).toEqual(['Member']);
    // A member who may not list members is not told the count.
    expect((await columnTexts(table, 'Members'))[0]).toContain('Not shown to you');
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(page.getByRole('switch', { name: 'Also show orgs where I am only a member' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await expect(table.getByRole('rowheader', { name: 'Acme Genomics' })).toBeVisible();

    // Turned off, the choice is kept too: the orgs he administers (none), and a reload keeps that.
    await page.getByRole('switch', { name: 'Also show orgs where I am only a member' }).click();
    await expect(page).toHaveURL(/\/orgs\?level=ADMIN$/);
    await expect(page.getByText('You administer no orgs')).toBeVisible();
    await page.reload();
    await expect(page.getByText('You administer no orgs')).toBeVisible();
    await expect(page.getByRole('switch', { name: 'Also show orgs where I am only a member' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
  });

  test("a row opens the org's Members tab, by click and by Enter", async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    await adminTable(page).getByRole('rowheader', { name: 'Acme Genomics' }).click();
    await expect(page).toHaveURL(/\/orgs\/org-acme\/members$/);
    await expect(page.getByRole('table', { name: /^Members of / })).toBeVisible();

    await page.goBack();
    const helix = adminTable(page).getByRole('row', { name: /Helix Clinical Sequencing/ });
    // The row header is the row's link: Enter follows it.
    await helix.getByRole('link', { name: 'Helix Clinical Sequencing' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/orgs\/org-helix\/members$/);
  });

  test('exports the rows shown as CSV and JSON', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const table = adminTable(page);
    await table.getByRole('button', { name: 'Name' }).click();
    await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');

    await page.getByRole('button', { name: 'Export' }).click();
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'CSV — all 3 rows shown' }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(/^orgs-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await downloadedText(csvDownload)).split('\r\n');
    expect(csv[0]).toBe('Name,Org ID,Members,Projects,Funds available');
    expect(csv.slice(1, -1).map((line) => line.split(',').slice(0, 3))).toEqual([
      ['Acme Genomics', 'org-acme', '28'],
      ['Helix Clinical Sequencing', 'org-helix', '12'],
      ['Northwind Pilot Program', 'org-pilot', '6'],
    ]);
    expect(csv.at(-1)).toBe('');

    // Only what the filter lets through, as JSON keyed by column ID.
    await page.getByRole('searchbox', { name: 'Filter Orgs you administer' }).fill('acme');
    await expect(table.getByRole('rowheader')).toHaveCount(1);
    await page.getByRole('button', { name: 'Export' }).click();
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'JSON — all 1 row shown' }).click(),
    ]);
    expect(jsonDownload.suggestedFilename()).toMatch(/^orgs-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(await downloadedText(jsonDownload)) as Record<string, unknown>[];
    expect(json).toHaveLength(1);
    expect(Object.keys(json[0]!)).toEqual(['name', 'id', 'members', 'projects', 'funds']);
    expect(json[0]).toMatchObject({ name: 'Acme Genomics', id: 'org-acme', members: 28, projects: 33 });
    expect(typeof json[0]!.funds).toBe('number');
  });
});

test.describe('members at home, at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('Bob opens Acme from All Orgs and lands on Billing, the first tab he may use', async ({ page }) => {
    await signInAs(page, /Bob Nakamura/);
    await page
      .getByRole('table', { name: 'Orgs you belong to' })
      .getByRole('rowheader', { name: 'Acme Genomics' })
      .click();
    await expect(page).toHaveURL(/\/orgs\/org-acme\/billing$/);
    await expect(page.getByRole('article', { name: 'Acme Genomics' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Org sections' }).getByRole('link', { name: 'Billing' }),
    ).toHaveAttribute('aria-current', 'page');
    await expectNoAxeViolations(page);
  });

  test('Carol lands on Acme Settings, and reaches the Acme projects she is in from the Projects tab', async ({
    page,
    pageErrors,
  }) => {
    // The Projects tab asks for the org's whole list first; the API refuses her, and the tab says why.
    pageErrors.allow(/status of 401 \(Unauthorized\) \(http:\/\/[^)]*\/api\/org-acme\/findProjects\)/);
    await signInAs(page, /Carol Okafor/);
    await expect(page).toHaveURL(/\/orgs\?level=MEMBER$/);
    await page
      .getByRole('table', { name: 'Orgs you belong to' })
      .getByRole('rowheader', { name: 'Acme Genomics' })
      .click();
    await expect(page).toHaveURL(/\/orgs\/org-acme\/settings$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Settings' })).toBeVisible();

    await page.getByRole('navigation', { name: 'Org sections' }).getByRole('link', { name: 'Projects' }).click();
    const mine = page.getByRole('region', { name: 'Your projects in Acme Genomics' });
    const shared = mine.getByRole('link', { name: 'Shared QC dashboards' });
    await expect(shared).toBeVisible();
    await expect(mine.getByRole('listitem').filter({ hasText: 'Shared QC dashboards' })).toContainText(
      'Your access: View',
    );
    await expect(page.getByText(/can list its projects/)).toBeVisible();
    await expectNoAxeViolations(page);
    await shared.click();
    await expect(page).toHaveURL(/\/projects\/project-/);
    await expect(page.getByRole('heading', { level: 1, name: 'Shared QC dashboards' })).toBeVisible();
  });
});
