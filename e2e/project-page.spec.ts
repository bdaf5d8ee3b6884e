import type { Page } from '@playwright/test';
import { apiAsSignedIn, expect, expectNoAxeViolations, signInAs, test } from './fixtures';
import { openProject } from './navigation';

const REFUSED_READ = /Failed to load resource: the server responded with a status of 40[14]/;

interface Found {
  results: { id: string; level: string; describe: { name: string } }[];
}

/** A project the signed-in person can reach, by its exact name. */
async function projectIdByName(page: Page, name: string): Promise<string> {
  const { results } = await apiAsSignedIn<Found>(page, '/system/findProjects', {
    name,
    describe: { fields: { name: true } },
  });
  const id = results.find((project) => project.describe.name === name)?.id;
  expect(id, `project named ${name}`).toBeTruthy();
  return id!;
}

function fact(page: Page, term: string) {
  return page
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

/** As Alice (admin of acme), set acme's policies; the page must be signed in as Alice. */
async function setAcmePolicies(page: Page, policies: Record<string, string>) {
  const answer = await apiAsSignedIn<{ id?: string }>(page, '/org-acme/update', { policies });
  expect(answer.id).toBe('org-acme');
}

test.describe('Project page', () => {
  test('an admin of the billing org grants themselves Administer; it holds after a reload; the page passes axe', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    const { results } = await apiAsSignedIn<Found>(page, '/org-acme/findProjects', {
      describe: { fields: { name: true } },
    });
    const hidden = results.find((project) => project.level === 'NONE');
    expect(hidden).toBeTruthy();
    await openProject(page, hidden!.id);

    await expect(page.getByRole('heading', { level: 1, name: hidden!.describe.name })).toBeVisible();
    await expect(page).toHaveTitle(`${hidden!.describe.name} · Org Console`);
    await expect(fact(page, 'Project ID')).toContainText(hidden!.id);
    await expect(fact(page, 'Billed to')).toContainText('Acme Genomics');
    await expect(fact(page, 'Your access')).toContainText('None (you see it as an admin of Acme Genomics)');
    await expect(page.getByRole('table', { name: `Members of ${hidden!.describe.name}` })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Grant yourself Administer' }).click();
    await expect(page.getByText(`You now have Administer access to ${hidden!.describe.name}.`)).toBeVisible();
    await expect(fact(page, 'Your access')).toHaveText('Administer');
    await expect(page.getByRole('button', { name: 'Grant yourself Administer' })).toHaveCount(0);
    const members = page.getByRole('table', { name: `Members of ${hidden!.describe.name}` });
    await expect(members.getByRole('row', { name: /Alice Liddell/ })).toContainText('Administer');

    await page.reload();
    await expect(fact(page, 'Your access')).toHaveText('Administer');
  });

  test('the access explainer: Carol gets View by the min rule on Shared QC dashboards; a higher explicit grant wins', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    const projectId = await projectIdByName(page, 'Shared QC dashboards');
    await openProject(page, projectId);
    await page.getByRole('tab', { name: 'Access explainer' }).click();
    const table = page.getByRole('table', { name: 'Who has access to Shared QC dashboards' });
    const carol = table.getByRole('row', { name: /Carol Okafor/ });
    await expect(carol).toContainText('View');
    await expect(carol).toContainText(
      'Contribute via Acme Genomics, capped at View by their project access in that org',
    );
    await expect(table.getByRole('row', { name: /Alice Liddell/ })).toContainText(
      'Contribute via Acme Genomics, in full as an admin of that org',
    );
    await expect(page).toHaveURL(/list=access/);
    await expectNoAxeViolations(page);

    // The facet on effective access.
    await page.getByRole('button', { name: /^Filter by Effective access/ }).click();
    await page.getByRole('menuitemcheckbox', { name: /^View/ }).click();
    await page.keyboard.press('Escape');
    await expect(table.getByRole('rowheader', { name: /Carol Okafor/ })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: /Alice Liddell/ })).toHaveCount(0);

    // Alice may grant only with ADMINISTER: she grants it to herself, then gives Carol UPLOAD explicitly.
    await apiAsSignedIn(page, `/${projectId}/invite`, { invitee: 'user-alice', level: 'ADMINISTER' });
    await apiAsSignedIn(page, `/${projectId}/invite`, { invitee: 'user-carol', level: 'UPLOAD' });
    await openProject(page, projectId, '?list=access');
    const after = page.getByRole('table', { name: 'Who has access to Shared QC dashboards' });
    const carolAfter = after.getByRole('row', { name: /Carol Okafor/ });
    await expect(carolAfter).toContainText('Upload');
    await expect(carolAfter).toContainText('Explicit Upload permission (higher than View via Acme Genomics)');
  });

  test('Carol (View) sees the project read-only: one sentence says why, and describes each disabled control', async ({
    page,
  }) => {
    await signInAs(page, /Carol Okafor/);
    const projectId = await projectIdByName(page, 'Shared QC dashboards');
    await openProject(page, projectId);
    await expect(fact(page, 'Your access')).toHaveText('View');
    await expect(
      page.getByText(
        'The member list is shown to people with Administer on the project and to admins of Acme Genomics, which pays for it.',
      ),
    ).toBeVisible();
    // What she may not do is said once, in level labels, and describes each disabled control.
    const note =
      'You have View access to this project. Sharing it, transferring its billing, the Data Protection Notice and monthly limits need Administer.';
    await expect(page.getByText(note)).toBeVisible();
    await expect(page.getByText(/need(s)? Administer/)).toHaveCount(1);
    await expect(page.getByRole('main')).not.toContainText(/ADMINISTER|CONTRIBUTE|\bVIEW\b/);
    const dpn = page.getByRole('switch', { name: 'Data Protection Notice' });
    await expect(dpn).toBeDisabled();
    await expect(dpn).toHaveAccessibleDescription(note);
    const transfer = page.getByRole('button', { name: 'Transfer billing…' });
    await expect(transfer).toBeDisabled();
    await expect(transfer).toHaveAccessibleDescription(note);
    await expect(page.getByRole('button', { name: 'Share' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Grant yourself Administer' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('transfer billing under restrictProjectTransfer ADMIN: refused for Bob (member), allowed for Alice (admin)', async ({
    page,
    pageErrors,
  }) => {
    pageErrors.allow(REFUSED_READ); // Bob may not list acme's members for the explainer
    await signInAs(page, /Bob Nakamura/);
    const consortium = await projectIdByName(page, 'Consortium variant exchange');
    await openProject(page, consortium);
    await expect(fact(page, 'Your access')).toHaveText('Administer');
    await expect(
      page.getByText(
        'Acme Genomics lets only its admins transfer its projects to another account (its Project transfer policy: Admins only); you are a member.',
      ),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Transfer billing…' })).toBeDisabled();

    await signInAs(page, /Alice Liddell/);
    const clinical = await projectIdByName(page, 'Clinical pipeline validation');
    await openProject(page, clinical);
    await page.getByLabel('New billing account').selectOption({ label: 'Helix Clinical Sequencing' });
    await page.getByRole('button', { name: 'Transfer billing…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Transfer billing of Clinical pipeline validation?' });
    await expect(dialog).toContainText('From Acme Genomics to Helix Clinical Sequencing');
    await expectNoAxeViolations(page);
    const update = page.waitForRequest((request) => request.url().endsWith(`/api/${clinical}/update`));
    await dialog.getByRole('button', { name: 'Transfer billing' }).click();
    expect((await update).postDataJSON()).toEqual({ billTo: 'org-helix' });
    await expect(
      page.getByText('Clinical pipeline validation is now billed to Helix Clinical Sequencing.'),
    ).toBeVisible();
    await expect(fact(page, 'Billed to')).toContainText('org-helix');
  });

  test('transfer billing under restrictProjectTransfer MEMBER: Bob may move his project; without ADMINISTER he may not; a refusal by the API is shown', async ({
    page,
    pageErrors,
  }) => {
    pageErrors.allow(REFUSED_READ);
    await signInAs(page, /Alice Liddell/);
    await setAcmePolicies(page, { restrictProjectTransfer: 'MEMBER' });

    await signInAs(page, /Bob Nakamura/);
    // Without ADMINISTER (CONTRIBUTE through acme), the policy does not help.
    const qc = await projectIdByName(page, 'Shared QC dashboards');
    await openProject(page, qc);
    await expect(
      page.getByText(
        'You have Contribute access to this project. Sharing it, transferring its billing, the Data Protection Notice and monthly limits need Administer.',
      ),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Transfer billing…' })).toBeDisabled();

    const consortium = await projectIdByName(page, 'Consortium variant exchange');
    await openProject(page, consortium);
    const transfer = page.getByRole('button', { name: 'Transfer billing…' });
    await expect(transfer).toBeEnabled();

    // The policy changes behind the page's back: the API refuses, and says why.
    await page.evaluate(async () => {
      await fetch('/api/org-acme/update', {
        method: 'POST',
        headers: { Authorization: 'Bearer demo-token-alice', 'Content-Type': 'application/json' },
        body: JSON.stringify({ policies: { restrictProjectTransfer: 'ADMIN' } }),
      });
    });
    await transfer.click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Transfer billing' }).click();
    const failure = page.getByRole('alert').filter({ hasText: 'The API refused the transfer' });
    await expect(failure).toContainText('PermissionDenied');
    await expect(failure).toContainText('org-acme lets only its ADMINs transfer its projects');
    await expect(fact(page, 'Billed to')).toContainText('org-acme');

    // Back to MEMBER: Bob moves the project to his own account.
    await page.evaluate(async () => {
      await fetch('/api/org-acme/update', {
        method: 'POST',
        headers: { Authorization: 'Bearer demo-token-alice', 'Content-Type': 'application/json' },
        body: JSON.stringify({ policies: { restrictProjectTransfer: 'MEMBER' } }),
      });
    });
    await expect(page.getByLabel('New billing account')).toHaveValue('user-bob');
    await transfer.click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Transfer billing' }).click();
    await expect(
      page.getByText('Consortium variant exchange is now billed to Your own account (Bob Nakamura).'),
    ).toBeVisible();
    await expect(fact(page, 'Billed to')).toContainText('(a personal account)');
    await page.reload();
    await expect(fact(page, 'Billed to')).toContainText('user-bob');
  });

  test('share with an org: allowed under projectSharing MEMBER, refused with the reason under ADMIN', async ({
    page,
    pageErrors,
  }) => {
    pageErrors.allow(REFUSED_READ);
    await signInAs(page, /Bob Nakamura/);
    const consortium = await projectIdByName(page, 'Consortium variant exchange');
    await openProject(page, consortium);
    const members = page.getByRole('table', { name: 'Members of Consortium variant exchange' });
    await expect(members.getByRole('row', { name: /Acme Genomics/ })).toContainText('View');
    await page.getByLabel('Org', { exact: true }).selectOption({ label: 'Acme Genomics' });
    await page.getByLabel('Level', { exact: true }).selectOption('CONTRIBUTE');
    const invite = page.waitForRequest((request) => request.url().endsWith(`/api/${consortium}/invite`));
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    expect((await invite).postDataJSON()).toEqual({
      invitee: 'org-acme',
      level: 'CONTRIBUTE',
      suppressEmailNotification: true,
    });
    await expect(page.getByText('Shared Consortium variant exchange with Acme Genomics at Contribute.')).toBeVisible();
    await expect(members.getByRole('row', { name: /Acme Genomics/ })).toContainText('Contribute');

    await signInAs(page, /Alice Liddell/);
    await setAcmePolicies(page, { projectSharing: 'ADMIN' });
    await signInAs(page, /Bob Nakamura/);
    await openProject(page, consortium);
    await page.getByLabel('Org', { exact: true }).selectOption({ label: 'Acme Genomics' });
    await expect(
      page.getByText(
        'Only admins of Acme Genomics may share projects with it (its Project sharing policy: Admins only); you are a member.',
      ),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeDisabled();
  });

  test('the Data Protection Notice toggle persists after a reload', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const clinical = await projectIdByName(page, 'Clinical pipeline validation');
    await openProject(page, clinical);
    const toggle = page.getByRole('switch', { name: 'Data Protection Notice' });
    await expect(toggle).not.toBeChecked();
    // It has no Save: it says it applies at once, and shows its saving state.
    await expect(toggle).toHaveAccessibleDescription('Applies immediately');
    const dpn = page.getByRole('region', { name: 'Data Protection Notice' });
    await expect(dpn).toContainText('Off');
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(page.getByText('Data Protection Notice turned on for Clinical pipeline validation.')).toBeVisible();
    await expect(toggle).toBeChecked();
    await expect(dpn).toContainText('On — saved');
    await expect(dpn.getByText('Unsaved', { exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.getByRole('switch', { name: 'Data Protection Notice' })).toBeChecked();
  });

  test('monthly limits on an acme project: checked as you type, saved, kept after a reload', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    const clinical = await projectIdByName(page, 'Clinical pipeline validation');
    await openProject(page, clinical);
    const compute = page.getByLabel('Monthly compute limit (USD)');
    const save = page.getByRole('button', { name: 'Save limits' });
    await expect(save).toBeDisabled();
    await compute.fill('lots');
    await expect(page.getByText('must be a number, or empty for no limit')).toBeVisible();
    await expect(compute).toHaveAttribute('aria-invalid', 'true');
    await expect(save).toBeDisabled();
    await compute.fill('1234.5');
    await page.getByLabel('Monthly egress limit (GiB)').fill('2');
    const update = page.waitForRequest((request) => request.url().endsWith(`/api/${clinical}/update`));
    await save.click();
    const body = (await update).postDataJSON() as Record<string, unknown>;
    expect(body.monthlyComputeLimit).toBe(1234.5);
    expect(body.monthlyEgressBytesLimit).toBe(2 * 1024 ** 3);
    await expect(page.getByText('Saved the monthly limits of Clinical pipeline validation.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Monthly compute limit (USD)')).toHaveValue('1234.5');
    await expect(page.getByLabel('Monthly egress limit (GiB)')).toHaveValue('2');

    // Northwind Pilot Program holds no projectSpendingLimits license: no form, the reason instead.
    const { results } = await apiAsSignedIn<Found>(page, '/org-pilot/findProjects', {
      describe: { fields: { name: true } },
    });
    await openProject(page, results[0]!.id);
    await expect(
      page.getByText(
        'Monthly limits need the project spending limits license, which Northwind Pilot Program does not hold.',
      ),
    ).toBeVisible();
    await expect(page.getByLabel('Monthly compute limit (USD)')).toHaveCount(0);
  });

  test('an unknown project and one the person may not see show the API’s answer', async ({ page, pageErrors }) => {
    pageErrors.allow(REFUSED_READ);
    await signInAs(page, /Alice Liddell/);
    const clinical = await projectIdByName(page, 'Clinical pipeline validation');
    await page.goto('/projects/project-000000000000000000000000');
    await expect(
      page.getByRole('heading', { level: 1, name: 'There is no project project-000000000000000000000000' }),
    ).toBeVisible();
    await expect(page.getByText('ResourceNotFound', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    await signInAs(page, /Dave Fischer/);
    await page.goto(`/projects/${clinical}`);
    await expect(page.getByRole('heading', { level: 1, name: `You have no access to ${clinical}` })).toBeVisible();
    await expect(page.getByText('PermissionDenied', { exact: true })).toBeVisible();
  });
});
