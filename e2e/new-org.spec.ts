import { test, expect, expectNoAxeViolations, signInAs, tabTo } from './fixtures';

test('New org, with the keyboard only: validated as you type, a taken handle caught as typed, then created', async ({
  page,
  pageErrors,
}) => {
  // Checking a handle that is free is answered 404 (ResourceNotFound), which Chromium logs.
  pageErrors.allow(/Failed to load resource: the server responded with a status of 404/);
  await signInAs(page, /Alice Liddell/);
  await expect(page.getByRole('heading', { level: 1, name: 'All Orgs' })).toBeVisible();

  const newOrg = page.getByRole('button', { name: 'New org' });
  await tabTo(page, newOrg, 80);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New org' });
  await expect(dialog).toBeVisible();
  const name = dialog.getByLabel('Name');
  const handle = dialog.getByLabel('Handle');
  await expect(name).toBeFocused();

  // Escape closes it and gives focus back to the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(newOrg).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(name).toBeFocused();

  // The handle follows the name until it is edited.
  await page.keyboard.type('Riverside Genomics Lab');
  await expect(handle).toHaveValue('riverside_genomics_lab');
  await expect(dialog).toContainText('org-riverside_genomics_lab');
  await expect(handle).not.toHaveAttribute('aria-invalid');

  await page.keyboard.press('Tab');
  await expect(handle).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('rg');
  await expect(handle).toHaveAttribute('aria-invalid', 'true');
  await expect(handle).toHaveAccessibleDescription(
    /Handle must be 3 to 64 letters, digits or underscores \(this one has 2\)/,
  );
  await page.keyboard.type('-lab');
  await expect(handle).toHaveAccessibleDescription(/Handle must be 3 to 64 letters, digits or underscores; not “-”/);
  await expectNoAxeViolations(page);

  // Submitting with an invalid field sends nothing and keeps focus on the field.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(handle).toBeFocused();

  // A taken handle is caught as it is typed: said at the field, and Create waits for another.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('acme');
  await expect(handle).toHaveAttribute('aria-invalid', 'true');
  await expect(handle).toHaveAccessibleDescription(/This handle is taken/);
  const create = dialog.getByRole('button', { name: 'Create org' });
  await expect(create).toBeDisabled();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(name).toHaveValue('Riverside Genomics Lab');
  await expect(handle).toHaveValue('acme');
  await expect(handle).toBeFocused();

  // Editing the handle to a free one clears it; the name no longer rewrites an edited handle.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('riverside_lab');
  await expect(handle).not.toHaveAttribute('aria-invalid');
  await expect(create).toBeEnabled();
  await tabTo(page, dialog.getByRole('button', { name: 'Create org' }), 80);
  await page.keyboard.press('Enter');

  await expect(page.getByText('Created Riverside Genomics Lab (org-riverside_lab)')).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/\/orgs\/org-riverside_lab\/members$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Riverside Genomics Lab' })).toBeVisible();
  await expect(
    page
      .locator('.org-header')
      .getByRole('definition')
      .filter({ hasText: /^Admin$/ }),
  ).toBeVisible();

  const allOrgs = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'All Orgs' });
  await tabTo(page, allOrgs, 80);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/orgs$/);
  await expect(page.getByRole('rowheader', { name: 'Riverside Genomics Lab', exact: true })).toBeVisible();
});

test('New org: a blank name is refused before anything is sent, and the input is kept', async ({
  page,
  pageErrors,
}) => {
  pageErrors.allow(/Failed to load resource: the server responded with a status of 404/);
  await signInAs(page, /Alice Liddell/);
  await page.getByRole('button', { name: 'New org' }).click();
  const dialog = page.getByRole('dialog', { name: 'New org' });
  const name = dialog.getByLabel('Name');
  await name.fill('   ');
  await dialog.getByLabel('Handle').fill('blank_name_lab');
  await dialog.getByRole('button', { name: 'Create org' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/Name must not be empty/);
  await expect(name).toBeFocused();
  await expect(dialog.getByLabel('Handle')).toHaveValue('blank_name_lab');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('rowheader', { name: 'blank_name_lab' })).toHaveCount(0);
});
