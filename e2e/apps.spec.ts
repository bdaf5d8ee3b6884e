import { apiAsSignedIn, test, expect, expectNoAxeViolations, signInAs } from './fixtures';
import { openApps } from './navigation';

test.describe('Apps tab', () => {
  test('an admin sees the apps billed to the org with their columns, and the tab passes axe', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const table = await openApps(page, 'org-acme');
    await expect(page.getByRole('heading', { level: 2, name: 'Apps' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Org sections' }).getByRole('link', { name: 'Apps' }),
    ).toHaveAttribute('aria-current', 'page');
    for (const column of ['Title', 'Name', 'Version', 'Published', 'Developers', 'Authorized users']) {
      await expect(table.getByRole('columnheader', { name: new RegExp(`^${column}`) })).toBeVisible();
    }
    // The row's action says "You are a developer" already: the Yes/No column is one to choose in Columns.
    await expect(table.getByRole('columnheader', { name: /^You are a developer/ })).toHaveCount(0);
    await expect(page.getByText('5 rows')).toBeVisible();

    const bwa = table.getByRole('row', { name: /BWA-MEM FASTQ Read Mapper/ });
    await expect(bwa).toContainText('bwa_mem_fastq_read_mapper');
    await expect(bwa).toContainText('1.3.8');
    await expect(bwa).toContainText('Alice Liddell');
    await expect(bwa).toContainText('Acme Genomics (org)');
    await expect(bwa).toContainText('You are a developer');

    const deepVariant = table.getByRole('row', { name: /DeepVariant Germline Caller/ });
    await expect(deepVariant).toContainText('Unpublished');
    await expect(deepVariant).toContainText('org-sharing (org)');
    await expect(
      deepVariant.getByRole('button', { name: 'Add me as developer of DeepVariant Germline Caller' }),
    ).toBeVisible();
    await expect(table.getByRole('row', { name: /GATK4 HaplotypeCaller/ })).toContainText('Everyone (public)');
    // Someone outside the org is shown by ID.
    await expect(table.getByRole('row', { name: /STAR RNA-seq Aligner/ })).toContainText('user-julia.hansen');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: /^Filter by You are a developer/ }).click();
    await page.getByRole('menuitemcheckbox', { name: /Yes/ }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByText('1 of 5 rows')).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'BWA-MEM FASTQ Read Mapper' })).toBeVisible();
  });

  test('at 1440×900 every row\'s "Add me as developer" is in view without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signInAs(page, /Alice Liddell/);
    const table = await openApps(page, 'org-acme');
    const buttons = table.getByRole('button', { name: /^Add me as developer of / });
    await expect(buttons).toHaveCount(4);
    for (const button of await buttons.all()) await expect(button).toBeInViewport({ ratio: 1 });
    const overflow = await page.evaluate(() => {
      const scroller = document.querySelector('.dt-scroll')!;
      return {
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        table: scroller.scrollWidth - scroller.clientWidth,
      };
    });
    expect(overflow).toEqual({ page: 0, table: 0 });
  });

  test('an admin adds herself as developer: the row updates at once and it holds after a reload', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const table = await openApps(page, 'org-acme');
    const row = table.getByRole('row', { name: /Salmon Transcript Quantification/ });
    await expect(row).not.toContainText('Alice Liddell');
    const request = page.waitForRequest((r) => r.url().endsWith('/api/app-salmon_quant/addDevelopers'));
    await row.getByRole('button', { name: 'Add me as developer of Salmon Transcript Quantification' }).click();
    expect((await request).postDataJSON()).toEqual({ developers: ['user-alice'] });
    await expect(page.getByText('You are now a developer of Salmon Transcript Quantification.')).toBeVisible();
    await expect(row).toContainText('Alice Liddell');
    await expect(row).toContainText('You are a developer');
    await expect(row.getByRole('button', { name: /Add me as developer/ })).toHaveCount(0);

    await page.reload();
    const reloaded = page
      .getByRole('table', { name: 'Apps of Acme Genomics' })
      .getByRole('row', { name: /Salmon Transcript Quantification/ });
    await expect(reloaded).toContainText('Alice Liddell');
    await expect(reloaded.getByRole('button', { name: /Add me as developer/ })).toHaveCount(0);
    const app = await apiAsSignedIn<{ developers: string[] }>(page, '/app-salmon_quant/describe');
    expect(app.developers).toContain('user-alice');
  });

  test('a member sees why there is no list of apps, not a table', async ({ page }) => {
    await signInAs(page, /Bob Nakamura/);
    await page.goto('/orgs/org-acme/apps');
    await expect(page.getByRole('heading', { level: 2, name: 'Apps' })).toBeVisible();
    await expect(page.getByText('Only admins of Acme Genomics can see the apps billed to it')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
