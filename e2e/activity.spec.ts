import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { apiAsSignedIn, expect, expectNoAxeViolations, expectNoPageOverflow, signInAs, test } from './fixtures';
import { openActivity, openSettings } from './navigation';

interface RecordedEvent {
  id: string;
  time: number;
  actor: string;
  action: string;
  target: string;
  after: unknown;
}

/** The org's newest recorded event, as the API has it. */
async function newestEvent(page: Page, orgId: string): Promise<RecordedEvent> {
  const { results } = await apiAsSignedIn<{ results: RecordedEvent[] }>(page, `/${orgId}/findAuditEvents`, {
    limit: 1,
  });
  return results[0]!;
}

/** Today in the page's time zone, as a date input holds it (YYYY-MM-DD), and the day after. */
function pageDays(page: Page): Promise<{ today: string; tomorrow: string }> {
  return page.evaluate(() => {
    const iso = (d: Date) =>
      [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
    const now = new Date();
    return { today: iso(now), tomorrow: iso(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1)) };
  });
}

// Dates in the page read as the tests format them.
test.use({ timezoneId: 'UTC', locale: 'en-US' });
const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

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

  test('a removed member: what they lost, by name, each to none; the details head the record as had and lost', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    const removed = await apiAsSignedIn<{ projects: Record<string, string> }>(page, '/org-acme/removeMember', {
      user: 'user-carol',
    });
    expect(Object.keys(removed.projects).length).toBeGreaterThan(1);

    const table = await openActivity(page, 'org-acme');
    const newest = table.getByRole('row').nth(1);
    await expect(newest.getByRole('rowheader')).toHaveText('Alice Liddell');
    await expect(newest).toContainText('Removed a member');
    await expect(newest.getByRole('cell').nth(2)).toContainText('Carol Okafor');
    await expect(newest).toContainText('Membership: Member → none');
    await expect(newest).toContainText('Shared QC dashboards: View → none');
    await expect(newest).not.toContainText('— →');
    await expectNoAxeViolations(page);

    await newest.getByRole('button', { name: /^Details of Removed a member by Alice Liddell/ }).click();
    const details = page.getByRole('dialog', { name: 'Removed a member by Alice Liddell' });
    const lines = details.getByRole('list', { name: 'Change' }).getByRole('listitem');
    await expect(lines).toHaveCount(1 + Object.keys(removed.projects).length + 4);
    await expect(lines.first()).toHaveText('Membership: Member → none');
    await expect(lines.filter({ hasText: 'Shared QC dashboards' })).toHaveText('Shared QC dashboards: View → none');
    await expect(lines.filter({ hasText: /project-/ })).toHaveCount(0);
    await expect(details.getByLabel('Membership they had, as recorded')).toContainText('"level": "MEMBER"');
    await expect(details.getByLabel('Access they lost, as recorded')).toContainText('"projects"');
    await expectNoAxeViolations(page);
  });

  test('a spending limit request reads in dollars and dates, the requester by name', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    await apiAsSignedIn(page, '/org-acme/requestSpendingLimitChange', { amount: 400000, poNumber: 'PO-4711' });
    const recorded = await newestEvent(page, 'org-acme');
    expect(recorded.action).toBe('org.requestSpendingLimitChange');
    const created = (recorded.after as { created: number }).created;

    const table = await openActivity(page, 'org-acme');
    const newest = table.getByRole('row').nth(1);
    await expect(newest).toContainText('Requested a spending limit change');
    await expect(newest).toContainText('Amount: — → $400,000.00');
    await expect(newest).toContainText('PO number: — → PO-4711');
    await expect(newest).toContainText(`Created: — → ${dateTime.format(created)}`);
    await expect(newest).not.toContainText('400000');
    await newest.getByRole('button', { name: /^Details of Requested a spending limit change/ }).click();
    const lines = page.getByRole('dialog').getByRole('list', { name: 'Change' });
    await expect(lines).toContainText('Requested by: — → Alice Liddell');
    await expect(lines).toContainText('State: — → Pending');
  });

  test('a policy change is worded as Settings words it', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    await apiAsSignedIn(page, '/org-acme/update', { policies: { memberListVisibility: 'PUBLIC', jobReuse: true } });
    await openSettings(page, 'org-acme');
    await expect(
      page
        .getByRole('radiogroup', { name: 'Member list visibility' })
        .getByRole('radio', { name: /^Anyone signed in/ }),
    ).toBeChecked();
    await expect(page.getByRole('switch', { name: 'Job reuse' })).toBeChecked();

    const table = await openActivity(page, 'org-acme');
    const newest = table.getByRole('row').nth(1);
    await expect(newest).toContainText('Changed org settings');
    await expect(newest).toContainText('Member list visibility: Admins only → Anyone signed in');
    await expect(newest).toContainText('Job reuse: Off → On');
    await expect(newest).not.toContainText('ADMIN');
  });

  test('a date range loads only those days, stays in the URL, and the events shown export with their recorded fields', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    await apiAsSignedIn(page, '/org-acme/requestSpendingLimitChange', { amount: 1250.5, poNumber: 'PO-9' });
    const { today, tomorrow } = await pageDays(page);
    const range = await page.evaluate(
      ([from]) => {
        const [y, m, d] = from!.split('-').map(Number) as [number, number, number];
        return { after: new Date(y, m - 1, d).getTime(), before: new Date(y, m - 1, d + 1).getTime() - 1 };
      },
      [today] as const,
    );
    const { results } = await apiAsSignedIn<{ results: RecordedEvent[] }>(page, '/org-acme/findAuditEvents', range);
    expect(results.length).toBeGreaterThan(0);

    const table = await openActivity(page, 'org-acme');
    await page.getByLabel('From').fill(today);
    await page.getByLabel('To').fill(today);
    const todayWords = day.format(range.after);
    await expect(
      page.getByText(`All ${results.length} events from ${todayWords} to ${todayWords} are loaded.`),
    ).toBeVisible();
    await expect(table.getByRole('rowheader')).toHaveCount(results.length);
    await expect(page).toHaveURL(new RegExp(`[?&]from=${today}&to=${today}`));
    await expectNoAxeViolations(page);

    // A reload (or a shared link) shows the same range.
    await page.reload();
    await expect(page.getByLabel('From')).toHaveValue(today);
    await expect(
      page.getByText(`All ${results.length} events from ${todayWords} to ${todayWords} are loaded.`),
    ).toBeVisible();

    // Export: the formatted change and the event as recorded.
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /^CSV — all \d+ rows? shown$/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^activity-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.split('\r\n').slice(0, -1);
    expect(lines[0]).toBe(
      'When,Who,What,Target,Change (before → after),Time (ms),Actor ID,Action,Target ID,Before (recorded),After (recorded),Event ID',
    );
    expect(lines).toHaveLength(results.length + 1);
    const request = lines.find((line) => line.includes('PO-9'))!;
    expect(request).toContain('Amount: — → $1,250.50');
    expect(request).toContain('org.requestSpendingLimitChange');
    expect(request).toContain('""amount"":1250.5');

    // JSON too, keyed by column.
    await page.getByRole('button', { name: 'Export' }).click();
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /^JSON — all \d+ rows? shown$/ }).click(),
    ]);
    const exported = JSON.parse(await readFile(await json.path(), 'utf8')) as Record<string, unknown>[];
    expect(exported).toHaveLength(results.length);
    expect(exported[0]).toMatchObject({ id: results[0]!.id, action: results[0]!.action });

    // Days with nothing in them say so.
    await page.getByLabel('From').fill(tomorrow);
    await page.getByLabel('To').fill(tomorrow);
    await expect(
      page.getByText(`Nothing happened in Acme Genomics from ${day.format(range.before + 1)}`),
    ).toBeVisible();
    await page.getByRole('button', { name: 'All dates' }).click();
    await expect(page.getByText('The newest 100 events are loaded.')).toBeVisible();
    await expect(page).not.toHaveURL(/from=/);
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

test.describe('Activity layout', () => {
  test('at 1440×900 the Change and Details columns show without sideways scrolling, in the dark theme too', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signInAs(page, /Alice Liddell/);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const table = await openActivity(page, 'org-acme');
      await expect(table.getByRole('columnheader', { name: /^Change/ })).toBeInViewport();
      const details = table.getByRole('button', { name: /^Details of / }).first();
      await expect(details).toBeInViewport();
      // The table's own box does not scroll sideways either.
      const sideways = await table.evaluate((element) => {
        const box = element.closest('.dt-scroll')!;
        return box.scrollWidth - box.clientWidth;
      });
      expect(sideways).toBeLessThanOrEqual(0);
      // The date range sits in the table's toolbar, beside the filter and export.
      await expect(page.getByRole('group', { name: 'Dates' })).toBeVisible();
      await expectNoPageOverflow(page);
      await expectNoAxeViolations(page, { context: `(${colorScheme})` });

      await details.click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('list', { name: 'Change' })).toBeVisible();
      await expectNoAxeViolations(page, { context: `(details, ${colorScheme})` });
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  });

  test('at 390×844 the page does not scroll sideways, and the details dialog fits', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await signInAs(page, /Alice Liddell/);
    const table = await openActivity(page, 'org-acme');
    // Who did what, and the details behind an icon button, without scrolling the table sideways.
    await expect(table.getByRole('columnheader', { name: /^What/ })).toBeVisible();
    await expect(table.getByRole('button', { name: /^Details of / }).first()).toBeInViewport();
    const sideways = await table.evaluate((element) => {
      const box = element.closest('.dt-scroll')!;
      return box.scrollWidth - box.clientWidth;
    });
    expect(sideways).toBeLessThanOrEqual(0);
    await expectNoPageOverflow(page);
    await expectNoAxeViolations(page);
    await table
      .getByRole('button', { name: /^Details of / })
      .first()
      .click();
    await expect(page.getByRole('dialog').getByRole('list', { name: 'Change' })).toBeVisible();
    await expectNoPageOverflow(page);
  });
});
