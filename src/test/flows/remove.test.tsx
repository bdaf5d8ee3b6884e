/**
 * Members › Remove, against the demo emulator: the confirmation, the report of what each
 * member lost, and what the org, its projects and its apps then hold.
 */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { findTable, renderRoute, type RenderedRoute } from '../render-route';

const MEMBERS = 'Members of Acme Genomics';

/** Projects billed to Acme where `userId` holds an explicit permission, by name. */
function explicitAcmeProjects(api: RenderedRoute['api'], userId: string): string[] {
  return Object.values(api.state.projects)
    .filter((project) => project.billTo === 'org-acme' && project.permissions[userId] !== undefined)
    .map((project) => project.name);
}

/** Opens a row's "⋯" menu (named after the member) and chooses Remove. */
async function removeFromRow(user: RenderedRoute['user'], table: HTMLElement, member: string) {
  await user.click(within(table).getByRole('button', { name: `Actions for ${member}` }));
  await user.click(await screen.findByRole('menuitem', { name: 'Remove from Acme Genomics' }));
}

describe('Remove', () => {
  it('two members: the confirmation names them, the report lists what each lost, and the org no longer has them', async () => {
    const { user, api } = await renderRoute('/orgs/org-acme/members');
    const table = await findTable(MEMBERS);
    for (const name of ['Bob Nakamura (@bob)', 'Carol Okafor (@carol)'])
      await user.click(within(table).getByRole('checkbox', { name: `Select ${name}` }));
    await user.click(
      within(screen.getByRole('region', { name: 'Selected rows' })).getByRole('button', { name: 'Remove' }),
    );

    const confirm = await screen.findByRole('alertdialog', { name: 'Remove 2 members from Acme Genomics?' });
    const listed = within(within(confirm).getByRole('list', { name: 'Members to remove' })).getAllByRole('listitem');
    expect(listed.map((item) => item.textContent)).toEqual(['Bob Nakamura user-bob', 'Carol Okafor user-carol']);
    for (const name of ['Keep their explicit project permissions', 'Keep their explicit app permissions']) {
      expect(within(confirm).getByRole('checkbox', { name }).getAttribute('aria-checked')).toBe('false');
    }
    // Besides the projects shared with Acme, Bob has permissions of his own on some it pays for.
    const bobsOwn = explicitAcmeProjects(api, 'user-bob');
    expect(bobsOwn.length).toBeGreaterThan(0);
    await user.click(within(confirm).getByRole('button', { name: 'Remove 2 members' }));

    const report = await screen.findByRole('alertdialog', { name: 'Removal report' });
    const outcomes = within(report).getByRole('list', { name: 'Outcome for each member' });
    // One item of the list per member (each holds lists of its own).
    const outcomeOf = (id: string) =>
      within(outcomes)
        .getAllByRole('listitem')
        .find((item) => item.parentElement === outcomes && item.textContent?.includes(`${id}:`))?.textContent ?? '';
    const bob = outcomeOf('user-bob');
    expect(bob).toContain('Removed');
    expect(bob).toContain('Removed from 14 projects');
    expect(bob).toContain('WES cohort 2026 – sprint 3 (had View)');
    for (const name of bobsOwn) expect(bob).toContain(`${name} (had `);
    expect(bob).not.toMatch(/project-[0-9A-Za-z]{24}/); // projects by name, not ID
    expect(bob).toContain('Removed from 4 apps');
    expect(bob).toContain('app-salmon_quant (authorized user)');
    const carol = outcomeOf('user-carol');
    expect(carol).toContain('Removed');
    expect(carol).toContain('Removed from 13 projects');
    expect(await screen.findByText('Removed 2 members from Acme Genomics.')).toBeTruthy();

    const members = api.state.orgs['org-acme']!.members;
    expect(members['user-bob']).toBeUndefined();
    expect(members['user-carol']).toBeUndefined();
    expect(Object.keys(members)).toHaveLength(26);
    expect(explicitAcmeProjects(api, 'user-bob')).toEqual([]);

    await user.click(within(report).getByRole('button', { name: 'Close' }));
    const after = await findTable(MEMBERS);
    expect(screen.getByText('26 rows')).toBeTruthy();
    expect(within(after).queryByRole('rowheader', { name: /Bob Nakamura/ })).toBeNull();
  });

  it('keeping explicit project permissions: they are asked for, and kept', async () => {
    const { user, api } = await renderRoute('/orgs/org-acme/members');
    const table = await findTable(MEMBERS);
    const kept = explicitAcmeProjects(api, 'user-bob');
    expect(kept.length).toBeGreaterThan(0);
    await removeFromRow(user, table, 'Bob Nakamura (@bob)');
    const confirm = await screen.findByRole('alertdialog', { name: 'Remove 1 member from Acme Genomics?' });
    await user.click(within(confirm).getByRole('checkbox', { name: 'Keep their explicit project permissions' }));
    await user.click(within(confirm).getByRole('button', { name: 'Remove 1 member' }));

    const report = await screen.findByRole('alertdialog', { name: 'Removal report' });
    expect(within(report).getByRole('list', { name: 'Outcome for each member' }).textContent).toContain('Removed');
    expect(api.sent('/org-acme/removeMember')).toEqual([
      expect.objectContaining({ user: 'user-bob', revokeProjectPermissions: false }),
    ]);
    expect(api.state.orgs['org-acme']!.members['user-bob']).toBeUndefined();
    expect(explicitAcmeProjects(api, 'user-bob')).toEqual(kept);
  });

  it('before confirming, each person sees what they will lose — the same the report then lists — and ticking "Keep" changes it', async () => {
    const { user, api } = await renderRoute('/orgs/org-acme/members');
    const table = await findTable(MEMBERS);
    await removeFromRow(user, table, 'Bob Nakamura (@bob)');
    const confirm = await screen.findByRole('alertdialog', { name: 'Remove 1 member from Acme Genomics?' });
    const preview = await within(confirm).findByRole('list', { name: 'What each member will lose' });
    const text = () => preview.textContent ?? '';

    // Bob's own permissions on projects Acme pays for are among what he loses, at the level he holds.
    const acmeProjects = Object.values(api.state.projects).filter((project) => project.billTo === 'org-acme');
    const own = acmeProjects.filter((project) => project.permissions['user-bob'] !== undefined);
    expect(own.length).toBeGreaterThan(0);
    expect(text()).toMatch(/^Bob Nakamura \(@bob\): \d+ projects \(/);
    expect(text()).toContain('4 apps (');
    // Bob runs Acme's apps through its app access (the report words it "authorized user").
    expect(text()).toContain('Salmon Transcript Quantification: through the org');
    expect(api.sent('/org-acme/removeMember')).toEqual([]);

    // Keeping explicit permissions: a project he holds only explicitly is no longer lost.
    const onlyExplicit = own.find((project) => project.permissions['org-acme'] === undefined);
    if (onlyExplicit) expect(text()).toContain(`${onlyExplicit.name}: `);
    const count = () => Number(/(\d+) projects?/.exec(text())?.[1] ?? 0);
    const revoking = count();
    await user.click(within(confirm).getByRole('checkbox', { name: 'Keep their explicit project permissions' }));
    expect(count()).toBeLessThan(revoking);
    if (onlyExplicit) expect(text()).not.toContain(`${onlyExplicit.name}: `);
    await user.click(within(confirm).getByRole('checkbox', { name: 'Keep their explicit project permissions' }));
    expect(count()).toBe(revoking);

    // What the preview named is what the report then says he lost, level for level.
    const named = [...text().matchAll(/(?:\(|, )([^,():]+): (Administer|Contribute|Upload|View)(?=[,)])/g)].map(
      ([, name, level]) => `${name} (had ${level})`,
    );
    expect(named.length).toBeGreaterThan(0);
    await user.click(within(confirm).getByRole('button', { name: 'Remove 1 member' }));
    const report = await screen.findByRole('alertdialog', { name: 'Removal report' });
    const outcome = within(report).getByRole('list', { name: 'Outcome for each member' }).textContent ?? '';
    for (const line of named) expect(outcome).toContain(line);
  });
});
