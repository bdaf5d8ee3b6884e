import {
  apiMembers,
  expect,
  expectNoAxeViolations,
  expectNoPageOverflow,
  issueToken,
  signInAs,
  tabTo,
  test,
} from './fixtures';
import { openMembers } from './navigation';

test.describe('Members tab', () => {
  test('an admin sees the members with their access, filters by level, and the tab passes axe', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const table = await openMembers(page, 'org-acme');
    await expect(page.getByRole('heading', { level: 2, name: 'Members' })).toBeVisible();
    for (const column of [
      'Name',
      'User ID',
      'Level',
      'Billable activities',
      'Shared project access',
      'Shared app access',
    ]) {
      await expect(table.getByRole('columnheader', { name: new RegExp(column) })).toBeVisible();
    }
    const bob = table.getByRole('row', { name: /Bob Nakamura/ });
    await expect(bob).toContainText('user-bob');
    await expect(bob.getByRole('combobox', { name: 'Level of Bob Nakamura (@bob)' })).toHaveValue('MEMBER');
    await expect(bob).toContainText('@bob');
    await expect(page.getByText('28 rows')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Invite' })).toBeVisible();
    await expect(table.getByRole('checkbox', { name: 'Select Bob Nakamura' })).toBeVisible();
    await expectNoAxeViolations(page);

    // The filter button comes before the column's sort button.
    await page.getByRole('button', { name: /^Filter by Level/ }).click();
    await page.getByRole('menuitemcheckbox', { name: /Admin/ }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByText('2 of 28 rows')).toBeVisible();
    await expect(table.getByRole('rowheader', { name: /Alice Liddell/ })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: /Bob Nakamura/ })).toHaveCount(0);
  });

  test('invite one person: they appear in the table with the access chosen', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const table = await openMembers(page, 'org-acme');
    await page.getByRole('button', { name: 'Invite' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite people to Acme Genomics' });
    await expect(dialog.getByRole('tab')).toHaveCount(0); // no accountProvisioning license on Acme
    await dialog.getByLabel('Usernames or user IDs').fill('Dave');
    await expect(dialog.getByText('To invite (1):')).toBeVisible();
    // Looked up as typing pauses: who the entry is.
    await expect(dialog.getByRole('list', { name: 'To invite' }).getByRole('listitem')).toHaveText([
      'user-dave: Dave Fischer',
    ]);
    await dialog.getByLabel('Shared project access').selectOption('VIEW');
    await dialog.getByRole('checkbox', { name: 'Billable activities' }).check();
    await dialog.getByRole('checkbox', { name: 'Send e-mail notification' }).uncheck();
    await expectNoAxeViolations(page);
    const inviteRequest = page.waitForRequest((request) => request.url().endsWith('/api/org-acme/invite'));
    await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
    expect((await inviteRequest).postDataJSON()).toEqual({
      invitee: 'user-dave',
      level: 'MEMBER',
      allowBillableActivities: true,
      projectAccess: 'VIEW',
      appAccess: true,
      archivalManagement: false,
      projectMemberDemotion: false,
      dataDeletion: false,
      dataSearch: false,
      suppressEmailNotification: true,
    });

    const outcomes = dialog.getByRole('table', { name: 'Outcome of each invitation' });
    await expect(outcomes.getByRole('row', { name: /user-dave/ })).toContainText('Invited');
    await expect(page.getByText('Invited 1 person to Acme Genomics.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();

    const dave = table.getByRole('row', { name: /Dave Fischer/ });
    await expect(dave).toContainText('user-dave');
    await expect(dave).toContainText('View');
    await expect(page.getByText('29 rows')).toBeVisible();
    const stored = await apiMembers(page, 'org-acme');
    expect(stored['user-dave']).toMatchObject({
      level: 'MEMBER',
      projectAccess: 'VIEW',
      allowBillableActivities: true,
      appAccess: true,
    });
  });

  test('invite several: new, already a member, no such user and a typo — each outcome is shown', async ({
    page,
    pageErrors,
  }) => {
    pageErrors.allow(/Failed to load resource/);
    await signInAs(page, /Alice Liddell/);
    await openMembers(page, 'org-acme');
    await page.getByRole('button', { name: 'Invite' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite people to Acme Genomics' });
    const box = dialog.getByLabel('Usernames or user IDs');
    await box.fill('username\ndave\nuser-bob\nnobody_here\nx!');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByText(/Not valid: "x!"/)).toBeVisible();
    await dialog.getByRole('button', { name: /^Invite/ }).click();
    await expect(box).toBeFocused();

    await box.fill('username\ndave\nuser-bob, nobody_here');
    await expect(box).not.toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByText('Already members (1), not invited again:')).toBeVisible();
    // Before submitting: each entry checked against the API and the member list.
    await expect(dialog.getByRole('list', { name: 'To invite' }).getByRole('listitem')).toHaveText([
      'user-dave: Dave Fischer',
      'user-nobody_here: No such user: check the spelling, or leave them out',
    ]);
    await expect(dialog.getByRole('list', { name: 'Already members' })).toHaveText('user-bob: Already a member');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Invite 2 people' }).click();

    const outcomes = dialog.getByRole('table', { name: 'Outcome of each invitation' });
    await expect(outcomes.getByRole('row', { name: /user-dave/ })).toContainText('Invited');
    await expect(outcomes.getByRole('row', { name: /user-bob/ })).toContainText('Already a member');
    const nobody = outcomes.getByRole('row', { name: /user-nobody_here/ });
    await expect(nobody).toContainText('No such user');
    await expect(nobody).toContainText('ResourceNotFound');
    await expect(page.getByText(/Invited 1 person to Acme Genomics; 1 invitation failed/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('choosing ADMIN greys out the flags, says why, and invites an admin', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const table = await openMembers(page, 'org-acme');
    await page.getByRole('button', { name: 'Invite' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite people to Acme Genomics' });
    await dialog.getByRole('checkbox', { name: 'Data search' }).check();
    await dialog.getByLabel('Level').selectOption('ADMIN');
    for (const name of ['Billable activities', 'Shared app access', 'Data search', 'Data deletion']) {
      const box = dialog.getByRole('checkbox', { name });
      await expect(box).toBeDisabled();
      await expect(box).toHaveAttribute('aria-disabled', 'true');
      await expect(box).toBeChecked();
    }
    await expect(dialog.getByLabel('Shared project access')).toBeDisabled();
    await expect(dialog.getByText('An admin has every permission below')).toBeVisible();
    await expectNoAxeViolations(page);
    // Switching back restores what was chosen for a member.
    await dialog.getByLabel('Level').selectOption('MEMBER');
    await expect(dialog.getByRole('checkbox', { name: 'Data search' })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: 'Data deletion' })).not.toBeChecked();
    await dialog.getByLabel('Level').selectOption('ADMIN');

    await dialog.getByLabel('Usernames or user IDs').fill('dave');
    await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(table.getByRole('combobox', { name: 'Level of Dave Fischer (@dave)' })).toHaveValue('ADMIN');
  });

  test('keyboard only: open Invite, type, choose, submit and close', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const table = await openMembers(page, 'org-acme');
    const invite = page.getByRole('button', { name: 'Invite' });
    await tabTo(page, invite, 40);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Invite people to Acme Genomics' });
    const box = dialog.getByLabel('Usernames or user IDs');
    await expect(box).toBeFocused();
    await page.keyboard.type('dave');
    const billable = dialog.getByRole('checkbox', { name: 'Billable activities' });
    await tabTo(page, billable, 10);
    await page.keyboard.press('Space');
    await expect(billable).toBeChecked();
    await tabTo(page, dialog.getByRole('button', { name: 'Invite', exact: true }), 20);
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('heading', { name: 'Outcome for each invitee' })).toBeFocused();
    await tabTo(page, dialog.getByRole('button', { name: 'Done' }), 5);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(invite).toBeFocused();
    await expect(table.getByRole('row', { name: /Dave Fischer/ })).toContainText('Yes');
  });

  test('create a new user where the org holds accountProvisioning; refusals show at the field', async ({
    page,
    pageErrors,
  }) => {
    pageErrors.allow(/Failed to load resource/);
    await signInAs(page, /Alice Liddell/);
    const table = await openMembers(page, 'org-pilot');
    await page.getByRole('button', { name: 'Invite' }).click();
    const dialog = page.getByRole('dialog', { name: /Invite people to/ });
    await dialog.getByRole('tab', { name: 'Create new user' }).click();
    const panel = dialog.getByRole('tabpanel', { name: 'Create new user' });

    const username = panel.getByLabel('Username');
    await username.fill('x');
    await expect(username).toHaveAttribute('aria-invalid', 'true');
    await expect(panel.getByText(/Username must be 3 to 64 letters/)).toBeVisible();
    const email = panel.getByLabel('E-mail', { exact: true });
    await email.fill('not-an-email');
    await expect(panel.getByText(/E-mail must be a valid e-mail address/)).toBeVisible();
    await expect(panel.getByRole('checkbox', { name: 'Make this org their default billing account' })).toHaveCount(0);
    await panel.getByRole('checkbox', { name: 'Billable activities' }).check();
    await expect(panel.getByRole('checkbox', { name: 'Make this org their default billing account' })).toBeVisible();
    await expectNoAxeViolations(page);

    // A username that is taken: the API's refusal shows at the username field, the rest is kept.
    await username.fill('bob');
    await email.fill('new.person@example.org');
    await panel.getByLabel('First name').fill('Nova');
    await panel.getByLabel('Last name').fill('Quinn');
    await panel.getByRole('button', { name: 'Create and invite' }).click();
    await expect(username).toBeFocused();
    await expect(username).toHaveAttribute('aria-invalid', 'true');
    await expect(panel.getByText('The username bob is taken')).toBeVisible();
    // `/user/new` is the auth server's route: it refuses with its own error type.
    await expect(panel.getByText('InvalidUserInput', { exact: true })).toBeVisible();
    await expect(panel.getByLabel('First name')).toHaveValue('Nova');

    await username.fill('nova.quinn');
    await panel.getByRole('checkbox', { name: 'Make this org their default billing account' }).check();
    const userNew = page.waitForRequest((request) => request.url().endsWith('/user/new'));
    await panel.getByRole('button', { name: 'Create and invite' }).click();
    await expect(panel.getByRole('heading', { name: 'Created Nova Quinn' })).toBeVisible();
    await expect(page.getByText(/Created Nova Quinn \(user-nova\.quinn\) and added them/)).toBeVisible();
    await panel.getByRole('button', { name: 'Done' }).click();
    const nova = table.getByRole('row', { name: /Nova Quinn/ });
    await expect(nova).toContainText('user-nova.quinn');
    const stored = await apiMembers(page, 'org-pilot');
    expect(stored['user-nova.quinn']).toMatchObject({ level: 'MEMBER', allowBillableActivities: true });
    // Nobody else may read a person's default billing account: what the console asked for is the check.
    expect((await userNew).postDataJSON()).toMatchObject({
      username: 'nova.quinn',
      email: 'new.person@example.org',
      billTo: 'org-pilot',
      provisioningOrg: 'org-pilot',
    });
  });

  test('inline level: make an admin a member from the keyboard, then Undo; the only admin of org-pilot is refused', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    let table = await openMembers(page, 'org-acme');
    const before = await apiMembers(page, 'org-acme');
    const level = table.getByRole('combobox', { name: 'Level of Beatriz Rossi (@beatriz.rossi)' });
    await expect(level).toHaveValue('ADMIN');
    await level.focus();
    await level.selectOption('MEMBER');
    const toast = page.getByRole('listitem').filter({ hasText: 'Beatriz Rossi is now a member of Acme Genomics.' });
    await expect(toast).toBeVisible();
    await expect(level).toHaveValue('MEMBER');
    expect((await apiMembers(page, 'org-acme'))['user-beatriz.rossi']).toMatchObject({ level: 'MEMBER' });
    // The toast lasts a few seconds: Undo from the keyboard (Tab reaches the toast's buttons).
    await toast.getByRole('button', { name: 'Undo' }).focus();
    await page.keyboard.press('Enter');
    await expect(level).toHaveValue('ADMIN');
    expect(await apiMembers(page, 'org-acme')).toEqual(before);
    await expectNoAxeViolations(page);

    table = await openMembers(page, 'org-pilot');
    const calls: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/setMemberAccess')) calls.push(request.url());
    });
    const alice = table.getByRole('combobox', { name: 'Level of Alice Liddell (@alice)' });
    await alice.selectOption('MEMBER');
    await expect(
      page.getByText('Northwind Pilot Program would have no admin: Alice Liddell is its only admin.', { exact: false }),
    ).toBeVisible();
    await expect(alice).toHaveValue('ADMIN');
    expect(calls).toEqual([]);
  });

  test('a member who may not list members is told why, not shown an error page', async ({ page, pageErrors }) => {
    pageErrors.allow(/Failed to load resource: the server responded with a status of 401/);
    await signInAs(page, /Bob Nakamura/);
    await page.goto('/orgs/org-acme/members');
    await expect(page.getByText('Only admins of Acme Genomics can see its member list')).toBeVisible();
    await expect(page.getByText('PermissionDenied', { exact: true })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Invite' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('someone who may list members but not manage them sees a read-only list', async ({ page }) => {
    // org-sharing's member list is PUBLIC: Bob may read it, and administers nothing there.
    await signInAs(page, /Bob Nakamura/);
    const table = await openMembers(page, 'org-sharing');
    await expect(table.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Invite' })).toHaveCount(0);
    await expect(table.getByRole('button', { name: /Edit access|Remove|Actions for/ })).toHaveCount(0);
    await expect(table.getByRole('columnheader', { name: 'Level' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a member of an org whose list is visible to members sees it read-only', async ({ page }) => {
    // Isaac Bauer, a member of org-smalllab (memberListVisibility MEMBER), is not on the sign-in page:
    // sign in with a token issued to him, the way the console keeps an embedded session.
    await page.goto('/sign-in');
    const token = await issueToken(page, 'user-isaac.bauer');
    await page.evaluate(
      (secret) =>
        localStorage.setItem(
          'org-console.session.embedded.v1',
          JSON.stringify({ userId: 'user-isaac.bauer', token: secret }),
        ),
      token,
    );
    const table = await openMembers(page, 'org-smalllab');
    await expect(page.getByRole('banner')).toContainText('Isaac Bauer');
    await expect(page.getByText('You are a member of Riverside Small Lab')).toBeVisible();
    await expect(table.getByRole('rowheader', { name: /Isaac Bauer/ })).toBeVisible();
    await expect(page.getByText('5 rows')).toBeVisible();
    await expect(table.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Invite' })).toHaveCount(0);
    await expect(table.getByRole('columnheader', { name: 'Actions' })).toHaveCount(0);
    // findMembers gives nobody members' e-mail addresses: no such column to choose.
    await page.getByRole('button', { name: 'Columns' }).click();
    await expect(page.getByRole('menuitemcheckbox', { name: 'Custom roles' })).toBeVisible();
    await expect(page.getByRole('menuitemcheckbox', { name: 'E-mail' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expectNoAxeViolations(page);
  });
});

test.describe('Members at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("every row's actions are in view without scrolling sideways; Remove is in the row's ⋯ menu", async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    const table = await openMembers(page, 'org-acme');
    for (const member of ['Alice Liddell (@alice)', 'Bob Nakamura (@bob)', 'Carol Okafor (@carol)']) {
      // In view means not clipped by the table's own scroll box either.
      await expect(table.getByRole('button', { name: `Edit access of ${member}` })).toBeInViewport({ ratio: 1 });
      await expect(table.getByRole('button', { name: `Actions for ${member}` })).toBeInViewport({ ratio: 1 });
    }
    await expectNoPageOverflow(page);

    await table.getByRole('button', { name: 'Actions for Bob Nakamura (@bob)' }).click();
    await page.getByRole('menuitem', { name: 'Remove from Acme Genomics' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Remove 1 member from Acme Genomics?' });
    await expect(dialog.getByRole('list', { name: 'What each member will lose' })).toBeVisible();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
  });
  test("a row's ⋯ menu works from the keyboard: Enter opens it on its first item, Escape closes it back on the button", async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    const table = await openMembers(page, 'org-acme');
    const actions = table.getByRole('button', { name: 'Actions for Bob Nakamura (@bob)' });
    await tabTo(page, actions, 80);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);
    await expect(actions).toBeFocused();
  });
});

test.describe('Members at 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the page does not scroll sideways, with the table and with each dialog open', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const table = await openMembers(page, 'org-acme');
    await expectNoPageOverflow(page);

    await page.getByRole('button', { name: 'Invite' }).click();
    const invite = page.getByRole('dialog', { name: 'Invite people to Acme Genomics' });
    await expect(invite.getByLabel('Usernames or user IDs')).toBeVisible();
    await expectNoPageOverflow(page);
    await invite.getByRole('button', { name: 'Cancel' }).click();

    const bob = table.getByRole('checkbox', { name: 'Select Bob Nakamura' });
    await bob.click();
    await page.getByRole('region', { name: 'Selected rows' }).getByRole('button', { name: 'Edit access' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit access of Bob Nakamura' });
    await expect(edit.getByLabel('Level')).toBeVisible();
    await expectNoPageOverflow(page);
  });
});
