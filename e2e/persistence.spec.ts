import { apiAsSignedIn, test, expect, expectNoAxeViolations, signInAs } from './fixtures';

/** Renames an org through the embedded API, as Alice, from inside the page. */
async function renameOrg(page: import('@playwright/test').Page, orgId: string, name: string) {
  const status = await page.evaluate(
    async ([id, newName]) => {
      const response = await fetch(`/api/${id}/update`, {
        method: 'POST',
        headers: { Authorization: 'Bearer demo-token-alice', 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: newName }),
      });
      return response.status;
    },
    [orgId, name] as const,
  );
  expect(status).toBe(200);
}

test('the emulator keeps changes across reloads, and "Reset demo data" restores the seed', async ({ page }) => {
  await signInAs(page, /Alice Liddell/);
  const acme = page.getByRole('rowheader', { name: 'Acme Genomics', exact: true });
  await expect(acme).toBeVisible();

  await renameOrg(page, 'org-acme', 'Acme Renamed <b>Labs</b>');
  await page.reload();
  await expect(page.getByRole('rowheader', { name: 'Acme Renamed <b>Labs</b>', exact: true })).toBeVisible();
  await expect(acme).toHaveCount(0);

  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Reset demo data' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Reset demo data?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(/Demo data restored/)).toBeVisible();

  await page.goto('/orgs');
  await expect(acme).toBeVisible();
  await page.reload();
  await expect(acme).toBeVisible();
});

test('cancelling the reset keeps the changes', async ({ page }) => {
  await signInAs(page, /Alice Liddell/);
  await renameOrg(page, 'org-acme', 'Kept Name');
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await page.goto('/orgs');
  await expect(page.getByRole('rowheader', { name: 'Kept Name', exact: true })).toBeVisible();
});

test.describe('the embedded API’s service worker', () => {
  test('stays registered across reloads and page loads, and serves each page from its first request', async ({
    page,
  }) => {
    // Whether a worker controlled the page before any of its scripts ran.
    await page.addInitScript(() => {
      (window as { controlledAtStart?: boolean }).controlledAtStart = navigator.serviceWorker.controller !== null;
    });
    await signInAs(page, /Alice Liddell/);
    for (const step of ['/orgs/org-acme/members', 'reload', '/orgs/org-acme/projects', '/billing', 'reload']) {
      if (step === 'reload') await page.reload();
      else await page.goto(step);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const state = await page.evaluate(async () => ({
        controlledAtStart: (window as { controlledAtStart?: boolean }).controlledAtStart,
        registrations: (await navigator.serviceWorker.getRegistrations()).length,
      }));
      expect(state, `after ${step}`).toEqual({ controlledAtStart: true, registrations: 1 });
    }
    await page.goto('/orgs');
    await expect(page.getByRole('rowheader', { name: 'Acme Genomics', exact: true })).toBeVisible();
  });

  test('keeps answering a page that stays after the browser asked to leave it, and saves its edits', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    await page.goto('/orgs/org-acme/settings');
    const jobReuse = page.getByRole('switch', { name: 'Job reuse' });
    await expect(jobReuse).not.toBeChecked();
    await jobReuse.click();
    await expect(jobReuse).toBeChecked();

    // A reload asks first (unsaved edits); the person stays.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.evaluate(() => window.location.reload());
    // The worker has had every message this page sent it during beforeunload: a round trip after them.
    const answered = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
            if (event.data?.type === 'KEEPALIVE_RESPONSE') resolve(event.data.type);
          });
          navigator.serviceWorker.controller?.postMessage('KEEPALIVE_REQUEST');
        }),
    );
    expect(answered).toBe('KEEPALIVE_RESPONSE');
    await expect(jobReuse).toBeChecked();

    await page.getByRole('button', { name: 'Save policies' }).click();
    await expect(page.getByText(/unsaved change/)).toHaveCount(0);
    const describe = await apiAsSignedIn<{ policies: Record<string, unknown> }>(page, '/org-acme/describe');
    expect(describe.policies).toMatchObject({ jobReuse: true });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(1);
  });
});
