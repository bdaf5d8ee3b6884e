/**
 * The Projects tab of org-acme: every project billed to it (33 in the seed), those Alice
 * is not in shown as "Not a member"; "Grant yourself Administer" per row and in bulk;
 * CSV export; the reason shown to a member who may not list the projects.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { apiAsSignedIn, issueToken, test, expect, expectNoAxeViolations, signInAs } from './fixtures';
import { openProjects } from './navigation';

const TABLE_NAME = 'Projects billed to Acme Genomics';

interface FoundProject {
  id: string;
  level: string;
  describe: { name: string };
}

/** The org's projects as the API has them for the signed-in person, by name. */
async function apiProjects(page: Page): Promise<Map<string, FoundProject>> {
  const { results } = await apiAsSignedIn<{ results: FoundProject[] }>(page, '/org-acme/findProjects', {
    describe: { fields: { name: true } },
  });
  return new Map(results.map((project) => [project.describe.name, project]));
}

/** Acme's Projects tab (`search`: its URL state). */
function openAcmeProjects(page: Page, search = ''): Promise<Locator> {
  return openProjects(page, 'org-acme', { search, name: TABLE_NAME });
}

function row(table: Locator, name: string): Locator {
  return table.getByRole('row', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
}

function filterBox(page: Page): Locator {
  return page.getByRole('searchbox', { name: `Filter ${TABLE_NAME}` });
}

function bulkBar(page: Page): Locator {
  return page.getByRole('region', { name: 'Selected rows' });
}

test.describe('Projects tab', () => {
  test('an admin sees every project billed to the org, those she is not in as "Not a member"; the tab passes axe', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    await page.goto('/orgs/org-acme');
    await page.getByRole('navigation', { name: 'Org sections' }).getByRole('link', { name: 'Projects' }).click();
    await expect(page).toHaveURL(/\/orgs\/org-acme\/projects$/);
    const table = page.getByRole('table', { name: TABLE_NAME });
    await expect(page.getByRole('heading', { level: 2, name: 'Projects' })).toBeVisible();
    for (const column of ['Name', 'Project ID', 'Your access']) {
      await expect(table.getByRole('columnheader', { name: new RegExp(column) })).toBeVisible();
    }
    await expect(page.getByText('33 rows')).toBeVisible();

    const stored = await apiProjects(page);
    const notIn = [...stored.values()].filter((project) => project.level === 'NONE');
    expect(notIn.length).toBeGreaterThan(0);
    await filterBox(page).fill('Cardio GWAS');
    const cardio = row(table, 'Cardio GWAS 2026 – release 2');
    await expect(cardio).toContainText('Not a member');
    await expect(cardio).toContainText(stored.get('Cardio GWAS 2026 – release 2')!.id);
    await expect(
      cardio.getByRole('button', { name: 'Grant yourself Administer on Cardio GWAS 2026 – release 2' }),
    ).toBeVisible();
    await filterBox(page).fill('');
    await expectNoAxeViolations(page);

    // Filter on your access: exactly the projects the API says Alice is not in.
    await page.getByRole('button', { name: /^Filter by Your access/ }).click();
    await page.getByRole('menuitemcheckbox', { name: /Not a member/ }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByText(`${notIn.length} of 33 rows`)).toBeVisible();
    await expect(table.getByRole('row', { name: /Billing reports/ })).toHaveCount(0);

    // A project she administers has no grant button; the shared one shows her CONTRIBUTE access.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await filterBox(page).fill('Shared QC');
    await expect(row(table, 'Shared QC dashboards')).toContainText('Contribute');
    await filterBox(page).fill('Billing reports');
    await expect(row(table, 'Billing reports')).toContainText('Administer');
    await expect(row(table, 'Billing reports').getByRole('button')).toHaveCount(0);
  });

  test('grant yourself Administer on one row: the row changes at once and keeps ADMINISTER after a reload', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    const table = await openAcmeProjects(page, '?q=Cardio');
    const name = 'Cardio GWAS 2026 – release 2';
    const cardio = row(table, name);
    await expect(cardio).toContainText('Not a member');
    const inviteRequest = page.waitForRequest((request) => /\/api\/project-[^/]+\/invite$/.test(request.url()));
    await cardio.getByRole('button', { name: `Grant yourself Administer on ${name}` }).click();
    expect((await inviteRequest).postDataJSON()).toEqual({
      invitee: 'user-alice',
      level: 'ADMINISTER',
      suppressEmailNotification: true,
    });
    await expect(cardio).toContainText('Administer');
    await expect(cardio).not.toContainText('Not a member');
    await expect(cardio.getByRole('button', { name: /Grant yourself Administer/ })).toHaveCount(0);
    // The keyboard stays on the row whose button went away: on its link.
    await expect(cardio.getByRole('link', { name })).toBeFocused();
    await expect(page.getByText(`You now administer ${name}.`)).toBeVisible();
    expect((await apiProjects(page)).get(name)!.level).toBe('ADMINISTER');

    await page.reload();
    await expect(row(table, name)).toContainText('Administer');
    await expect(row(table, name)).not.toContainText('Not a member');
  });

  test('grant yourself Administer on the selected rows: only those below ADMINISTER, each row updated, kept after a reload', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    const table = await openAcmeProjects(page, '?q=CRISPR');
    await expect(table.getByRole('rowheader')).toHaveCount(3);
    const below = ['CRISPR screen 2025 – batch 4', 'CRISPR screen 2026 – run 1'];
    await expect(row(table, below[0]!)).toContainText('Not a member');
    await expect(row(table, below[1]!)).toContainText('View');
    await expect(row(table, 'CRISPR screen 2025 – release 3')).toContainText('Administer');

    await table.getByRole('checkbox', { name: /^Select all \d+ rows$/ }).click();
    await expect(bulkBar(page)).toContainText('3 selected');
    await bulkBar(page).getByRole('button', { name: 'Grant yourself Administer on 2 projects' }).click();
    const dialog = page.getByRole('dialog', { name: 'Grant yourself Administer on 2 projects?' });
    await expect(dialog).toContainText('1 selected project has Administer already');
    const listed = dialog.getByRole('list', { name: 'Projects to grant yourself Administer on' });
    await expect(listed.getByRole('listitem')).toHaveText(below.map((name) => new RegExp(name)));
    await expectNoAxeViolations(page);

    const invites: string[] = [];
    page.on('request', (request) => {
      const match = /\/api\/(project-[^/]+)\/invite$/.exec(request.url());
      if (match) invites.push(match[1]!);
    });
    await dialog.getByRole('button', { name: 'Grant Administer on 2 projects' }).click();
    // Every grant went through: a toast says so and the dialog closes by itself (no report to close).
    await expect(page.getByText('You now administer 2 more projects.')).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(bulkBar(page)).toHaveCount(0);
    // The keyboard lands on the first granted row's link, not on the page.
    await expect(table.getByRole('link', { name: below[0]! })).toBeFocused();
    const stored = await apiProjects(page);
    expect(invites.sort()).toEqual(below.map((name) => stored.get(name)!.id).sort());
    for (const name of below) expect(stored.get(name)!.level).toBe('ADMINISTER');
    for (const name of below) await expect(row(table, name)).toContainText('Administer');
    await expect(table.getByRole('button', { name: /Grant yourself Administer/ })).toHaveCount(0);

    await page.reload();
    await expect(table.getByRole('rowheader')).toHaveCount(3);
    for (const name of below) await expect(row(table, name)).not.toContainText(/Not a member|View/);
    await expect(table.getByRole('button', { name: /Grant yourself Administer/ })).toHaveCount(0);
  });

  test('a bulk grant the API refuses reports each project with the reason and leaves the rows as they were', async ({
    page,
    pageErrors,
  }) => {
    pageErrors.allow(/Failed to load resource: the server responded with a status of 401/);
    await signInAs(page, /Alice Liddell/);
    const table = await openAcmeProjects(page, '?q=Population+reference+panel+2026');
    const names = ['Population reference panel 2026 – release 1', 'Population reference panel 2026 – run 3'];
    await expect(table.getByRole('rowheader')).toHaveCount(2);
    await table.getByRole('checkbox', { name: /^Select all \d+ rows$/ }).click();
    await bulkBar(page).getByRole('button', { name: 'Grant yourself Administer on 2 projects' }).click();
    const dialog = page.getByRole('dialog', { name: 'Grant yourself Administer on 2 projects?' });

    // Meanwhile, the other admin of Acme makes Alice a plain member: she may no longer invite herself.
    const beatriz = await issueToken(page, 'user-beatriz.rossi');
    const demoted = await page.evaluate(async (token) => {
      const response = await fetch('/api/org-acme/setMemberAccess', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ 'user-alice': { level: 'MEMBER' } }),
      });
      return response.status;
    }, beatriz);
    expect(demoted).toBe(200);

    await dialog.getByRole('button', { name: 'Grant Administer on 2 projects' }).click();
    const report = page.getByRole('dialog', { name: 'Grant report' });
    await expect(report.getByRole('heading', { name: 'Granted on 0 projects; refused on 2' })).toBeVisible();
    const refused = report.getByRole('list', { name: 'Refused grants' }).getByRole('listitem');
    await expect(refused).toHaveCount(2);
    for (const [i, name] of names.entries()) {
      await expect(refused.nth(i)).toContainText(name);
      await expect(refused.nth(i)).toContainText('PermissionDenied');
      await expect(refused.nth(i)).toContainText(/does not have ADMINISTER access/);
    }
    await expect(page.getByText('No grant went through: 2 grants refused. The report lists why.')).toBeVisible();
    await expectNoAxeViolations(page);
    await report.getByRole('button', { name: 'Close' }).first().click();
    await expect(report).toBeHidden();
    for (const name of names) await expect(row(table, name)).toContainText('Not a member');
    await expect(bulkBar(page)).toContainText('2 selected');
  });

  test('exports the projects shown as CSV', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    await openAcmeProjects(page);
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'CSV — all 33 rows shown' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^org-projects-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile(await download.path(), 'utf8')).split('\r\n');
    expect(lines[0]).toBe('Name,Project ID,Your access');
    expect(lines.at(-1)).toBe('');
    const rows = lines.slice(1, -1);
    expect(rows).toHaveLength(33);
    const stored = await apiProjects(page);
    expect(rows).toContain(`Cardio GWAS 2026 – release 2,${stored.get('Cardio GWAS 2026 – release 2')!.id},NONE`);
  });

  test('opening a row goes to the project page', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const table = await openAcmeProjects(page, '?q=Billing+reports');
    const id = (await apiProjects(page)).get('Billing reports')!.id;
    await table.getByRole('rowheader', { name: 'Billing reports' }).click();
    await expect(page).toHaveURL(new RegExp(`/projects/${id}$`));
  });

  test('a member with the project member demotion role sees the list without the grant actions', async ({
    page,
    baseURL,
  }) => {
    // Chen Okafor, a generated member of Acme with the role, signs in with their token through "Use another API".
    await page.goto('/sign-in');
    const token = await issueToken(page, 'user-chen.okafor');
    const form = page.getByRole('form', { name: 'Sign in to another API' });
    await form.getByLabel('API URL').fill(`${baseURL}/api`);
    await form.getByLabel('Token').fill(token);
    await form.getByRole('button', { name: 'Sign in with this API' }).click();
    // Chen administers no org: All Orgs opens on the orgs he belongs to.
    await expect(page).toHaveURL(/\/orgs\?level=MEMBER$/);
    const table = await openAcmeProjects(page);
    await expect(page.getByText('33 rows')).toBeVisible();
    await expect(page.getByText(/You hold the project member demotion role in Acme Genomics/)).toBeVisible();
    await expect(table.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Grant yourself Administer/ })).toHaveCount(0);
    await expect(table.getByRole('cell', { name: 'Not a member' }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a member without the project member demotion role is told why, not shown an error', async ({
    page,
    pageErrors,
  }) => {
    pageErrors.allow(/Failed to load resource: the server responded with a status of 401/);
    await signInAs(page, /Carol Okafor/);
    await page.goto('/orgs/org-acme/projects');
    await expect(
      page.getByText(
        'Only admins of Acme Genomics, and members with the project member demotion role, can list its projects',
      ),
    ).toBeVisible();
    await expect(page.getByText('PermissionDenied', { exact: true })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Grant yourself Administer/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
