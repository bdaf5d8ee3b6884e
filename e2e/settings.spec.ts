import { createHash } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { apiAsSignedIn, issueToken, test, expect, expectNoAxeViolations, signInAs, tabTo } from './fixtures';
import { openSettings } from './navigation';

const GIB = 1024 ** 3;

function section(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title });
}

/** Alice on Acme's Settings: the policies section and its Project sharing choice. */
async function openAcmePolicies(page: Page): Promise<{ policies: Locator; sharing: Locator }> {
  await signInAs(page, /Alice Liddell/);
  await openSettings(page, 'org-acme');
  const policies = section(page, 'Policies and administration');
  return { policies, sharing: policies.getByRole('radiogroup', { name: 'Project sharing' }) };
}

/** Sign in as a person the sign-in page does not feature, with their token (same emulator state). */
async function signInWithToken(page: Page, userId: string, token: string): Promise<void> {
  await page.evaluate(
    ([id, secret]) =>
      localStorage.setItem('org-console.session.embedded.v1', JSON.stringify({ userId: id, token: secret })),
    [userId, token] as const,
  );
}

test.describe('Settings tab', () => {
  test('an admin renames the org: the header and All Orgs show the new name; the name is checked as typed', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    await openSettings(page, 'org-acme');
    await expect(page.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
    const basic = section(page, 'Basic information');
    await expect(basic).toContainText('org-acme');
    await expect(basic.getByRole('button', { name: 'Copy org ID' })).toBeVisible();
    await expect(basic).toContainText('Alice Liddell');
    await expect(basic.getByRole('link', { name: 'Show the 2 admins in Members' })).toHaveAttribute(
      'href',
      '/orgs/org-acme/members?f.level=ADMIN',
    );
    await expectNoAxeViolations(page);

    await basic.getByRole('button', { name: 'Rename' }).click();
    const name = basic.getByRole('textbox', { name: 'Org name' });
    await expect(name).toBeFocused();
    await name.fill('   ');
    await expect(basic.getByText('Name must not be empty.')).toBeVisible();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await name.fill('Acme Genomics Research');
    await expect(basic.getByText('Name must not be empty.')).toBeHidden();
    await expectNoAxeViolations(page);
    await basic.getByRole('button', { name: 'Save name' }).click();

    await expect(page.getByText('Renamed Acme Genomics to Acme Genomics Research')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme Genomics Research');
    await expect(basic.getByRole('button', { name: 'Rename' })).toBeFocused();
    await expect(page).toHaveTitle(/^Settings · Acme Genomics Research/);

    await page.getByRole('link', { name: 'Show the 2 admins in Members' }).click();
    await expect(page).toHaveURL(/\/orgs\/org-acme\/members\?f\.level=ADMIN$/);
    await expect(page.getByText('2 of 28 rows')).toBeVisible();

    await page.goto('/orgs');
    const orgs = page.getByRole('table', { name: 'Orgs you administer' });
    await expect(orgs.getByRole('row', { name: /Acme Genomics Research/ })).toBeVisible();
  });

  test('two policies changed: Save sends only them, says what changed, and they stay after a reload; Cancel restores', async ({
    page,
  }) => {
    const { policies, sharing } = await openAcmePolicies(page);
    await expect(sharing.getByRole('radio', { name: /^Members/ })).toBeChecked();
    await expect(policies.getByText(/Recommended/).first()).toBeVisible();
    await expect(policies.getByRole('button', { name: 'Save policies' })).toBeDisabled();

    // Cancel puts the saved values back.
    await policies.getByRole('switch', { name: 'Detailed job metrics by default' }).click();
    await policies.getByRole('button', { name: 'Cancel' }).click();
    await expect(policies.getByRole('switch', { name: 'Detailed job metrics by default' })).not.toBeChecked();

    await sharing.getByRole('radio', { name: /^Admins only/ }).click();
    await policies.getByRole('switch', { name: 'Job reuse' }).click();
    await expectNoAxeViolations(page);
    const update = page.waitForRequest((request) => request.url().endsWith('/api/org-acme/update'));
    await policies.getByRole('button', { name: 'Save 2 changes' }).click();
    expect((await update).postDataJSON()).toEqual({ policies: { projectSharing: 'ADMIN', jobReuse: true } });

    const summary = policies.getByRole('status');
    await expect(summary).toContainText('Project sharing: Members → Admins only');
    await expect(summary).toContainText('Job reuse: Off → On');
    await expect(policies.getByRole('button', { name: 'Save policies' })).toBeDisabled();

    await page.reload();
    await expect(
      page.getByRole('radiogroup', { name: 'Project sharing' }).getByRole('radio', { name: /^Admins only/ }),
    ).toBeChecked();
    await expect(page.getByRole('switch', { name: 'Job reuse' })).toBeChecked();
    await expect(page.getByRole('switch', { name: 'Instance upgrade on job restart' })).not.toBeChecked();

    // The Activity tab has the change at the top, made by Alice.
    await page.getByRole('navigation', { name: 'Org sections' }).getByRole('link', { name: 'Activity' }).click();
    const newest = page.getByRole('table', { name: 'Activity of Acme Genomics' }).getByRole('row').nth(1);
    await expect(newest.getByRole('rowheader')).toHaveText('Alice Liddell');
    await expect(newest).toContainText('Changed org settings');
    // Worded as Settings words it.
    await expect(newest).toContainText('Project sharing: Members → Admins only');
    await expect(newest).toContainText('Job reuse: Off → On');
  });

  test('member list visibility decides whether a member may list members; members see settings read-only', async ({
    page,
    pageErrors,
  }) => {
    pageErrors.allow(/Failed to load resource: the server responded with a status of 401/);
    await signInAs(page, /Carol Okafor/);
    await page.goto('/orgs/org-acme/members');
    await expect(page.getByRole('table', { name: /^Members of / })).toHaveCount(0);
    await expect(page.getByText('PermissionDenied')).toBeVisible();

    await openSettings(page, 'org-acme');
    const basic = section(page, 'Basic information');
    await expect(basic.getByText('Not shown: the member list is not visible to you').first()).toBeVisible();
    await expect(page.getByRole('button', { name: /^Save/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Rename' })).toHaveCount(0);
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expect(section(page, 'Policies and administration')).toContainText('Admins only');
    await expect(section(page, 'Job logs forwarding')).toContainText(/needs? a license/);
    await expect(section(page, 'Monthly project spending limits')).toContainText(
      'Only admins of Acme Genomics change the default limits.',
    );
    await expectNoAxeViolations(page);

    await signInAs(page, /Alice Liddell/);
    await openSettings(page, 'org-acme');
    const visibility = page.getByRole('radiogroup', { name: 'Member list visibility' });
    await visibility.getByRole('radio', { name: /^Members/ }).click();
    await page.getByRole('button', { name: 'Save policies' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Member list visibility: Admins only → Members' }),
    ).toBeVisible();

    await signInAs(page, /Carol Okafor/);
    await page.goto('/orgs/org-acme/members');
    await expect(
      page.getByRole('table', { name: 'Members of Acme Genomics' }).getByRole('row', { name: /Bob Nakamura/ }),
    ).toBeVisible();
    await openSettings(page, 'org-acme');
    await expect(section(page, 'Basic information')).toContainText('Alice Liddell');
    // The member count, now that Carol may list members (it reads "Not shown…" while she may not).
    await expect(section(page, 'Basic information').locator('dt:text-is("Members") + dd')).toHaveText('28');
  });

  test('a non-member of a public org sees its name, ID and handle only, without a crash', async ({ page }) => {
    await signInAs(page, /Dave Fischer/);
    await openSettings(page, 'org-sharing');
    const basic = section(page, 'Basic information');
    await expect(basic).toContainText('Cross-Lab Sharing Consortium');
    await expect(basic).toContainText('org-sharing');
    await expect(basic.getByText('Created')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Policies and administration' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Save|^Rename/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('job logs forwarding on org-helix: the token is sent once and shows nowhere after (DOM, responses, audit log); Disable', async ({
    page,
  }) => {
    const token = 'e2e-hec-token-5b1f0c2a9d';
    const signature = createHash('sha256').update(token).digest('hex');
    const bodies: Promise<string>[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/api/')) bodies.push(response.text().catch(() => ''));
    });

    await signInAs(page, /Alice Liddell/);
    await openSettings(page, 'org-helix');
    const forwarding = section(page, 'Job logs forwarding');
    await expect(forwarding).toContainText('https://hec.helixclinical.example:8088/services/collector/event');
    await expect(forwarding.getByRole('button', { name: 'Copy token signature' })).toBeVisible();
    await expectNoAxeViolations(page);

    const url = forwarding.getByRole('textbox', { name: 'HEC URL' });
    await url.fill('http://hec.example.org/collector');
    await expect(forwarding.getByText('HEC URL must be an https:// URL.')).toBeVisible();
    await url.fill('https://hec.example.org:8088/services/collector');
    await expect(forwarding.getByText('HEC URL must be an https:// URL.')).toBeHidden();
    const tokenField = forwarding.getByLabel('HEC token');
    await expect(tokenField).toHaveAttribute('type', 'password');
    await tokenField.fill(token);
    await forwarding.getByRole('button', { name: 'Replace destination' }).click();

    await expect(page.getByText(/Job logs of Helix Clinical Sequencing are forwarded/)).toBeVisible();
    await expect(forwarding).toContainText('https://hec.example.org:8088/services/collector');
    await expect(forwarding).toContainText(`${signature.slice(0, 12)}…`);
    // Who set it: the name first, the ID after it.
    await expect(forwarding.getByRole('definition').filter({ hasText: 'user-alice' })).toHaveText(
      /^Alice Liddell user-alice on /,
    );
    await expect(tokenField).toHaveValue('');
    expect(await page.content()).not.toContain(token);
    const values = await page
      .locator('input')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(values.join('\n')).not.toContain(token);
    expect(page.url()).not.toContain(token);

    const audit = await apiAsSignedIn<{ results: unknown[] }>(page, '/org-helix/findAuditEvents', {});
    const auditText = JSON.stringify(audit);
    expect(auditText).toContain(signature);
    expect(auditText).not.toContain(token);

    await forwarding.getByRole('button', { name: 'Disable' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Disable job logs forwarding?' });
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Disable forwarding' }).click();
    await expect(confirm).toBeHidden();
    await expect(forwarding).toContainText('Off: disabled by Alice Liddell user-alice on');
    await expect(forwarding.getByRole('button', { name: 'Disable' })).toHaveCount(0);
    await expect(forwarding.getByRole('button', { name: 'Start forwarding' })).toBeVisible();

    const responses = await Promise.all(bodies);
    // The bodies were read (the describe after saving carries the new signature), and none holds the token.
    expect(responses.some((body) => body.includes(signature))).toBe(true);
    for (const body of responses) expect(body).not.toContain(token);
  });

  test('default project limits: saved, then applied to every project of the org, which then carry them', async ({
    page,
  }) => {
    await signInAs(page, /Alice Liddell/);
    const { projectCount } = await apiAsSignedIn<{ projectCount: number }>(page, '/org-acme/describe');
    await openSettings(page, 'org-acme');
    const limits = section(page, 'Monthly project spending limits');
    await limits.getByLabel('Compute (US$ per month)').fill('-5');
    await expect(limits.getByText('A limit cannot be negative.')).toBeVisible();
    await expect(limits.getByRole('button', { name: 'Save default limits' })).toBeDisabled();
    await limits.getByLabel('Compute (US$ per month)').fill('1234');
    await limits.getByLabel('Data egress (GiB per month)').fill('50');
    await limits.getByLabel('Storage (US$ per month)').fill('300');
    await limits
      .getByRole('combobox', { name: 'When a project reaches a limit' })
      .selectOption({ label: 'Block new jobs' });
    await expect(limits.getByRole('button', { name: 'Apply to all existing projects' })).toBeDisabled();
    await expectNoAxeViolations(page);
    await limits.getByRole('button', { name: 'Save default limits' }).click();
    await expect(page.getByText('Saved the default project limits of Acme Genomics.')).toBeVisible();

    await limits.getByRole('button', { name: 'Apply to all existing projects' }).click();
    const confirm = page.getByRole('alertdialog', { name: `Apply the default limits to ${projectCount} projects?` });
    await expect(confirm).toContainText('Compute: $1,234.00');
    await expect(confirm).toContainText('Data egress: 50 GiB');
    await confirm.getByRole('button', { name: 'Apply to all projects' }).click();
    await expect(confirm).toBeHidden();
    await expect(limits.getByRole('status')).toHaveText(`Applied the default limits to ${projectCount} projects.`);

    const describe = await apiAsSignedIn<{ policies: { projectLimits: unknown } }>(page, '/org-acme/describe');
    expect(describe.policies.projectLimits).toEqual({
      monthlyComputeLimit: 1234,
      monthlyEgressBytesLimit: 50 * GIB,
      monthlyStorageLimit: 300,
      action: 'BLOCK',
    });
    const { results } = await apiAsSignedIn<{ results: { id: string }[] }>(page, '/org-acme/findProjects', {});
    expect(results).toHaveLength(projectCount);
    const project = await apiAsSignedIn<Record<string, unknown>>(page, `/${results[results.length - 1]!.id}/describe`);
    expect(project).toMatchObject({
      monthlyComputeLimit: 1234,
      monthlyEgressBytesLimit: 50 * GIB,
      monthlyStorageLimit: 300,
    });
  });

  test('an org without the licenses says so; PHI and SAML are shown, SAML is edited', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    await openSettings(page, 'org-pilot');
    await expect(section(page, 'Basic information')).toContainText(/Expires on .* \(in 1[12] days\)/);
    // What expiry means, as the API spec defines it (OrgExpired); nothing about deleting data.
    await expect(section(page, 'Basic information')).toContainText(
      'After that the org is read-only: changes to it and to its projects and apps are refused; everything can still be read.',
    );
    await expect(section(page, 'Basic information')).not.toContainText(/delet/i);
    await expect(section(page, 'PHI data protection')).toContainText('Contact support to enable it.');
    await expect(section(page, 'Job logs forwarding')).toContainText(/needs? a license/);
    await expect(section(page, 'Monthly project spending limits')).toContainText(/needs? a license/);
    await expectNoAxeViolations(page);

    await openSettings(page, 'org-helix');
    await expect(section(page, 'PHI data protection')).toContainText('On.');
    const saml = section(page, 'SAML identity provider');
    const idp = saml.getByRole('textbox', { name: 'Identity provider' });
    await expect(idp).toHaveValue('https://sso.helixclinical.example/saml2/metadata');
    await idp.fill('https://idp.example.org/metadata');
    await saml.getByRole('button', { name: 'Save identity provider' }).click();
    await expect(
      page.getByText('Members of Helix Clinical Sequencing sign in through https://idp.example.org/metadata.'),
    ).toBeVisible();
    const describe = await apiAsSignedIn<{ samlIdP: string }>(page, '/org-helix/describe');
    expect(describe.samlIdP).toBe('https://idp.example.org/metadata');
  });

  test('an expired org is read-only: the settings say so and a change is refused with OrgExpired', async ({
    page,
    pageErrors,
  }) => {
    pageErrors.allow(/Failed to load resource: the server responded with a status of 403/);
    await signInAs(page, /Alice Liddell/);
    // Legacy Sequencing Core's admin in the seed (not a featured demo person).
    await signInWithToken(page, 'user-ivan.brennan', await issueToken(page, 'user-ivan.brennan'));
    await openSettings(page, 'org-legacy_core');
    await expect(section(page, 'Basic information')).toContainText(/Expired on .* — read-only/);
    await expect(section(page, 'Basic information')).toContainText(
      'Changes to the org and to its projects and apps are refused; everything can still be read.',
    );
    const policies = section(page, 'Policies and administration');
    await policies.getByRole('switch', { name: 'Job reuse' }).click();
    await policies.getByRole('button', { name: 'Save policies' }).click();
    const refusal = policies.getByRole('alert');
    await expect(refusal).toContainText('The org has expired: it is read-only, so the API did not save the policies.');
    await expect(refusal).toContainText('OrgExpired');
    await expect(policies.getByRole('switch', { name: 'Job reuse' })).toBeChecked();
    await expectNoAxeViolations(page);
    const describe = await apiAsSignedIn<{ policies: { jobReuse: boolean } }>(page, '/org-legacy_core/describe');
    expect(describe.policies.jobReuse).toBe(false);
  });

  test('unsaved policies are marked and counted; leaving asks (Stay keeps them, Leave discards them); a reload asks too', async ({
    page,
  }) => {
    const { policies, sharing } = await openAcmePolicies(page);
    const jobReuse = policies.getByRole('switch', { name: 'Job reuse' });
    await expect(policies.getByText('Unsaved', { exact: true })).toHaveCount(0);

    // With the keyboard: a choice with the arrows, a switch with Space.
    await tabTo(page, sharing.getByRole('radio', { name: /^Members/ }), 40);
    await page.keyboard.press('ArrowLeft');
    await expect(sharing.getByRole('radio', { name: /^Admins only/ })).toBeChecked();
    await tabTo(page, jobReuse, 10);
    await page.keyboard.press('Space');
    await expect(jobReuse).toBeChecked();
    await expect(policies.getByText('Unsaved', { exact: true })).toHaveCount(2);
    await expect(jobReuse).toHaveAccessibleDescription(/Unsaved$/);
    await expect(policies.getByText('2 unsaved changes')).toBeVisible();
    await expectNoAxeViolations(page);

    const members = page.getByRole('navigation', { name: 'Org sections' }).getByRole('link', { name: 'Members' });
    await tabTo(page, members, 80);
    await page.keyboard.press('Enter');
    const ask = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await expect(ask).toContainText('2 policies');
    await expect(ask.getByRole('button', { name: 'Stay' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(ask).toHaveCount(0);
    await expect(page).toHaveURL(/\/orgs\/org-acme\/settings$/);
    await expect(jobReuse).toBeChecked();
    await expect(sharing.getByRole('radio', { name: /^Admins only/ })).toBeChecked();
    await expect(policies.getByText('2 unsaved changes')).toBeVisible();

    // A reload or closing the tab asks through the browser.
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
  });

  test('Leave discards unsaved edits: the saved values are back and nothing was sent', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    await openSettings(page, 'org-acme');
    const policies = section(page, 'Policies and administration');
    await policies
      .getByRole('radiogroup', { name: 'Project sharing' })
      .getByRole('radio', { name: /^Admins only/ })
      .click();
    await policies.getByRole('switch', { name: 'Job reuse' }).click();
    await page.getByRole('navigation', { name: 'Org sections' }).getByRole('link', { name: 'Members' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await ask.getByRole('button', { name: 'Leave' }).click();
    await expect(page).toHaveURL(/\/orgs\/org-acme\/members$/);
    const describe = await apiAsSignedIn<{ policies: Record<string, unknown> }>(page, '/org-acme/describe');
    expect(describe.policies).toMatchObject({ projectSharing: 'MEMBER', jobReuse: false });

    await page.getByRole('navigation', { name: 'Org sections' }).getByRole('link', { name: 'Settings' }).click();
    const again = section(page, 'Policies and administration');
    await expect(again.getByRole('switch', { name: 'Job reuse' })).not.toBeChecked();
    await expect(again.getByText('Unsaved', { exact: true })).toHaveCount(0);
    // Nothing unsaved: leaving goes at once.
    await page.getByRole('navigation', { name: 'Org sections' }).getByRole('link', { name: 'Members' }).click();
    await expect(page).toHaveURL(/\/orgs\/org-acme\/members$/);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  });

  test('keyboard only: a policy changed with arrows and Space, saved with Enter', async ({ page }) => {
    await signInAs(page, /Alice Liddell/);
    await openSettings(page, 'org-acme');
    const transfer = page.getByRole('radiogroup', { name: 'Project transfer' });
    // Tab reaches the group at its checked choice; the arrows move the choice.
    await tabTo(page, transfer.getByRole('radio', { name: /^Admins only/ }), 40);
    await page.keyboard.press('ArrowRight');
    await expect(transfer.getByRole('radio', { name: /^Members/ })).toBeChecked();
    const metrics = page.getByRole('switch', { name: 'Detailed job metrics by default' });
    await tabTo(page, metrics, 10);
    await page.keyboard.press('Space');
    await expect(metrics).toBeChecked();
    const save = page.getByRole('button', { name: 'Save 2 changes' });
    await tabTo(page, save, 3);
    await page.keyboard.press('Enter');
    const summary = page.getByRole('status').filter({ hasText: 'Saved:' });
    await expect(summary).toContainText('Project transfer: Admins only → Members');
    await expect(summary).toContainText('Detailed job metrics by default: Off → On');
    const describe = await apiAsSignedIn<{ policies: Record<string, unknown> }>(page, '/org-acme/describe');
    expect(describe.policies).toMatchObject({
      restrictProjectTransfer: 'MEMBER',
      detailedJobMetricsCollectDefault: true,
    });
  });
});
