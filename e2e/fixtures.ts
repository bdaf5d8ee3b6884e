/**
 * Shared Playwright fixtures:
 * - every test fails if the page threw (`pageerror`) or logged a console error,
 *   unless the test declared that error as expected with `pageErrors.allow(/…/)`;
 * - `expectNoAxeViolations(page)` runs axe with the WCAG 2.0/2.1 A and AA rules.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';

export interface PageErrors {
  /** Everything collected so far, as `pageerror: …` / `console.error: …` lines. */
  readonly all: string[];
  /** Declare an error this test provokes on purpose (e.g. the browser's log of a 401). */
  allow(pattern: RegExp): void;
}

export const test = base.extend<{ pageErrors: PageErrors }>({
  pageErrors: [
    async ({ page }, use) => {
      const all: string[] = [];
      const allowed: RegExp[] = [];
      page.on('pageerror', (error) => all.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const where = message.location().url;
        all.push(`console.error: ${message.text()}${where ? ` (${where})` : ''}`);
      });
      await use({ all, allow: (pattern) => allowed.push(pattern) });
      const unexpected = all.filter((line) => !allowed.some((pattern) => pattern.test(line)));
      expect(unexpected, 'the page logged errors or threw').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export type AxeImpact = 'minor' | 'moderate' | 'serious' | 'critical';

/**
 * Fails with one readable line per violation (rule, impact, help, the nodes' selectors).
 * `impacts` limits the check to violations of those impacts (by default every one fails).
 */
export async function expectNoAxeViolations(
  page: Page,
  { impacts, context }: { impacts?: readonly AxeImpact[]; context?: string } = {},
): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations
    .filter((v) => !impacts || impacts.includes(v.impact as AxeImpact))
    .map((v) => `${v.id} [${v.impact ?? 'n/a'}] ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  const what = impacts ? `axe WCAG 2.1 A/AA violations (${impacts.join(', ')})` : 'axe WCAG 2.1 A/AA violations';
  expect(violations, context ? `${what} ${context}` : what).toEqual([]);
}

/** Open the sign-in page and sign in as a demo person, by the name on their button. */
/** The page never scrolls sideways (a table may, inside its own box). */
export async function expectNoPageOverflow(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `the page is ${scrollWidth}px wide in a ${clientWidth}px window`).toBeLessThanOrEqual(
    clientWidth,
  );
}

export async function signInAs(page: Page, name: string | RegExp): Promise<void> {
  await page.goto('/sign-in');
  const people = page.getByRole('list', { name: 'Demo people' });
  await people.getByRole('button', { name }).click();
  // Someone who administers no org lands on the orgs they belong to.
  await expect(page).toHaveURL(/\/orgs(\?level=MEMBER)?$/);
  // Let All Orgs and the header finish their calls before a test navigates away, so that
  // none is cut short.
  await page.waitForLoadState('networkidle');
}

/**
 * A fresh token for someone the sign-in page does not list (seeded people have none),
 * from the embedded emulator's own control route. The page must be on the console.
 */
export async function issueToken(page: Page, userId: string): Promise<string> {
  // The embedded emulator answers once its service worker controls the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const token = await page.evaluate(async (id) => {
    const response = await fetch('/api/emulator/issueToken', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: id }),
    });
    return ((await response.json()) as { token?: string }).token;
  }, userId);
  expect(token, `a token for ${userId}`).toMatch(/^[0-9a-f]{64}$/);
  return token!;
}

/** Press Tab until `target` has focus (at most `limit` times); fails if it never does. */
export async function tabTo(page: Page, target: Locator, limit: number): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** A charge split by kind, with its total, as the API reports it (per month or per project). */
export interface ChargeBreakdown {
  compute: number;
  storage: number;
  egress: number;
  archival: number;
  publicIpv4: number;
  total: number;
}

/** Calls the embedded API from inside the page, as the signed-in person (the page's own session). */
export async function apiAsSignedIn<T>(page: Page, path: string, body: object = {}): Promise<T> {
  return page.evaluate(
    async ([route, payload]) => {
      const { token } = JSON.parse(localStorage.getItem('org-console.session.embedded.v1') ?? '{}') as {
        token: string;
      };
      const response = await fetch(`/api${route}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
      });
      return (await response.json()) as T;
    },
    [path, body] as const,
  );
}

export type StoredMember = Record<string, unknown> & { id: string };

/** The org's members as the API has them, by user ID. */
export async function apiMembers(page: Page, orgId: string): Promise<Record<string, StoredMember>> {
  const { results } = await apiAsSignedIn<{ results: StoredMember[] }>(page, `/${orgId}/findMembers`);
  return Object.fromEntries(results.map((member) => [member.id, member]));
}
