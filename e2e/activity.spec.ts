import { apiAsSignedIn, test, expect, expectNoAxeViolations, signInAs } from './fixtures';
import { openActivity } from './navigation';

test.describe('Activity tab', () => {
  test('an access change made in the Members tab shows at the top, by Alice, with before → after', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    await page.goto('/orgs/org-acme/members');
    const members = page.getByRole('table', { name: 'Members of Acme Genomics' });
    await members.getByRole('button', { name: 'Edit access of Carol Okafor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit access of Carol Okafor' });
    await dialog.getByLabel('Shared project access').selectOption('UPLOAD');
    await dialog.getByRole('button', { name: 'Save changes for 1 member' }).click();
    await expect(page.getByText('Updated the access of 1 member of Acme Genomics.')).toBeVisible();

    const nav = page.getByRole('navigation', { name: 'Org sections' });
    await nav.getByRole('link', { name: 'Activity' }).click();
    const table = page.getByRole('table', { name: 'Activity of Acme Genomics' });
    const newest = table.getByRole('row').nth(1);
    await expect(newest.getByRole('rowheader')).toHaveText('Alice Liddell');
    await expect(newest).toContainText('Changed member access');
    await expect(newest).toContainText('org.setMemberAccess');
    await expect(newest).toContainText('Carol Okafor · Shared project access: View → Upload');
    await expectNoAxeViolations(page);

    await newest.getByRole('button', { name: /^Details of Changed member access by Alice Liddell/ }).click();
    const details = page.getByRole('dialog', { name: 'Changed member access by Alice Liddell' });
    await expect(details.getByRole('list', { name: 'Change' })).toHaveText(
      'Carol Okafor · Shared project access: View → Upload',
    );
    await expect(details.getByLabel('Before, as recorded')).toContainText('"projectAccess": "VIEW"');
    await expect(details.getByLabel('After, as recorded')).toContainText('"projectAccess": "UPLOAD"');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
  });

  test('filter by person and by action, and load older events', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const { results } = await apiAsSignedIn<{ results: { actor: string; action: string }[] }>(
      page,
      '/org-acme/findAuditEvents',
    );
    const total = results.length;
    expect(total).toBeGreaterThan(100);
    const table = await openActivity(page, 'org-acme');
    await expect(page.getByText('The newest 100 events are loaded.')).toBeVisible();
    await expect(page.getByText('100 rows', { exact: true })).toBeVisible();

    // By person: only Alice's events among those loaded.
    const alices = results.slice(0, 100).filter((event) => event.actor === 'user-alice').length;
    await page.getByRole('button', { name: /^Filter by Who/ }).click();
    await page.getByRole('menuitemcheckbox', { name: /Alice Liddell/ }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByText(`${alices} of 100 rows`)).toBeVisible();
    await expect(table.getByRole('rowheader').filter({ hasNotText: 'Alice Liddell' })).toHaveCount(0);

    // And by action: Alice's project shares.
    const shares = results
      .slice(0, 100)
      .filter((event) => event.actor === 'user-alice' && event.action === 'project.invite').length;
    expect(shares).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^Filter by What/ }).click();
    await page.getByRole('menuitemcheckbox', { name: /Shared a project/ }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByText(`${shares} of 100 rows`)).toBeVisible();
    for (const row of await table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader') })
      .all()) {
      await expect(row).toContainText('Shared a project');
    }
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(page.getByText('100 rows', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Load older events' }).click();
    await expect(page.getByText(`All ${total} events are loaded.`)).toBeVisible();
    await expect(page.getByText(`${total} rows`, { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Load older events' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('a member gets no Activity tab, and its URL says why', async ({ page }) => {
    await signInAs(page, /Bob Nakamura/);
    // (The Apps tab, not Members: Acme's member list is for admins, and Bob would be refused it.)
    await page.goto('/orgs/org-acme/apps');
    const nav = page.getByRole('navigation', { name: 'Org sections' });
    await expect(nav.getByRole('link', { name: 'Apps' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Activity' })).toHaveCount(0);

    await page.goto('/orgs/org-acme/activity');
    await expect(page.getByRole('heading', { level: 2, name: 'Activity' })).toBeVisible();
    await expect(page.getByText('Only admins of Acme Genomics can see Activity')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
