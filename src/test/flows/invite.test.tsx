/**
 * Members › Invite, rendered with the real routes against the demo emulator: what the
 * dialog shows for each person, and who the org then holds.
 */
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { findTable, renderRoute } from '../render-route';

const MEMBERS = 'Members of Acme Genomics';

async function openInvite() {
  const view = await renderRoute('/orgs/org-acme/members');
  await findTable(MEMBERS);
  await view.user.click(screen.getByRole('button', { name: 'Invite' }));
  const dialog = await screen.findByRole('dialog', { name: 'Invite people to Acme Genomics' });
  return { ...view, dialog };
}

describe('Invite', () => {
  it('invites several at once: each person’s outcome is listed, and only the newcomer joins', async () => {
    const { user, api, dialog } = await openInvite();
    const box = within(dialog).getByLabelText('Usernames or user IDs');
    await user.type(box, 'username{Enter}dave{Enter}user-bob, nobody_here');
    expect(within(dialog).getByText('Already members (1), not invited again:')).toBeTruthy();
    // Each entry is looked up as typing pauses, before anything is submitted.
    const toInvite = within(dialog).getByRole('list', { name: 'To invite' });
    await waitFor(() =>
      expect(
        within(toInvite)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(['user-dave: Dave Fischer', 'user-nobody_here: No such user: check the spelling, or leave them out']),
    );
    expect(
      within(within(dialog).getByRole('list', { name: 'Already members' })).getByRole('listitem').textContent,
    ).toBe('user-bob: Already a member');
    expect(api.sent('/user-nobody_here/describe').length).toBeGreaterThan(0);
    expect(api.sent('/org-acme/invite')).toEqual([]);
    await user.selectOptions(within(dialog).getByLabelText('Shared project access'), 'VIEW');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Billable activities' }));
    await user.click(within(dialog).getByRole('button', { name: 'Invite 2 people' }));

    const outcomes = await within(dialog).findByRole('table', { name: 'Outcome of each invitation' });
    const row = (id: string) => within(outcomes).getByRole('row', { name: new RegExp(id) });
    expect(row('user-dave').textContent).toContain('Invited');
    expect(row('user-bob').textContent).toContain('Already a member');
    expect(row('user-nobody_here').textContent).toContain('No such user');
    expect(row('user-nobody_here').textContent).toContain('ResourceNotFound');
    expect(await screen.findByText(/Invited 1 person to Acme Genomics; 1 invitation failed/)).toBeTruthy();

    // The API was asked for the two newcomers only, never for Bob.
    expect(api.sent('/org-acme/invite').map((body) => (body as { invitee: string }).invitee)).toEqual([
      'user-dave',
      'user-nobody_here',
    ]);
    const members = api.state.orgs['org-acme']!.members;
    expect(members['user-dave']).toMatchObject({
      level: 'MEMBER',
      projectAccess: 'VIEW',
      allowBillableActivities: true,
      appAccess: true,
    });
    expect(members['user-nobody_here']).toBeUndefined();
    expect(Object.keys(members)).toHaveLength(29);

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const dave = within(await findTable(MEMBERS)).getByRole('row', { name: /Dave Fischer/ });
    expect(dave.textContent).toContain('View');
    expect(screen.getByText('29 rows')).toBeTruthy();
  });

  it('refuses a list with an entry that is not a username, and sends nothing', async () => {
    const { user, api, dialog } = await openInvite();
    const box = within(dialog).getByLabelText('Usernames or user IDs');
    await user.type(box, 'dave x!');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText(/Not valid: "x!"/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: /^Invite/ }));
    expect(document.activeElement).toBe(box);
    expect(api.sent('/org-acme/invite')).toEqual([]);
    expect(api.state.orgs['org-acme']!.members['user-dave']).toBeUndefined();
  });
});
