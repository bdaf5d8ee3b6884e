import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { apiAsSignedIn, test, expect, expectNoAxeViolations, signInAs, tabTo, type ChargeBreakdown } from './fixtures';
import { openOrgBilling } from './navigation';

interface StoredRequest {
  amount: number;
  poNumber: string;
  note: string;
  requestedBy: string;
}

interface PerProjectRow extends ChargeBreakdown {
  project: string;
}

async function csvLines(download: Download): Promise<string[]> {
  const text = await readFile(await download.path(), 'utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

const cents = (value: number) => Math.round(value * 100);

test.describe('Billing: spending limit requests and usage reports', () => {
  test('an admin requests a spending limit change and sees it pending, newest first, with herself as requester', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    const { requests } = await openOrgBilling(page, 'org-acme');
    const pending = requests.getByRole('table', { name: 'Pending spending limit requests of Acme Genomics' });
    await expect(pending.getByRole('row')).toHaveCount(2); // the header and the seeded request
    await expect(pending.getByRole('row').nth(1)).toContainText('PO-2025-0117');

    await requests.getByLabel('Amount (USD)').fill('750,000');
    await requests.getByLabel('Purchase-order number').fill('PO-2026-0042');
    await requests.getByLabel('Note (optional)').fill('Third sequencing wave');
    const sent = page.waitForRequest((request) => request.url().endsWith('/api/org-acme/requestSpendingLimitChange'));
    await requests.getByRole('button', { name: 'Request change' }).click();
    expect((await sent).postDataJSON()).toEqual({
      amount: 750000,
      poNumber: 'PO-2026-0042',
      note: 'Third sequencing wave',
    });
    await expect(
      page.getByText('Requested a spending limit of $750,000.00 for Acme Genomics (PO-2026-0042).'),
    ).toBeVisible();
    await expect(requests.getByLabel('Amount (USD)')).toHaveValue('');

    const check = async () => {
      await expect(pending.getByRole('row')).toHaveCount(3);
      const newest = pending.getByRole('row').nth(1);
      await expect(newest).toContainText('$750,000.00');
      await expect(newest).toContainText('PO-2026-0042');
      await expect(newest).toContainText('Third sequencing wave');
      await expect(newest).toContainText('Alice Liddell');
      await expect(pending.getByRole('row').nth(2)).toContainText('PO-2025-0117');
    };
    await check();
    await page.reload();
    await check();

    const org = await apiAsSignedIn<{ spendingLimitRequests: StoredRequest[] }>(page, '/org-acme/describe');
    expect(org.spendingLimitRequests.at(-1)).toMatchObject({
      amount: 750000,
      poNumber: 'PO-2026-0042',
      note: 'Third sequencing wave',
      requestedBy: 'user-alice',
    });
  });

  test('an invalid amount is refused as it is typed and nothing is sent', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const { requests } = await openOrgBilling(page, 'org-acme');
    const calls: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/requestSpendingLimitChange')) calls.push(request.url());
    });
    const amount = requests.getByLabel('Amount (USD)');
    await requests.getByLabel('Purchase-order number').fill('PO-1');

    await amount.fill('0');
    await expect(requests.getByText('Amount must be more than 0.')).toBeVisible();
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    await amount.fill('-5');
    await expect(requests.getByText('Amount must be more than 0.')).toBeVisible();
    await amount.fill('a lot');
    await expect(requests.getByText(/Amount must be a number of US dollars/)).toBeVisible();
    await requests.getByRole('button', { name: 'Request change' }).click();
    await expect(amount).toBeFocused();

    await amount.fill('1200');
    await expect(amount).not.toHaveAttribute('aria-invalid');
    await requests.getByLabel('Purchase-order number').fill('');
    await expect(requests.getByText('Purchase-order number is required.')).toBeVisible();
    await requests.getByRole('button', { name: 'Request change' }).click();
    expect(calls).toEqual([]);
    const org = await apiAsSignedIn<{ spendingLimitRequests: StoredRequest[] }>(page, '/org-acme/describe');
    expect(org.spendingLimitRequests).toHaveLength(1);
  });

  test('both usage reports download as CSV with the API rows, the per-project one ending in totals that add up', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    const { reports } = await openOrgBilling(page, 'org-acme');
    const monthSelect = reports.getByLabel('Month', { exact: true });
    await expect(monthSelect.locator('option')).toHaveCount(12);
    // A month other than the one chosen at first.
    const month = (await monthSelect.locator('option').nth(2).getAttribute('value'))!;
    await monthSelect.selectOption(month);

    const perProject = await apiAsSignedIn<{ rows: PerProjectRow[] }>(page, '/org-acme/usageReport', {
      kind: 'perProject',
      month,
    });
    const executions = await apiAsSignedIn<{ rows: unknown[] }>(page, '/org-acme/usageReport', {
      kind: 'rootExecutions',
      month,
    });
    expect(perProject.rows.length).toBeGreaterThan(0);
    const preview = reports.getByRole('status').filter({ hasText: 'charged' });
    await expect(preview).toContainText(`${perProject.rows.length} projects charged`);
    await expect(preview).toContainText(`${executions.rows.length} root executions`);

    const usageDownload = page.waitForEvent('download');
    await reports.getByRole('button', { name: 'Download per-project usage (CSV)' }).click();
    const usage = await usageDownload;
    expect(usage.suggestedFilename()).toBe(`org-acme-usage-${month}.csv`);
    const usageLines = await csvLines(usage);
    expect(usageLines[0]).toBe('project,name,compute,storage,egress,archival,publicIpv4,total');
    expect(usageLines).toHaveLength(1 + perProject.rows.length + 1);
    expect(usageLines[1]!.startsWith(`${perProject.rows[0]!.project},`)).toBe(true);
    const totals = usageLines.at(-1)!.split(',');
    expect(totals.slice(0, 2)).toEqual(['Total', '']);
    const amounts = ['compute', 'storage', 'egress', 'archival', 'publicIpv4', 'total'] as const;
    amounts.forEach((amount, i) => {
      const sum = perProject.rows.reduce((s, row) => s + cents(row[amount]), 0);
      expect(cents(Number(totals[2 + i])), amount).toBe(sum);
    });
    const partsSum = amounts.slice(0, 5).reduce((s, _, i) => s + cents(Number(totals[2 + i])), 0);
    expect(partsSum).toBe(cents(Number(totals[7])));
    await expect(preview).toContainText(
      `total $${(cents(Number(totals[7])) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
    );

    const rootDownload = page.waitForEvent('download');
    await reports.getByRole('button', { name: 'Download root execution stats (CSV)' }).click();
    const root = await rootDownload;
    expect(root.suggestedFilename()).toBe(`org-acme-root-executions-${month}.csv`);
    const rootLines = await csvLines(root);
    expect(rootLines[0]).toBe('execution,project,launchedBy,executable,cost,created');
    expect(rootLines).toHaveLength(1 + executions.rows.length);
    for (const line of rootLines.slice(1)) {
      expect(line.split(',')[5]).toMatch(new RegExp(`^${month}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$`));
    }
  });

  test('the delivery project is chosen among the org projects, kept after reload, and a refusal is shown', async ({
    page,
    pageErrors,
  }) => {
    await signInAs(page, /Alice Liddell/);
    const { reports } = await openOrgBilling(page, 'org-acme');
    const destination = reports.getByLabel('Delivery project');
    await expect(destination).toBeEnabled(); // the org's projects are listed
    const before = await apiAsSignedIn<{ reportDestination: string }>(page, '/org-acme/describe');
    await expect(destination).toHaveValue(before.reportDestination);
    await expect(destination.locator('option:checked')).toHaveText(/^Billing reports \(project-/);
    const save = reports.getByRole('button', { name: 'Save delivery project' });
    await expect(save).toBeDisabled();

    const clinical = (await destination
      .locator('option', { hasText: 'Clinical pipeline validation' })
      .getAttribute('value'))!;
    await destination.selectOption(clinical);
    await save.click();
    await expect(
      page.getByText('Monthly reports of Acme Genomics will be delivered to Clinical pipeline validation.'),
    ).toBeVisible();
    await page.reload();
    await expect(destination).toHaveValue(clinical);
    expect((await apiAsSignedIn<{ reportDestination: string }>(page, '/org-acme/describe')).reportDestination).toBe(
      clinical,
    );

    // A project billed elsewhere since the list was loaded: the API refuses, and says why.
    const { results } = await apiAsSignedIn<{ results: { id: string; level: string }[] }>(
      page,
      '/org-acme/findProjects',
      {},
    );
    const moved = results.find((project) => project.level === 'ADMINISTER' && project.id !== clinical)!;
    await expect(destination.locator(`option[value="${moved.id}"]`)).toHaveCount(1);
    await apiAsSignedIn(page, `/${moved.id}/update`, { billTo: 'user-alice' });
    pageErrors.allow(/status of 422/);
    await destination.selectOption(moved.id);
    await save.click();
    await expect(reports.getByText(`InvalidInput: ${moved.id} is not billed to org-acme`)).toBeVisible();
    await expect(destination).toHaveAttribute('aria-invalid', 'true');
    expect((await apiAsSignedIn<{ reportDestination: string }>(page, '/org-acme/describe')).reportDestination).toBe(
      clinical,
    );
  });

  test('the request form and the report controls work with the keyboard alone', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const { requests, reports } = await openOrgBilling(page, 'org-acme');
    await tabTo(page, requests.getByLabel('Amount (USD)'), 60);
    await page.keyboard.type('300000');
    await page.keyboard.press('Tab');
    await page.keyboard.type('PO-KEYS');
    await page.keyboard.press('Tab');
    await expect(requests.getByLabel('Note (optional)')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(requests.getByRole('button', { name: 'Request change' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.getByText('Requested a spending limit of $300,000.00 for Acme Genomics (PO-KEYS).'),
    ).toBeVisible();

    const month = reports.getByLabel('Month', { exact: true });
    await tabTo(page, month, 30);
    const latest = (await month.locator('option').first().getAttribute('value'))!;
    await page.keyboard.press('ArrowUp'); // from the last complete month to the current one
    await expect(month).toHaveValue(latest);
    await page.keyboard.press('Tab');
    await expect(reports.getByRole('button', { name: 'Download per-project usage (CSV)' })).toBeFocused();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toBe(`org-acme-usage-${latest}.csv`);
  });

  test('the expanded tile passes axe with both sections loaded', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const { requests, reports } = await openOrgBilling(page, 'org-acme');
    await expect(requests.getByRole('table').getByRole('row')).toHaveCount(2);
    await expect(reports.getByRole('status').filter({ hasText: 'charged' })).toBeVisible();
    await expect(reports.getByLabel('Delivery project')).toBeEnabled();
    await requests.getByLabel('Amount (USD)').fill('0');
    await expect(requests.getByText('Amount must be more than 0.')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an org without the usage reports license says it needs one', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const pilot = await apiAsSignedIn<{ licenses: Record<string, boolean> }>(page, '/org-pilot/describe');
    expect(pilot.licenses.usageReports).toBe(false);
    const { requests, reports } = await openOrgBilling(page, 'org-pilot');
    await expect(reports).toContainText(
      'Usage reports need the Usage reports license, which Northwind Pilot Program does not hold.',
    );
    await expect(reports.getByLabel('Month', { exact: true })).toHaveCount(0);
    await expect(requests.getByRole('button', { name: 'Request change' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a member who may bill sees the pending requests read-only and is told only admins may request', async ({
    page,
  }) => {
    await signInAs(page, /Bob Nakamura/);
    const { requests, reports } = await openOrgBilling(page, 'org-acme');
    await expect(requests).toContainText('Only admins of Acme Genomics may request a spending limit change');
    const pending = requests.getByRole('table', { name: 'Pending spending limit requests of Acme Genomics' });
    await expect(pending.getByRole('row').nth(1)).toContainText('Alice Liddell');
    await expect(requests.getByRole('button', { name: 'Request change' })).toHaveCount(0);
    await expect(reports).toContainText('Only admins of Acme Genomics may download its usage reports.');
    await expect(reports.getByRole('button', { name: /Download/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
