/**
 * Members at home, against the demo emulator: Bob and Carol (Acme members, no admin)
 * land on the orgs they belong to; opening Acme lands on the first tab they may use;
 * "Your orgs" lists their orgs; Carol reaches the Acme projects she is in.
 */
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { findPageHeading, findTable, renderRoute } from '../render-route';

describe('Members at home', () => {
  it('Bob lands on All Orgs showing the orgs he belongs to, kept in the URL', async () => {
    const { router, api } = await renderRoute('/orgs', { as: 'user-bob' });
    await findPageHeading('All Orgs');
    const table = await findTable('Orgs you belong to');
    expect(within(table).getByRole('rowheader', { name: 'Acme Genomics' })).toBeTruthy();
    await waitFor(() => expect(router.state.location.search).toBe('?level=MEMBER'));
    expect(
      screen.getByRole('switch', { name: 'Also show orgs where I am only a member' }).getAttribute('aria-checked'),
    ).toBe('true');
    expect(screen.queryByText('You administer no orgs')).toBeNull();
    // What the emulator holds: Bob administers nothing and is a member of Acme.
    expect(api.state.orgs['org-acme']!.members['user-bob']!.level).toBe('MEMBER');
  });

  it('Alice, an admin, still lands on the orgs she administers', async () => {
    const { router } = await renderRoute('/orgs');
    const table = await findTable('Orgs you administer');
    expect(within(table).getByRole('rowheader', { name: 'Acme Genomics' })).toBeTruthy();
    expect(router.state.location.search).toBe('');
  });

  it('opening Acme lands Bob on Billing (he may bill, not list members or projects), Carol on Settings', async () => {
    const bob = await renderRoute('/orgs/org-acme', { as: 'user-bob' });
    await findPageHeading('Acme Genomics');
    await waitFor(() => expect(bob.router.state.location.pathname).toBe('/orgs/org-acme/billing'));
    bob.unmount();

    const carol = await renderRoute('/orgs/org-acme', { as: 'user-carol' });
    await findPageHeading('Acme Genomics');
    await waitFor(() => expect(carol.router.state.location.pathname).toBe('/orgs/org-acme/settings'));
    const membership = carol.api.state.orgs['org-acme']!.members['user-carol']!;
    expect(membership).toMatchObject({ level: 'MEMBER', allowBillableActivities: false, projectMemberDemotion: false });
  });

  it('opening an org as its admin lands on Members', async () => {
    const { router } = await renderRoute('/orgs/org-acme');
    await findPageHeading('Acme Genomics');
    await waitFor(() => expect(router.state.location.pathname).toBe('/orgs/org-acme/members'));
  });

  it('"Your orgs" lists the orgs Bob is in, not "You administer no orgs"', async () => {
    const { user } = await renderRoute('/orgs', { as: 'user-bob' });
    await user.click(await screen.findByRole('button', { name: /Your orgs/ }));
    const menu = await screen.findByRole('menu', { name: 'Your orgs' });
    const item = await within(menu).findByRole('menuitem', { name: /Acme Genomics/ });
    expect(item.getAttribute('href')).toBe('/orgs/org-acme');
    expect(menu.textContent).not.toContain('You administer no orgs');
  });

  it("Carol's Projects tab says why she may not list every project and links to hers", async () => {
    const { api, user, router } = await renderRoute('/orgs/org-acme/projects', { as: 'user-carol' });
    const section = await screen.findByRole('region', { name: 'Your projects in Acme Genomics' });
    const links = await within(section).findAllByRole('link');
    // Exactly the Acme projects the emulator lets her see.
    const visible = Object.values(api.state.projects)
      .filter((p) => p.billTo === 'org-acme')
      .map((p) => p.name);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(visible).toContain(link.textContent);
    const shared = within(section).getByRole('link', { name: 'Shared QC dashboards' });
    expect(shared.closest('li')!.textContent).toContain('Your access: View');
    await user.click(shared);
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/projects\/project-/));
  });
});
