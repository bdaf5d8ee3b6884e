/**
 * Going to a screen and waiting until it shows its content, shared by the specs. The
 * page must be signed in (see `signInAs` in fixtures.ts).
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export interface OpenTableOptions {
  /** Appended to the tab's path: its URL state, e.g. `?sort=name` or `?q=Cardio`. */
  search?: string;
  /** The table's accessible name, when the test knows it exactly (by default any of the tab's tables). */
  name?: string | RegExp;
}

/** Go to `/orgs/{orgId}/{tab}` and wait for the first body row of its table; answers the table. */
async function openOrgTable(
  page: Page,
  orgId: string,
  tab: string,
  defaultName: RegExp,
  { search = '', name = defaultName }: OpenTableOptions,
): Promise<Locator> {
  await page.goto(`/orgs/${orgId}/${tab}${search}`);
  const table = page.getByRole('table', { name });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  return table;
}

/** The org's Members tab, once its table shows a member. */
export function openMembers(page: Page, orgId: string, options: OpenTableOptions = {}): Promise<Locator> {
  return openOrgTable(page, orgId, 'members', /^Members of /, options);
}

/** The org's Projects tab, once its table shows a project. */
export function openProjects(page: Page, orgId: string, options: OpenTableOptions = {}): Promise<Locator> {
  return openOrgTable(page, orgId, 'projects', /^Projects billed to /, options);
}

/** The org's Apps tab, once its table shows an app. */
export function openApps(page: Page, orgId: string, options: OpenTableOptions = {}): Promise<Locator> {
  return openOrgTable(page, orgId, 'apps', /^Apps of /, options);
}

/** The org's Activity tab, once its table shows an event. */
export function openActivity(page: Page, orgId: string, options: OpenTableOptions = {}): Promise<Locator> {
  return openOrgTable(page, orgId, 'activity', /^Activity of /, options);
}

/** The org's Settings tab, once its heading shows. */
export async function openSettings(page: Page, orgId: string): Promise<void> {
  await page.goto(`/orgs/${orgId}/settings`);
  await expect(page.getByRole('heading', { level: 2, name: 'Settings' })).toBeVisible();
}

/** The org's Billing tab; answers its two request and report regions (not waited for). */
export async function openOrgBilling(page: Page, orgId: string): Promise<{ requests: Locator; reports: Locator }> {
  await page.goto(`/orgs/${orgId}/billing`);
  return {
    requests: page.getByRole('region', { name: 'Request a spending limit change' }),
    reports: page.getByRole('region', { name: 'Usage reports' }),
  };
}

/** The Billing page (every account the person may see), through the main navigation. */
export async function openBilling(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();
}

/** One project's page (`query` e.g. `?list=access`), once its heading shows. */
export async function openProject(page: Page, projectId: string, query = ''): Promise<void> {
  await page.goto(`/projects/${projectId}${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
