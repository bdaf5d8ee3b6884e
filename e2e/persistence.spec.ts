import { test, expect, expectNoAxeViolations, signInAs } from './fixtures';

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
