/**
 * The console pointed at a server that answers only the platform's public API:
 * `npm run api -- --platform-only`, started here on its own data file, reached through
 * "Use another API" with its URL and a token. The main flows work in full; what needs the
 * emulator's extensions (audit log, charges by month, spending limit requests, usage
 * reports, default project limits) is not offered, each in one plain line, never as an
 * error with a Retry.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { postJson, startApi, stopApi, type ApiProcess } from '../src/emulator/testing/api-process';
import { expect, expectNoAxeViolations, expectNoPageOverflow, test, type PageErrors } from './fixtures';
import { openMembers, openProjects, openSettings } from './navigation';

const ALICE = 'demo-token-alice';
/** The one extension route the console asks, once, to learn what the server offers. */
const PROBE = /\/user-alice\/billingSummary$/;

let api: ApiProcess;
let dataDir = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'platform-only-'));
  api = await startApi(['--platform-only', '--data', join(dataDir, 'state.sqlite')]);
});

test.afterAll(async () => {
  if (api) await stopApi(api);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Chromium logs each 4xx answer; the probe's refusal (the server has no such method) is the expected one. */
function allowProbeRefusal(pageErrors: PageErrors): void {
  pageErrors.allow(/status of 422 .*\/user-alice\/billingSummary\)$/);
}

/** Signs in to the platform-only server with its URL and Alice's token, as a person would. */
async function signInToPlatform(page: Page): Promise<void> {
  await page.goto('/sign-in');
  const form = page.getByRole('form', { name: 'Sign in to another API' });
  await form.getByLabel('API URL').fill(api.url);
  await form.getByLabel('Token').fill(ALICE);
  await form.getByRole('button', { name: 'Sign in with this API' }).click();
  await expect(page).toHaveURL(/\/orgs$/);
  await expect(page.getByRole('banner')).toContainText('Alice Liddell');
}

/** What the platform-only server holds, asked as Alice. */
async function members(orgId: string): Promise<Record<string, Record<string, unknown>>> {
  const { body } = await postJson(`${api.url}/${orgId}/findMembers`, ALICE, {});
  const { results } = body as { results: { id: string }[] };
  return Object.fromEntries(results.map((member) => [member.id, member]));
}

/** No control on the page offers a retry (nothing shown failed). */
async function expectNothingToRetry(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: /Retry|Try again/ })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
}

test.beforeEach(({ pageErrors }) => allowProbeRefusal(pageErrors));

test('sign in with URL and token, All Orgs: the server is asked once what it offers', async ({ page }) => {
  const probes: Request[] = [];
  page.on('request', (request) => {
    if (PROBE.test(request.url())) probes.push(request);
  });
  await signInToPlatform(page);
  const orgs = page.getByRole('table', { name: 'Orgs you administer' });
  await expect(orgs.getByRole('rowheader', { name: 'Acme Genomics', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // Screens that need to know, one after the other: still one question in this session.
  await page.goto('/orgs/org-acme/activity');
  await expect(page.getByText('This server keeps no audit log.')).toBeVisible();
  await page.goto('/billing');
  await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();
  await page.goto('/orgs/org-acme/billing');
  await expect(page.getByText('This server gives no usage reports.')).toBeVisible();
  expect(probes.map((request) => request.postDataJSON() as unknown)).toEqual([{ months: 1 }]);
});

test('Members: invite, edit access and remove, as on the platform', async ({ page }) => {
  await signInToPlatform(page);
  const table = await openMembers(page, 'org-acme');

  await page.getByRole('button', { name: 'Invite' }).click();
  const invite = page.getByRole('dialog', { name: 'Invite people to Acme Genomics' });
  await invite.getByLabel('Usernames or user IDs').fill('Dave');
  await expect(invite.getByRole('list', { name: 'To invite' }).getByRole('listitem')).toHaveText([
    'user-dave: Dave Fischer',
  ]);
  await invite.getByLabel('Shared project access').selectOption('VIEW');
  await expectNoAxeViolations(page);
  await invite.getByRole('button', { name: 'Invite', exact: true }).click();
  await expect(page.getByText('Invited 1 person to Acme Genomics.')).toBeVisible();
  await invite.getByRole('button', { name: 'Done' }).click();
  await expect(table.getByRole('row', { name: /Dave Fischer/ })).toContainText('View');

  await table.getByRole('button', { name: 'Edit access of Carol Okafor' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit access of Carol Okafor' });
  await edit.getByLabel('Shared project access').selectOption('UPLOAD');
  await edit.getByRole('button', { name: 'Save changes for 1 member' }).click();
  await expect(page.getByText('Updated the access of 1 member of Acme Genomics.')).toBeVisible();

  await table.getByRole('checkbox', { name: 'Select Bob Nakamura' }).check();
  await page.getByRole('region', { name: 'Selected rows' }).getByRole('button', { name: 'Remove' }).click();
  const remove = page.getByRole('alertdialog', { name: 'Remove 1 member from Acme Genomics?' });
  // What Bob would lose is read from the platform's own routes (the org's projects and apps).
  await expect(remove.getByRole('list', { name: 'What each member will lose' })).toContainText('Bob Nakamura');
  await expectNoAxeViolations(page);
  await remove.getByRole('button', { name: 'Remove 1 member' }).click();
  const report = page.getByRole('alertdialog', { name: 'Removal report' });
  await expect(report).toContainText('Bob Nakamura');
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(table.getByRole('row', { name: /Bob Nakamura/ })).toHaveCount(0);

  const stored = await members('org-acme');
  expect(stored['user-dave']).toMatchObject({ level: 'MEMBER', projectAccess: 'VIEW' });
  expect(stored['user-carol']).toMatchObject({ projectAccess: 'UPLOAD' });
  expect(stored['user-bob']).toBeUndefined();
  await expectNothingToRetry(page);
});

test('Projects: grant yourself Administer, then the project page in full', async ({ page }, testInfo) => {
  await signInToPlatform(page);
  const table = await openProjects(page, 'org-acme', { search: '?q=Cardio' });
  const name = 'Cardio GWAS 2026 – release 2';
  const cardio = table.getByRole('row', { name: new RegExp(name) });
  await cardio.getByRole('button', { name: `Grant yourself Administer on ${name}` }).click();
  await expect(page.getByText(`You now administer ${name}.`)).toBeVisible();
  await expect(cardio).toContainText('Administer');

  await cardio.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const limits = page.getByRole('region', { name: 'Monthly limits' });
  // The project's own limits are shown; whether they may be changed is the license the server does not show.
  await expect(limits).toContainText('Monthly compute limit');
  await expect(limits).toContainText(
    'Shown, not changed here: this server does not say whether Acme Genomics holds the project spending limits license.',
  );
  await expect(limits.getByRole('button', { name: 'Save limits' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expectNothingToRetry(page);
  await page.screenshot({ path: testInfo.outputPath('project-page.png'), fullPage: true });
});

test('Settings: policies save; default project limits and licenses read as not offered', async ({ page }, testInfo) => {
  await signInToPlatform(page);
  await openSettings(page, 'org-acme');
  const policies = page.getByRole('region', { name: 'Policies and administration' });
  await policies.getByRole('switch', { name: 'Job reuse' }).click();
  const update = page.waitForRequest((request) => request.url().endsWith('/org-acme/update'));
  await policies.getByRole('button', { name: 'Save policies' }).click();
  expect((await update).postDataJSON()).toEqual({ policies: { jobReuse: true } });
  await expect(policies.getByRole('status')).toContainText('Job reuse: Off → On');

  const limits = page.getByRole('region', { name: 'Monthly project spending limits' });
  await expect(limits).toHaveText(/This server keeps no default project limits\./);
  await expect(limits).not.toContainText('No limit');
  await expect(limits.getByRole('button')).toHaveCount(0);
  const jobLogs = page.getByRole('region', { name: 'Job logs forwarding' });
  await expect(jobLogs).toContainText(
    'Not offered here: this server does not say whether Acme Genomics holds the job logs forwarding license.',
  );
  await expect(jobLogs.getByRole('textbox')).toHaveCount(0);
  // Licenses are not in the platform's describe: nothing claims the org lacks one.
  await expect(page.getByText(/does not hold/)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expectNothingToRetry(page);
  await page.screenshot({ path: testInfo.outputPath('settings.png'), fullPage: true });

  const { body } = await postJson(`${api.url}/org-acme/describe`, ALICE, {});
  expect(body).toMatchObject({ policies: { jobReuse: true } });
});

test('Billing: the tiles show the figures the describe gives; nothing that would fail is offered', async ({ page }) => {
  const extensionCalls: string[] = [];
  page.on('request', (request) => {
    const method = new URL(request.url()).pathname.split('/')[2] ?? '';
    if (/^(billingSummary|usageReport|requestSpendingLimitChange|findAuditEvents)$/.test(method))
      extensionCalls.push(request.url());
  });
  await signInToPlatform(page);
  await page.goto('/billing?open=org-acme');
  const tile = page.getByRole('article', { name: /Acme Genomics/ });
  await expect(tile.getByText('Spending limit', { exact: true })).toBeVisible();
  await expect(tile.getByText('Total charges to date')).toBeVisible();
  await expect(tile.getByText('This server does not show who is responsible for the org’s invoices.')).toBeVisible();
  await expect(tile.getByRole('button', { name: /Set up billing|Confirm as billing contact/ })).toHaveCount(0);
  await expect(tile.getByText('This server gives the charges to date only, not by month.')).toBeVisible();
  await expect(tile.getByText('This server takes no spending limit requests.')).toBeVisible();
  await expect(tile.getByText('This server gives no usage reports.')).toBeVisible();
  await expect(tile.getByRole('table', { name: /Charges to .* by month/ })).toHaveCount(0);
  await expect(tile.getByLabel('Amount (USD)')).toHaveCount(0);
  await expect(tile.getByRole('button', { name: /Download/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expectNothingToRetry(page);

  // The person's own account too.
  const own = page.getByRole('article', { name: /Alice Liddell/ });
  await own.getByRole('button', { name: /Alice Liddell/ }).click();
  await expect(own.getByText('This server gives the charges to date only, not by month.')).toBeVisible();
  await expectNothingToRetry(page);
  // Only the one question at sign-in: no extension was called to fail.
  expect(extensionCalls).toHaveLength(1);
});

test('Activity: one line, no table, nothing to retry', async ({ page }) => {
  await signInToPlatform(page);
  await page.goto('/orgs/org-acme/activity');
  const tab = page.getByRole('region', { name: 'Activity' });
  await expect(tab.getByText('This server keeps no audit log.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectNothingToRetry(page);
  await expectNoAxeViolations(page);
});

test.describe('Activity and Billing fit at 1440×900 and 390×844, light and dark', () => {
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${width}×${height} ${theme}`, async ({ page }, testInfo) => {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
        await signInToPlatform(page);
        await page.goto('/orgs/org-acme/activity');
        await expect(page.getByText('This server keeps no audit log.')).toBeVisible();
        await expectNoPageOverflow(page);
        await expectNoAxeViolations(page, { impacts: ['serious', 'critical'] });
        await page.screenshot({ path: testInfo.outputPath(`activity-${width}-${theme}.png`), fullPage: true });

        await page.goto('/orgs/org-acme/billing');
        await expect(page.getByText('This server gives no usage reports.')).toBeVisible();
        await expectNoPageOverflow(page);
        await expectNoAxeViolations(page, { impacts: ['serious', 'critical'] });
        await page.screenshot({ path: testInfo.outputPath(`billing-${width}-${theme}.png`), fullPage: true });
      });
    }
  }
});
