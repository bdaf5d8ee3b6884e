import type { Locator } from '@playwright/test';
import { apiAsSignedIn, apiMembers, test, expect, expectNoAxeViolations, signInAs } from './fixtures';
import { openMembers } from './navigation';

async function select(table: Locator, names: string[]) {
  for (const name of names) await table.getByRole('checkbox', { name: `Select ${name}` }).check();
}

test.describe('Members: Edit access and Remove', () => {
  test('edit one member from its row: the preview says what changes, and the table shows it', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const table = await openMembers(page, 'org-acme');
    const before = await apiMembers(page, 'org-acme');
    await table.getByRole('button', { name: 'Edit access of Carol Okafor (@carol)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit access of Carol Okafor' });
    // One member: every field starts at her value.
    await expect(dialog.getByLabel('Shared project access')).toHaveValue('VIEW');
    await expect(dialog.getByLabel('Billable activities')).toHaveValue('false');
    await expect(dialog.getByRole('button', { name: 'Nothing to save' })).toBeDisabled();

    await dialog.getByLabel('Shared project access').selectOption('UPLOAD');
    await dialog.getByLabel('Data search').selectOption('true');
    const changes = dialog.getByRole('list', { name: 'Changes' });
    await expect(changes).toHaveText('Carol Okafor: shared project access View → Upload; data search No → Yes');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Save changes for 1 member' }).click();
    await expect(dialog).toBeHidden();
    const toast = page.getByRole('listitem').filter({ hasText: 'Updated the access of 1 member of Acme Genomics.' });
    await expect(toast).toBeVisible();
    await expect(table.getByRole('row', { name: /Carol Okafor/ })).toContainText('Upload');

    const stored = await apiMembers(page, 'org-acme');
    expect(stored['user-carol']).toMatchObject({
      projectAccess: 'UPLOAD',
      dataSearch: true,
      allowBillableActivities: false,
      level: 'MEMBER',
    });

    // Undo on the toast: one call puts her back exactly as she was.
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText('Undone: 1 member of Acme Genomics back as before.')).toBeVisible();
    await expect(table.getByRole('row', { name: /Carol Okafor/ })).toContainText('View');
    expect((await apiMembers(page, 'org-acme'))['user-carol']).toEqual(before['user-carol']);
  });

  test('bulk-edit three members changing only "billable": nothing else changes for them', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    // As a person would: the members without billable activities, all of them in view.
    const table = await openMembers(page, 'org-acme', { search: '?f.billable=false' });
    const before = await apiMembers(page, 'org-acme');
    const ids = ['user-carol', 'user-julia.rossi', 'user-olga.murphy'];
    const names = await Promise.all(
      ids.map(async (id) =>
        (
          await table
            .getByRole('row', { name: new RegExp(id.replace('.', '\\.')) })
            .getByRole('rowheader')
            .innerText()
        )
          .split('\n')[0]!
          .trim(),
      ),
    );
    await select(table, names);
    const bulk = page.getByRole('region', { name: 'Selected rows' });
    await expect(bulk.getByRole('status')).toHaveText('3 selected');
    await bulk.getByRole('button', { name: 'Edit access' }).click();

    const dialog = page.getByRole('dialog', { name: 'Edit access of 3 members' });
    await expect(dialog.getByLabel('Billable activities')).toHaveValue('false');
    await expect(dialog.getByLabel('Shared project access')).toHaveValue(''); // they differ: No change
    await expect(dialog.getByLabel('Shared project access').locator('option:checked')).toHaveText('No change');
    await dialog.getByLabel('Billable activities').selectOption('true');
    const changes = dialog.getByRole('list', { name: 'Changes' }).getByRole('listitem');
    await expect(changes).toHaveCount(3);
    for (const name of names) {
      await expect(changes.filter({ hasText: name })).toHaveText(`${name}: billable activities No → Yes`);
    }
    await expectNoAxeViolations(page);
    const calls: unknown[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/org-acme/setMemberAccess')) calls.push(request.postDataJSON());
    });
    await dialog.getByRole('button', { name: 'Save changes for 3 members' }).click();
    await expect(dialog).toBeHidden();
    // One call, carrying each member's level and only the field touched.
    expect(calls).toEqual([
      Object.fromEntries(ids.map((id) => [id, { level: 'MEMBER', allowBillableActivities: true }])),
    ]);
    await expect(bulk).toBeHidden(); // the selection was cleared

    const after = await apiMembers(page, 'org-acme');
    for (const id of ids) {
      expect(after[id]).toEqual({ ...before[id], allowBillableActivities: true });
    }
    for (const id of Object.keys(before).filter((id) => !ids.includes(id))) {
      expect(after[id]).toEqual(before[id]);
    }
  });

  test('demoting both admins is refused in the dialog: it names them, Save is disabled, nothing is sent', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    const table = await openMembers(page, 'org-acme');
    const before = await apiMembers(page, 'org-acme');
    await page.getByRole('button', { name: /^Filter by Level/ }).click();
    await page.getByRole('menuitemcheckbox', { name: /Admin/ }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByText('2 of 28 rows')).toBeVisible();
    await table.getByRole('checkbox', { name: 'Select all 2 rows' }).check();
    const bulk = page.getByRole('region', { name: 'Selected rows' });
    await bulk.getByRole('button', { name: 'Edit access' }).click();
    const calls: unknown[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/org-acme/setMemberAccess')) calls.push(request.postDataJSON());
    });

    const dialog = page.getByRole('dialog', { name: 'Edit access of 2 members' });
    await dialog.getByLabel('Level').selectOption('MEMBER');
    const changes = dialog.getByRole('list', { name: 'Changes' });
    await expect(changes.getByRole('listitem')).toHaveCount(2);
    const alert = dialog.getByRole('alert');
    await expect(alert).toHaveText(
      'Acme Genomics would have no admin: Alice Liddell and Beatriz Rossi are its only admins. ' +
        'Keep at least one of them an admin, or make someone else an admin first.',
    );
    const save = dialog.getByRole('button', { name: 'Save changes for 2 members' });
    await expect(save).toBeDisabled();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(calls).toEqual([]);
    expect(await apiMembers(page, 'org-acme')).toEqual(before);
    await expect(table.getByRole('combobox', { name: 'Level of Alice Liddell (@alice)' })).toHaveValue('ADMIN');
  });

  test('demoting yourself in Edit access is warned, and allowed', async ({ page, pageErrors }) => {
    // Acme shows its member list to admins only: once a member, the list's refetch is refused (401).
    pageErrors.allow(/Failed to load resource: the server responded with a status of 401/);
    await signInAs(page, /Alice Liddell/);
    const table = await openMembers(page, 'org-acme');
    await table.getByRole('button', { name: 'Edit access of Alice Liddell (@alice)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit access of Alice Liddell' });
    await dialog.getByLabel('Level').selectOption('MEMBER');
    await expect(dialog.getByText('You will lose admin access to this org.')).toBeVisible();
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Save changes for 1 member' }).click();
    const toast = page
      .getByRole('listitem')
      .filter({ hasText: 'Updated the access of 1 member of Acme Genomics. You are no longer an admin of it.' });
    await expect(toast).toBeVisible();
    await expect(toast.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    expect(await apiAsSignedIn(page, '/org-acme/describe')).toMatchObject({ level: 'MEMBER' });
  });

  test('remove two members: the confirmation names them, and the report lists what each lost', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const table = await openMembers(page, 'org-acme');
    await select(table, ['Bob Nakamura', 'Carol Okafor']);
    await page.getByRole('region', { name: 'Selected rows' }).getByRole('button', { name: 'Remove' }).click();

    const dialog = page.getByRole('alertdialog', { name: 'Remove 2 members from Acme Genomics?' });
    const list = dialog.getByRole('list', { name: 'Members to remove' });
    await expect(list.getByRole('listitem')).toHaveText([/Bob Nakamura\s*user-bob/, /Carol Okafor\s*user-carol/]);
    await expect(dialog.getByRole('checkbox', { name: 'Keep their explicit project permissions' })).not.toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: 'Keep their explicit app permissions' })).not.toBeChecked();
    // Before confirming: what each will lose, by name and level, following the options ticked.
    const preview = dialog.getByRole('list', { name: 'What each member will lose' });
    const bobLoses = preview.getByRole('listitem').filter({ hasText: 'Bob Nakamura (@bob)' });
    await expect(bobLoses).toContainText('14 projects (');
    await expect(bobLoses).toContainText('WES cohort 2026 – sprint 3: View');
    await expect(bobLoses).toContainText('4 apps (');
    await dialog.getByRole('checkbox', { name: 'Keep their explicit project permissions' }).check();
    await expect(bobLoses).not.toContainText('14 projects (');
    await dialog.getByRole('checkbox', { name: 'Keep their explicit project permissions' }).uncheck();
    await expect(bobLoses).toContainText('14 projects (');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Remove 2 members' }).click();

    const report = page.getByRole('alertdialog', { name: 'Removal report' });
    const outcomes = report.getByRole('list', { name: 'Outcome for each member' });
    const bob = outcomes.getByRole('listitem').filter({ hasText: 'user-bob' }).first();
    const carol = outcomes.getByRole('listitem').filter({ hasText: 'user-carol' }).first();
    await expect(bob).toContainText('Removed');
    await expect(carol).toContainText('Removed');
    // Projects by name where the org knows them (the seed is deterministic), with the access lost; apps with the role.
    await expect(bob).toContainText('Removed from 14 projects');
    await expect(bob).toContainText('WES cohort 2026 – sprint 3 (had View)');
    await expect(bob).not.toContainText('project-5BuOP1IdykmTQqsYfHBaUXSl');
    await expect(bob).toContainText('Removed from 4 apps');
    await expect(bob).toContainText('app-salmon_quant (authorized user)');
    await expect(carol).toContainText('Removed from 13 projects');
    await expect(page.getByText('Removed 2 members from Acme Genomics.')).toBeVisible();
    await expectNoAxeViolations(page);
    await report.getByRole('button', { name: 'Close' }).click();

    await expect(page.getByText('26 rows')).toBeVisible();
    await expect(table.getByRole('rowheader', { name: /Bob Nakamura/ })).toHaveCount(0);
    const stored = await apiMembers(page, 'org-acme');
    expect(stored['user-bob']).toBeUndefined();
    expect(stored['user-carol']).toBeUndefined();
  });

  test('removing the only admin of org-pilot is refused and reported for that member; leaving is warned', async ({
    page,
    pageErrors,
  }) => {
    pageErrors.allow(/Failed to load resource/);
    await signInAs(page, /Alice Liddell/);
    const table = await openMembers(page, 'org-pilot');
    await table.getByRole('button', { name: 'Actions for Alice Liddell (@alice)' }).click();
    await page.getByRole('menuitem', { name: 'Leave Northwind Pilot Program' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Leave Northwind Pilot Program?' });
    await expect(dialog.getByText('You are removing yourself.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Leave the org' }).click();

    const report = page.getByRole('alertdialog', { name: 'Removal report' });
    const alice = report.getByRole('listitem').filter({ hasText: 'user-alice' }).first();
    await expect(alice).toContainText('Not removed');
    await expect(alice).toContainText('They are still a member. The org as it is now does not allow it');
    await expect(alice).toContainText('InvalidState');
    await expect(alice).toContainText('must keep at least one ADMIN');
    await report.getByRole('button', { name: 'Close' }).click();
    await expect(page).toHaveURL(/\/orgs\/org-pilot\/members/);
    expect((await apiMembers(page, 'org-pilot'))['user-alice']).toMatchObject({ level: 'ADMIN' });
  });

  test('leaving an org with another admin: the report names the projects, and closing it goes to All Orgs', async ({
    page,
    pageErrors,
  }) => {
    // After leaving, the org's queries are refused (401) until the page moves on.
    pageErrors.allow(/Failed to load resource: the server responded with a status of 401/);
    await signInAs(page, /Alice Liddell/);
    const table = await openMembers(page, 'org-helix');
    await table.getByRole('button', { name: 'Actions for Alice Liddell (@alice)' }).click();
    await page.getByRole('menuitem', { name: 'Leave Helix Clinical Sequencing' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Leave Helix Clinical Sequencing?' });
    await expect(dialog.getByText('You are removing yourself.')).toBeVisible();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Leave the org' }).click();

    const report = page.getByRole('alertdialog', { name: 'Removal report' });
    const alice = report.getByRole('listitem').filter({ hasText: 'user-alice' }).first();
    await expect(alice).toContainText('Left the org');
    await expect(alice).toContainText(/Removed from \d+ projects/);
    await expect(alice).not.toContainText(/project-[0-9A-Za-z]{24}/); // names, learnt before leaving
    await report.getByRole('button', { name: 'Close' }).click();
    await expect(page).toHaveURL(/\/orgs$/);
  });
});
