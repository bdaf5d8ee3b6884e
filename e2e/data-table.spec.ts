/**
 * The shared data table's selection, keyboard use and virtual rows, on the Members tab
 * of org-acme as Alice (an admin: rows have checkboxes and bulk actions). 28 members,
 * more than the scroll area shows, so the body is virtualised here too.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, expectNoPageOverflow, signInAs, test } from './fixtures';
import { openActivity, openApps, openMembers, openProjects } from './navigation';

/** Acme's members in name order (the seed's). */
const BY_NAME = [
  'Aaron Reyes',
  'Adrian Sato',
  'Alice Liddell',
  'Amara Lopez',
  'Beatriz Rossi',
  'Beatriz Yamamoto',
  'Bob Nakamura',
  'Carol Okafor',
];

/** Signed in as Alice, Acme's Members tab (`search`: its URL state). */
async function openAcmeMembers(page: Page, search = ''): Promise<Locator> {
  await signInAs(page, /Alice Liddell/);
  return openMembers(page, 'org-acme', { search, name: 'Members of Acme Genomics' });
}

function checkbox(table: Locator, name: string): Locator {
  return table.getByRole('checkbox', { name: `Select ${name}` });
}

function bulkBar(page: Page): Locator {
  return page.getByRole('region', { name: 'Selected rows' });
}

async function focusWithTab(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe('data table (Members tab)', () => {
  test('Shift-click selects the range in the order shown; Shift-click on a selected row clears a range', async ({
    page,
  }) => {
    const table = await openAcmeMembers(page, '?sort=name');
    await checkbox(table, 'Adrian Sato').click();
    await expect(bulkBar(page)).toContainText('1 selected');
    await checkbox(table, 'Bob Nakamura').click({ modifiers: ['Shift'] });
    await expect(bulkBar(page)).toContainText('6 selected');
    for (const name of BY_NAME.slice(1, 7)) await expect(checkbox(table, name)).toBeChecked();
    await expect(checkbox(table, 'Aaron Reyes')).not.toBeChecked();
    await expect(checkbox(table, 'Carol Okafor')).not.toBeChecked();
    await expect(bulkBar(page).getByRole('button', { name: 'Edit access' })).toBeVisible();

    // Bob is the anchor now; Shift-click on the checked Amara clears Amara … Bob.
    await checkbox(table, 'Amara Lopez').click({ modifiers: ['Shift'] });
    await expect(bulkBar(page)).toContainText('2 selected');
    await expect(checkbox(table, 'Adrian Sato')).toBeChecked();
    await expect(checkbox(table, 'Alice Liddell')).toBeChecked();
    for (const name of BY_NAME.slice(3, 7)) await expect(checkbox(table, name)).not.toBeChecked();
    await expectNoAxeViolations(page);
  });

  test('a Shift range reaches rows that were scrolled out of the DOM (virtual rows)', async ({ page }) => {
    const table = await openAcmeMembers(page, '?sort=-name');
    await expect(table).toHaveAttribute('aria-rowcount', '29');
    // Only the rows in view (and a few more) are in the DOM.
    expect(await table.getByRole('rowheader').count()).toBeLessThan(28);
    await expect(checkbox(table, 'Aaron Reyes')).toHaveCount(0);

    await checkbox(table, 'Sara Varga').click();
    const scroller = page.getByRole('region', { name: 'Members of Acme Genomics (scrollable)' });
    await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await checkbox(table, 'Aaron Reyes').click({ modifiers: ['Shift'] });
    await expect(bulkBar(page)).toContainText('28 selected');
    await expect(table.getByRole('checkbox', { name: 'Select all 28 rows' })).toBeChecked();
    await expect(table.getByRole('row', { name: /Aaron Reyes/ })).toHaveAttribute('aria-rowindex', '29');
  });

  test('"Select all N rows" takes every row the filters let through; "Select all 28" and Escape', async ({ page }) => {
    const table = await openAcmeMembers(page);
    // The filter's menu button comes before the column's sort button of the same name.
    await page.getByRole('button', { name: /^Filter by Level/ }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await page.getByRole('menuitemcheckbox', { name: /^Admin/ }).click();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/f\.level=ADMIN/);
    await expect(table.getByRole('rowheader')).toHaveCount(2);

    await table.getByRole('checkbox', { name: 'Select all 2 rows' }).click();
    await expect(bulkBar(page)).toContainText('2 selected');
    await expect(checkbox(table, 'Alice Liddell')).toBeChecked();
    await expect(checkbox(table, 'Beatriz Rossi')).toBeChecked();

    // Without the filter the two stay selected, and the bar offers all 28.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(table).toHaveAttribute('aria-rowcount', '29');
    await expect(bulkBar(page)).toContainText('2 selected');
    await expect(table.getByRole('checkbox', { name: 'Select all 28 rows' })).toHaveAttribute('aria-checked', 'mixed');
    await bulkBar(page).getByRole('button', { name: 'Select all 28' }).click();
    await expect(bulkBar(page)).toContainText('28 selected');

    // Escape in a menu opened from the table closes the menu, not the selection.
    await page.getByRole('button', { name: 'Columns' }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);
    await expect(bulkBar(page)).toContainText('28 selected');

    await checkbox(table, 'Alice Liddell').focus();
    await page.keyboard.press('Escape');
    await expect(bulkBar(page)).toHaveCount(0);
    await expect(checkbox(table, 'Alice Liddell')).not.toBeChecked();
  });

  test('exports only the selected rows, in the order shown', async ({ page }) => {
    const table = await openAcmeMembers(page, '?sort=name');
    await checkbox(table, 'Alice Liddell').click();
    await checkbox(table, 'Beatriz Yamamoto').click({ modifiers: ['Shift'] });
    await expect(bulkBar(page)).toContainText('4 selected');
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'CSV — 4 rows selected' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^members-selected-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile(await download.path(), 'utf8')).split('\r\n');
    expect(lines[0]).toMatch(/^Name,User ID,Level,/);
    expect(lines.slice(1, -1).map((line) => line.split(',').slice(0, 2))).toEqual([
      ['Alice Liddell', 'user-alice'],
      ['Amara Lopez', 'user-amara.lopez'],
      ['Beatriz Rossi', 'user-beatriz.rossi'],
      ['Beatriz Yamamoto', 'user-beatriz.yamamoto'],
    ]);
  });

  test('a filter that hides selected rows drops them from the selection', async ({ page }) => {
    const table = await openAcmeMembers(page, '?sort=name');
    await checkbox(table, 'Aaron Reyes').click();
    await checkbox(table, 'Alice Liddell').click();
    await expect(bulkBar(page)).toContainText('2 selected');
    await page.getByRole('searchbox', { name: 'Filter Members of Acme Genomics' }).fill('Liddell');
    await expect(table.getByRole('rowheader')).toHaveCount(1);
    await expect(bulkBar(page)).toContainText('1 selected');
    await page.getByRole('searchbox', { name: 'Filter Members of Acme Genomics' }).fill('');
    await expect(table).toHaveAttribute('aria-rowcount', '29');
    await expect(bulkBar(page)).toContainText('1 selected');
    await expect(checkbox(table, 'Aaron Reyes')).not.toBeChecked();
  });

  test('works with the keyboard alone: sort, column picker, selection, range and Escape', async ({ page }) => {
    // Dozens of key presses, each waiting for focus: more than the default budget on a busy 2-core machine.
    test.slow();
    const table = await openAcmeMembers(page);

    // Sort by name from its header button.
    const nameSort = table.getByRole('button', { name: 'Name' });
    await focusWithTab(page, page.getByRole('searchbox', { name: 'Filter Members of Acme Genomics' }));
    await focusWithTab(page, nameSort);
    await page.keyboard.press('Enter');
    await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/sort=name/);
    await page.keyboard.press('Enter');
    await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
    await page.keyboard.press('Enter');
    await expect(table.getByRole('columnheader', { name: 'Name' })).not.toHaveAttribute('aria-sort');
    await page.keyboard.press('Enter');

    // Show an optional column from the column picker.
    await page.keyboard.press('Shift+Tab');
    const columns = page.getByRole('button', { name: 'Columns' });
    for (let i = 0; i < 40 && !(await columns.evaluate((element) => element === document.activeElement)); i++) {
      await page.keyboard.press('Shift+Tab');
    }
    await expect(columns).toBeFocused();
    await page.keyboard.press('Enter');
    const treManagement = page.getByRole('menuitemcheckbox', { name: 'TRE management' });
    await expect(page.getByRole('menu')).toBeVisible();
    for (let i = 0; i < 20 && !(await treManagement.evaluate((element) => element === document.activeElement)); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Space');
    await expect(treManagement).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('Escape');
    await expect(columns).toBeFocused();
    await expect(table.getByRole('columnheader', { name: 'TRE management' })).toBeVisible();

    // Select with Space, a range with Shift+Space, clear with Escape.
    await focusWithTab(page, table.getByRole('checkbox', { name: 'Select all 28 rows' }));
    await focusWithTab(page, checkbox(table, BY_NAME[0]!));
    await page.keyboard.press('Space');
    await expect(bulkBar(page)).toContainText('1 selected');
    await focusWithTab(page, checkbox(table, BY_NAME[3]!));
    await page.keyboard.press('Shift+Space');
    await expect(bulkBar(page)).toContainText('4 selected');
    await page.keyboard.press('Escape');
    await expect(bulkBar(page)).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('50,000 members: every page loads, only the rows in view are in the DOM, select all counts them all', async ({
    page,
  }) => {
    // Seeding and loading 50 pages takes a while on a busy machine; nothing here measures time.
    test.setTimeout(180_000);
    await page.goto('/sign-in?scenario=large');
    await page
      .getByRole('list', { name: 'Demo people' })
      .getByRole('button', { name: /Alice Liddell/ })
      .click();
    await expect(page).toHaveURL(/\/orgs$/);
    await page.goto('/orgs/org-megacohort/members?sort=-name');
    const table = page.getByRole('table', { name: 'Members of MegaCohort Biobank' });
    await expect(table).toHaveAttribute('aria-rowcount', '50001', { timeout: 120_000 });
    await expect(page.getByText('50,000 rows', { exact: true })).toBeVisible();
    expect(await table.locator('tbody tr').count()).toBeLessThan(60);

    const scroller = page.getByRole('region', { name: 'Members of MegaCohort Biobank (scrollable)' });
    await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await expect(table.locator('tbody tr[aria-rowindex="50001"]')).toBeVisible();
    expect(await table.locator('tbody tr').count()).toBeLessThan(60);

    await table.getByRole('checkbox', { name: 'Select all 50,000 rows' }).click();
    await expect(bulkBar(page)).toContainText('50,000 selected');
    await page.keyboard.press('Escape');
    await expect(bulkBar(page)).toHaveCount(0);
  });
});

/** One CSV line's fields (quoted fields may hold commas and doubled quotes). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  const pattern = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g;
  for (const match of line.matchAll(pattern)) fields.push(match[1]?.replace(/""/g, '"') ?? match[2] ?? '');
  return fields;
}

/** Export every row shown as CSV; answers the values of the named columns, row by row, in the order shown. */
async function exportedColumns(page: Page, headers: string[]): Promise<string[][]> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: /^CSV — all/ }).click(),
  ]);
  const lines = (await readFile(await download.path(), 'utf8')).split('\r\n').filter((line) => line !== '');
  const head = csvFields(lines[0]!);
  const indexes = headers.map((header) => head.indexOf(header));
  expect(
    indexes.every((index) => index >= 0),
    `columns ${headers.join(', ')} in ${head.join(', ')}`,
  ).toBe(true);
  return lines.slice(1).map((line) => {
    const fields = csvFields(line);
    return indexes.map((index) => fields[index]!);
  });
}

/** Whether `values` never go back in `order` (each value's rank at least the previous one's). */
function inOrder(values: string[], order: string[]): boolean {
  const ranks = values.map((value) => order.indexOf(value));
  return ranks.every((rank, i) => rank >= 0 && (i === 0 || rank >= ranks[i - 1]!));
}

const ORG_LEVEL_ORDER = ['ADMIN', 'MEMBER'];
const PROJECT_LEVEL_ORDER = ['ADMINISTER', 'CONTRIBUTE', 'UPLOAD', 'VIEW', 'NONE'];

test.describe('data table: level order, row links, clicks after typing', () => {
  test('level columns sort by rank (most access first ascending), not alphabetically: Members and Projects', async ({
    page,
  }) => {
    const table = await openAcmeMembers(page);
    await table.getByRole('button', { name: 'Level' }).click();
    await expect(table.getByRole('columnheader', { name: 'Level' })).toHaveAttribute('aria-sort', 'ascending');
    const byLevel = await exportedColumns(page, ['Level']);
    expect(byLevel).toHaveLength(28);
    expect(
      inOrder(
        byLevel.map(([level]) => level!),
        ORG_LEVEL_ORDER,
      ),
    ).toBe(true);
    expect(byLevel[0]).toEqual(['ADMIN']);

    await table.getByRole('button', { name: 'Shared project access' }).click();
    const byAccess = (await exportedColumns(page, ['Shared project access'])).map(([access]) => access!);
    expect(new Set(byAccess).size, 'more than one access level among Acme members').toBeGreaterThan(1);
    expect(inOrder(byAccess, PROJECT_LEVEL_ORDER)).toBe(true);
    // Descending is the reverse: least access first.
    await table.getByRole('button', { name: 'Shared project access' }).click();
    await expect(table.getByRole('columnheader', { name: 'Shared project access' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const descending = (await exportedColumns(page, ['Shared project access'])).map(([access]) => access!);
    expect(inOrder([...descending].reverse(), PROJECT_LEVEL_ORDER)).toBe(true);

    const projects = await openProjects(page, 'org-acme', { name: 'Projects billed to Acme Genomics' });
    await projects.getByRole('button', { name: 'Your access' }).click();
    await expect(projects.getByRole('columnheader', { name: 'Your access' })).toHaveAttribute('aria-sort', 'ascending');
    const yours = (await exportedColumns(page, ['Your access'])).map(([access]) => access!);
    expect(yours).toHaveLength(33);
    expect(yours[0]).toBe('ADMINISTER');
    expect(yours[yours.length - 1]).toBe('NONE');
    expect(inOrder(yours, PROJECT_LEVEL_ORDER)).toBe(true);
    await expect(page).toHaveURL(/sort=access/);
  });

  test('a project row is a real link: Ctrl-click and middle-click open it in a new tab; All Orgs rows link to the org', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    const orgLink = page
      .getByRole('table', { name: 'Orgs you administer' })
      .getByRole('link', { name: 'Acme Genomics' });
    await expect(orgLink).toHaveAttribute('href', '/orgs/org-acme');

    const table = await openProjects(page, 'org-acme', { name: 'Projects billed to Acme Genomics' });
    const link = table.getByRole('link', { name: 'Shared QC dashboards' });
    await expect(link).toHaveAttribute('href', /^\/projects\/project-/);
    const href = (await link.getAttribute('href'))!;

    const [viaCtrl] = await Promise.all([
      page.context().waitForEvent('page'),
      link.click({ modifiers: ['ControlOrMeta'] }),
    ]);
    await expect(viaCtrl).toHaveURL(new RegExp(`${href}$`));
    await expect(viaCtrl.getByRole('heading', { level: 1, name: 'Shared QC dashboards' })).toBeVisible();
    await viaCtrl.close();

    const [viaMiddle] = await Promise.all([page.context().waitForEvent('page'), link.click({ button: 'middle' })]);
    await expect(viaMiddle).toHaveURL(new RegExp(`${href}$`));
    await viaMiddle.close();

    // The list stayed where it was.
    await expect(page).toHaveURL(/\/orgs\/org-acme\/projects/);
    await expectNoAxeViolations(page);

    // A plain click elsewhere on the row (its ID cell) opens it here.
    await table
      .getByRole('row', { name: /Shared QC dashboards/ })
      .getByRole('cell', { name: /^project-/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test('a click on a row right after typing in the filter opens it, every time', async ({ page }) => {
    test.slow();
    await signInAs(page, /Alice Liddell/);
    const names = ['Shared QC dashboards', 'Billing reports'];
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const name = names[attempt % names.length]!;
      const table = await openProjects(page, 'org-acme', { name: 'Projects billed to Acme Genomics' });
      await page.getByRole('searchbox', { name: 'Filter Projects billed to Acme Genomics' }).fill(name);
      // At once: on its link, or (every other time) elsewhere on the row.
      const row = table.getByRole('row', { name: new RegExp(name) });
      if (attempt % 2 === 0) await row.getByRole('link', { name }).click();
      else await row.getByRole('cell', { name: /^project-/ }).click();
      await expect(page.getByRole('heading', { level: 1, name }), `attempt ${attempt + 1}`).toBeVisible();
      await expect(page).toHaveURL(/\/projects\/project-/);
    }
  });
});

/** How the table's scroll box and headers fit: its sideways overflow and the headers cut short. */
async function tableFit(table: Locator): Promise<{ overflow: number; cutHeaders: string[] }> {
  return table.evaluate((element) => {
    const box = element.closest('.dt-scroll')!;
    const cutHeaders = [...element.querySelectorAll('thead th')]
      .map((th) => th.querySelector('.dt-sort-button span') ?? th)
      .filter((text) => text.scrollWidth > text.clientWidth + 1)
      .map((text) => text.textContent ?? '');
    return { overflow: box.scrollWidth - box.clientWidth, cutHeaders };
  });
}

/** Whether `inner` lies within the table's scroll box, horizontally. */
async function insideBox(table: Locator, inner: Locator): Promise<boolean> {
  const box = await table.evaluate((element) => {
    const rect = element.closest('.dt-scroll')!.getBoundingClientRect();
    return { left: rect.left, right: rect.right };
  });
  const rect = (await inner.boundingBox())!;
  return rect.x >= box.left - 1 && rect.x + rect.width <= box.right + 1;
}

test.describe('data table layout at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('lists in their default columns fit without sideways scrolling, headers whole, row actions in view', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    const allOrgs = page.getByRole('table', { name: 'Orgs you administer' });
    await expect(allOrgs.getByRole('row').nth(1)).toBeVisible();
    expect(await tableFit(allOrgs)).toEqual({ overflow: 0, cutHeaders: [] });

    const members = await openMembers(page, 'org-acme', { name: 'Members of Acme Genomics' });
    expect(await tableFit(members)).toEqual({ overflow: 0, cutHeaders: [] });
    const actions = members.getByRole('row').nth(1).locator('td.dt-actions');
    for (const control of await actions.getByRole('button').all()) expect(await insideBox(members, control)).toBe(true);
    // The Members toolbar (Invite, the filter, six facets, Columns, Export) is one or two rows.
    const toolbar = await page.locator('.dt-toolbar').boundingBox();
    expect(toolbar!.height).toBeLessThanOrEqual(2 * 40 + 8);

    for (const open of [openProjects, openApps, openActivity]) {
      const table = await open(page, 'org-acme');
      expect(await tableFit(table)).toEqual({ overflow: 0, cutHeaders: [] });
    }
    await expectNoPageOverflow(page);
  });

  test('with every column shown, the table scrolls in its box with the checkbox, row header and actions pinned', async ({
    page,
  }) => {
    const table = await openAcmeMembers(page, '?sort=name');
    await page.getByRole('button', { name: 'Columns' }).click();
    const unchecked = page.getByRole('menuitemcheckbox', { checked: false });
    for (let n = await unchecked.count(); n > 0; n -= 1) {
      await unchecked.first().click();
      await expect(unchecked).toHaveCount(n - 1);
    }
    await page.keyboard.press('Escape');
    const { overflow } = await tableFit(table);
    expect(overflow, 'every optional column makes the table wider than its box').toBeGreaterThan(0);
    await expectNoPageOverflow(page);

    const row = table.getByRole('row', { name: /Alice Liddell/ });
    const pinned = [
      checkbox(table, 'Alice Liddell'),
      row.getByRole('rowheader'),
      row.locator('td.dt-actions').getByRole('button').first(),
    ];
    await table.evaluate((element) => element.closest('.dt-scroll')!.scrollTo({ left: 0 }));
    for (const cell of pinned) expect(await insideBox(table, cell)).toBe(true);
    await table.evaluate((element) => element.closest('.dt-scroll')!.scrollTo({ left: element.scrollWidth }));
    await expect(table.locator('xpath=..')).toHaveAttribute('data-scrolled-start', '');
    for (const cell of pinned) expect(await insideBox(table, cell)).toBe(true);
    expect(await row.getByRole('rowheader').evaluate((cell) => getComputedStyle(cell).position)).toBe('sticky');
    await expectNoAxeViolations(page);
  });
});

test.describe('data table layout at 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('Members shows its priority columns, the others in Columns; the page never scrolls sideways', async ({
    page,
  }) => {
    const table = await openAcmeMembers(page);
    await expectNoPageOverflow(page);
    // Only the priority columns: no "User ID" (priority 2 unless its screen says otherwise).
    await expect(table.getByRole('columnheader', { name: 'Name' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'User ID' })).toHaveCount(0);

    // The toolbar is compact: one Filters menu, Columns and Export as icon buttons.
    await expect(page.getByRole('button', { name: /^Filter by Level/ })).toHaveCount(0);
    const toolbar = await page.locator('.dt-toolbar').boundingBox();
    expect(toolbar!.height).toBeLessThanOrEqual(2 * 40 + 8);
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('menuitemcheckbox', { name: /^Admin \(/ }).click();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/f\.level=ADMIN/);
    await expect(table.getByRole('rowheader')).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Filters (1 chosen)' })).toBeVisible();

    await page.getByRole('button', { name: 'Columns' }).click();
    const userId = page.getByRole('menuitemcheckbox', { name: 'User ID' });
    await expect(userId).toHaveAttribute('aria-checked', 'false');
    await userId.click();
    await page.keyboard.press('Escape');
    await expect(table.getByRole('columnheader', { name: 'User ID' })).toBeVisible();
    await expectNoPageOverflow(page);
    await expectNoAxeViolations(page);
  });
});
