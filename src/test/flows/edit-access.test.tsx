/**
 * Members › Edit access, for one member and for many, against the demo emulator: the
 * preview, what is sent, what the org then holds, and the all-or-nothing refusal.
 */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { MEMBER_DEFAULTS } from '../../wire/membership';
import { findTable, renderRoute, type RenderedRoute } from '../render-route';

const MEMBERS = 'Members of Acme Genomics';

function acmeMembers(api: RenderedRoute['api']) {
  return api.state.orgs['org-acme']!.members;
}

/** Ticks each row's checkbox (named "Name (@handle)"), then opens Edit access from the bar of selected rows. */
async function editSelected({ user }: RenderedRoute, names: string[]): Promise<HTMLElement> {
  const table = await findTable(MEMBERS);
  for (const name of names) await user.click(within(table).getByRole('checkbox', { name: `Select ${name}` }));
  const bulk = screen.getByRole('region', { name: 'Selected rows' });
  expect(within(bulk).getByRole('status').textContent).toBe(`${names.length} selected`);
  await user.click(within(bulk).getByRole('button', { name: 'Edit access' }));
  return screen.findByRole('dialog', { name: `Edit access of ${names.length} members` });
}

describe('Edit access', () => {
  it('one member, from its row: fields start at her values, the preview says what changes, only that is sent', async () => {
    const view = await renderRoute('/orgs/org-acme/members');
    const { user, api } = view;
    const table = await findTable(MEMBERS);
    await user.click(within(table).getByRole('button', { name: 'Edit access of Carol Okafor (@carol)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit access of Carol Okafor' });
    const field = (label: string) => within(dialog).getByLabelText(label) as HTMLSelectElement;

    expect(field('Shared project access').value).toBe('VIEW');
    expect(field('Billable activities').value).toBe('false');
    expect((within(dialog).getByRole('button', { name: 'Nothing to save' }) as HTMLButtonElement).disabled).toBe(true);

    await user.selectOptions(field('Shared project access'), 'UPLOAD');
    await user.selectOptions(field('Data search'), 'true');
    expect(within(dialog).getByRole('list', { name: 'Changes' }).textContent).toBe(
      'Carol Okafor: shared project access View → Upload; data search No → Yes',
    );
    const before = structuredClone(acmeMembers(api));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes for 1 member' }));

    expect(await screen.findByText('Updated the access of 1 member of Acme Genomics.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.sent('/org-acme/setMemberAccess')).toEqual([
      { 'user-carol': { level: 'MEMBER', projectAccess: 'UPLOAD', dataSearch: true } },
    ]);
    expect(acmeMembers(api)).toEqual({
      ...before,
      'user-carol': { ...before['user-carol']!, projectAccess: 'UPLOAD', dataSearch: true },
    });
    const carol = within(await findTable(MEMBERS)).getByRole('row', { name: /Carol Okafor/ });
    expect(carol.textContent).toContain('Upload');
  });

  it('three members, changing only “billable”: one call, and nothing else changes for them', async () => {
    const view = await renderRoute('/orgs/org-acme/members');
    const { user, api } = view;
    const names = ['Carol Okafor (@carol)', 'Julia Rossi (@julia.rossi)', 'Olga Murphy (@olga.murphy)'];
    const ids = ['user-carol', 'user-julia.rossi', 'user-olga.murphy'];
    const dialog = await editSelected(view, names);
    const billable = within(dialog).getByLabelText('Billable activities') as HTMLSelectElement;
    expect(billable.value).toBe('false');
    // Their shared project access differs: the field offers "No change".
    const projectAccess = within(dialog).getByLabelText('Shared project access') as HTMLSelectElement;
    expect(projectAccess.value).toBe('');
    expect(projectAccess.selectedOptions[0]!.textContent).toBe('No change');

    await user.selectOptions(billable, 'true');
    const changes = within(within(dialog).getByRole('list', { name: 'Changes' })).getAllByRole('listitem');
    expect(changes.map((item) => item.textContent)).toEqual(
      names.map((name) => `${name.replace(/ \(@.*/, '')}: billable activities No → Yes`),
    );
    const before = structuredClone(acmeMembers(api));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes for 3 members' }));

    expect(await screen.findByText('Updated the access of 3 members of Acme Genomics.')).toBeTruthy();
    expect(api.sent('/org-acme/setMemberAccess')).toEqual([
      Object.fromEntries(ids.map((id) => [id, { level: 'MEMBER', allowBillableActivities: true }])),
    ]);
    const after = acmeMembers(api);
    for (const [id, member] of Object.entries(before)) {
      expect(after[id]).toEqual(ids.includes(id) ? { ...member, allowBillableActivities: true } : member);
    }
    expect(screen.queryByRole('region', { name: 'Selected rows' })).toBeNull(); // the selection was cleared
  });

  it('demoting every admin is refused up front: the dialog names the admins, Save is disabled, nothing is sent', async () => {
    const view = await renderRoute('/orgs/org-acme/members?f.level=ADMIN');
    const { user, api } = view;
    const admins = Object.entries(acmeMembers(api))
      .filter(([, member]) => member.level === 'ADMIN')
      .map(([id]) => id);
    expect(admins).toEqual(['user-alice', 'user-beatriz.rossi']);

    const table = await findTable(MEMBERS);
    expect(screen.getByText(/^2 of 28 rows/)).toBeTruthy();
    await user.click(within(table).getByRole('checkbox', { name: 'Select all 2 rows' }));
    await user.click(
      within(screen.getByRole('region', { name: 'Selected rows' })).getByRole('button', { name: 'Edit access' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit access of 2 members' });
    const level = within(dialog).getByLabelText('Level') as HTMLSelectElement;
    await user.selectOptions(level, 'MEMBER');
    const changes = within(dialog).getByRole('list', { name: 'Changes' });
    expect(within(changes).getAllByRole('listitem')).toHaveLength(2);
    expect(changes.textContent).toContain(
      'Alice Liddell: level Admin → Member; billable activities Yes → No; shared project access Administer → Contribute',
    );

    const alert = within(dialog).getByRole('alert');
    expect(alert.textContent).toBe(
      'Acme Genomics would have no admin: Alice Liddell and Beatriz Rossi are its only admins. ' +
        'Keep at least one of them an admin, or make someone else an admin first.',
    );
    const save = within(dialog).getByRole('button', { name: 'Save changes for 2 members' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    expect(save.getAttribute('aria-describedby')).toBe(alert.id);
    await user.click(save);
    expect(api.sent('/org-acme/setMemberAccess')).toEqual([]);

    // Keeping one of them an admin lifts the guard; demoting yourself is warned, and still allowed.
    await user.selectOptions(level, '');
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.sent('/org-acme/setMemberAccess')).toEqual([]);
  });

  it('demoting yourself is warned in the dialog, allowed, and offers no Undo', async () => {
    const { user, api } = await renderRoute('/orgs/org-acme/members');
    const table = await findTable(MEMBERS);
    await user.click(within(table).getByRole('button', { name: 'Edit access of Alice Liddell (@alice)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit access of Alice Liddell' });
    await user.selectOptions(within(dialog).getByLabelText('Level'), 'MEMBER');
    expect(within(dialog).queryByRole('alert')).toBeNull();
    const warning = within(dialog).getByText('You will lose admin access to this org.').parentElement!;
    expect(warning.textContent).toContain('another admin of Acme Genomics would have to make you an admin again');
    const save = within(dialog).getByRole('button', { name: 'Save changes for 1 member' }) as HTMLButtonElement;
    expect(save.disabled).toBe(false);
    await user.click(save);

    const toast = await screen.findByText(
      'Updated the access of 1 member of Acme Genomics. You are no longer an admin of it.',
    );
    expect(within(toast.closest('li')!).queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(acmeMembers(api)['user-alice']).toMatchObject({ level: 'MEMBER' });
  });

  it('Undo on the success toast puts every changed member back exactly, in one call', async () => {
    const view = await renderRoute('/orgs/org-acme/members');
    const { user, api } = view;
    const before = structuredClone(acmeMembers(api));
    const dialog = await editSelected(view, ['Beatriz Rossi (@beatriz.rossi)', 'Carol Okafor (@carol)']);
    await user.selectOptions(within(dialog).getByLabelText('Level'), 'MEMBER');
    await user.selectOptions(within(dialog).getByLabelText('Data deletion'), 'true');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes for 2 members' }));
    const toast = await screen.findByText('Updated the access of 2 members of Acme Genomics.');
    expect(acmeMembers(api)['user-beatriz.rossi']).toMatchObject({ level: 'MEMBER', dataDeletion: true });
    expect(acmeMembers(api)['user-carol']).toMatchObject({ dataDeletion: true });

    // Toasts are one per page: this one's Undo (earlier tests' toasts may linger in the shared toaster).
    await user.click(within(toast.closest('li')!).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Undone: 2 members of Acme Genomics back as before.')).toBeTruthy();
    const calls = api.sent('/org-acme/setMemberAccess');
    expect(calls).toHaveLength(2);
    expect(calls[1]).toEqual({
      'user-beatriz.rossi': {
        level: 'ADMIN',
        treManagement: before['user-beatriz.rossi']!.treManagement,
        cloudIntegrationManagement: before['user-beatriz.rossi']!.cloudIntegrationManagement,
      },
      'user-carol': { ...MEMBER_DEFAULTS, projectAccess: 'VIEW', appAccess: before['user-carol']!.appAccess },
    });
    expect(acmeMembers(api)).toEqual(before);
  });

  it('inline level: Admin → Member in the row, one call, and Undo restores her', async () => {
    const { user, api } = await renderRoute('/orgs/org-acme/members');
    const before = structuredClone(acmeMembers(api));
    const table = await findTable(MEMBERS);
    const level = within(table).getByRole('combobox', { name: 'Level of Beatriz Rossi (@beatriz.rossi)' });
    expect((level as HTMLSelectElement).value).toBe('ADMIN');
    await user.selectOptions(level, 'MEMBER');

    const toast = await screen.findByText('Beatriz Rossi is now a member of Acme Genomics.');
    expect(api.sent('/org-acme/setMemberAccess')).toEqual([{ 'user-beatriz.rossi': { level: 'MEMBER' } }]);
    expect(acmeMembers(api)['user-beatriz.rossi']).toMatchObject({ level: 'MEMBER', projectAccess: 'CONTRIBUTE' });

    await user.click(within(toast.closest('li')!).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Undone: 1 member of Acme Genomics back as before.')).toBeTruthy();
    expect(acmeMembers(api)).toEqual(before);
  });

  it('inline level: the only admin cannot be made a member — refused before anything is sent', async () => {
    const { user, api } = await renderRoute('/orgs/org-pilot/members');
    const table = await findTable('Members of Northwind Pilot Program');
    const level = within(table).getByRole('combobox', { name: 'Level of Alice Liddell (@alice)' });
    await user.selectOptions(level, 'MEMBER');
    expect(
      await screen.findByText(
        'Northwind Pilot Program would have no admin: Alice Liddell is its only admin. Make someone else an admin first; nothing was sent.',
      ),
    ).toBeTruthy();
    expect((level as HTMLSelectElement).value).toBe('ADMIN');
    expect(api.sent('/org-pilot/setMemberAccess')).toEqual([]);
    expect(api.state.orgs['org-pilot']!.members['user-alice']).toMatchObject({ level: 'ADMIN' });
  });

  it('inline level: demoting yourself asks first; Cancel sends nothing, confirming does', async () => {
    const { user, api } = await renderRoute('/orgs/org-acme/members');
    const table = await findTable(MEMBERS);
    const level = within(table).getByRole('combobox', { name: 'Level of Alice Liddell (@alice)' });
    await user.selectOptions(level, 'MEMBER');
    let confirm = await screen.findByRole('alertdialog', { name: 'Make yourself a member of Acme Genomics?' });
    expect(confirm.textContent).toContain('You will lose admin access to this org.');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.sent('/org-acme/setMemberAccess')).toEqual([]);

    await user.selectOptions(level, 'MEMBER');
    confirm = await screen.findByRole('alertdialog', { name: 'Make yourself a member of Acme Genomics?' });
    await user.click(within(confirm).getByRole('button', { name: 'Make me a member' }));
    expect(await screen.findByText('You are now a member of Acme Genomics, no longer an admin.')).toBeTruthy();
    expect(api.sent('/org-acme/setMemberAccess')).toEqual([{ 'user-alice': { level: 'MEMBER' } }]);
    expect(acmeMembers(api)['user-alice']).toMatchObject({ level: 'MEMBER' });
  });

  it('a refusal by the API reads as a sentence (what happened, what to do) with its type and message', async () => {
    const { user, api } = await renderRoute('/orgs/org-acme/members');
    const table = await findTable(MEMBERS);
    await user.click(within(table).getByRole('button', { name: 'Edit access of Carol Okafor (@carol)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit access of Carol Okafor' });
    await user.selectOptions(within(dialog).getByLabelText('Data search'), 'true');
    // Meanwhile the other admin makes Alice a member: her change is no longer hers to make.
    expect(
      (await api.callAs('user-beatriz.rossi', '/org-acme/setMemberAccess', { 'user-alice': { level: 'MEMBER' } }))
        .status,
    ).toBe(200);
    const before = structuredClone(acmeMembers(api));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes for 1 member' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.querySelector('.state-title')!.textContent).toBe('The API refused the access change.');
    expect(alert.querySelector('.state-lead')!.textContent).toBe(
      'Nothing changed. You may not make this change here; reload the page to see your current access.',
    );
    expect(alert.querySelector('.error-type')!.textContent).toBe('PermissionDenied');
    expect(acmeMembers(api)).toEqual(before);
  });
});
