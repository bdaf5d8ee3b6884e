/**
 * Settings › Policies and administration, against the demo emulator: two policies
 * changed (each marked Unsaved, the Save bar counting them), Save sends only them and says
 * what changed; Cancel restores the saved values; leaving with unsaved edits asks first.
 */
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { descriptionOf } from '../dom';
import { renderRoute } from '../render-route';

/** A budget for a route's first render (lazy modules, several requests), not an assertion on speed. */
const FIRST_LOAD = { timeout: 15_000 };

async function openPolicies() {
  const view = await renderRoute('/orgs/org-acme/settings');
  // The first render loads the console and the lazy Settings module: slow on a busy machine.
  const policies = await screen.findByRole('region', { name: 'Policies and administration' }, FIRST_LOAD);
  const sharing = within(policies).getByRole('radiogroup', { name: 'Project sharing' });
  const checked = (element: HTMLElement) => element.getAttribute('aria-checked') === 'true';
  return { ...view, policies, sharing, checked };
}

describe('Settings: policies', () => {
  it('two policies changed: Save sends only them, the summary says what changed, and the org holds them', async () => {
    const { user, api, policies, sharing, checked } = await openPolicies();
    const saved = structuredClone(api.state.orgs['org-acme']!.policies);
    expect(checked(within(sharing).getByRole('radio', { name: /^Members/ }))).toBe(true);
    const saveButton = () => within(policies).getByRole('button', { name: /^Save/ }) as HTMLButtonElement;
    expect(saveButton().textContent).toBe('Save policies');
    expect(saveButton().disabled).toBe(true);

    expect(within(policies).queryByText('Unsaved')).toBeNull();
    await user.click(within(sharing).getByRole('radio', { name: /^Admins only/ }));
    await user.click(within(policies).getByRole('switch', { name: 'Job reuse' }));
    // Pending until saved: each changed policy is marked, the Save bar counts them.
    expect(within(policies).getAllByText('Unsaved')).toHaveLength(2);
    expect(descriptionOf(within(policies).getByRole('switch', { name: 'Job reuse' }))).toMatch(/Unsaved$/);
    expect(descriptionOf(sharing)).toMatch(/Unsaved$/);
    expect(within(policies).getByText('2 unsaved changes')).toBeTruthy();
    await user.click(within(policies).getByRole('button', { name: 'Save 2 changes' }));

    const summary = await within(policies).findByRole('status');
    expect(summary.textContent).toContain('Project sharing: Members → Admins only');
    expect(summary.textContent).toContain('Job reuse: Off → On');
    expect(saveButton().textContent).toBe('Save policies');
    expect(saveButton().disabled).toBe(true);
    expect(api.sent('/org-acme/update')).toEqual([{ policies: { projectSharing: 'ADMIN', jobReuse: true } }]);
    expect(api.state.orgs['org-acme']!.policies).toEqual({ ...saved, projectSharing: 'ADMIN', jobReuse: true });
    expect(checked(within(sharing).getByRole('radio', { name: /^Admins only/ }))).toBe(true);
    expect(checked(within(policies).getByRole('switch', { name: 'Job reuse' }))).toBe(true);
    expect(within(policies).queryByText('Unsaved')).toBeNull();
    expect(within(policies).queryByText(/unsaved change/)).toBeNull();
  });

  it('leaving with unsaved edits asks: Stay keeps them, Leave discards them', async () => {
    const { user, api, policies, sharing, checked, router } = await openPolicies();
    await user.click(within(sharing).getByRole('radio', { name: /^Admins only/ }));
    await user.click(within(policies).getByRole('switch', { name: 'Job reuse' }));
    const membersTab = () => screen.getByRole('link', { name: 'Members' });

    await user.click(membersTab());
    const ask = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    expect(ask.textContent).toContain('2 policies');
    await user.click(within(ask).getByRole('button', { name: 'Stay' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(router.state.location.pathname).toBe('/orgs/org-acme/settings');
    expect(checked(within(sharing).getByRole('radio', { name: /^Admins only/ }))).toBe(true);
    expect(checked(within(policies).getByRole('switch', { name: 'Job reuse' }))).toBe(true);
    expect(within(policies).getByText('2 unsaved changes')).toBeTruthy();

    await user.click(membersTab());
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Leave' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/orgs/org-acme/members'));
    expect(api.sent('/org-acme/update')).toEqual([]);

    // Back on Settings: the edits are gone, the saved values shown.
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    // Leaving the Members tab (its table, filters and menus) takes a while in jsdom on a busy machine.
    const again = await screen.findByRole('region', { name: 'Policies and administration' }, FIRST_LOAD);
    const sharingAgain = within(again).getByRole('radiogroup', { name: 'Project sharing' });
    expect(checked(within(sharingAgain).getByRole('radio', { name: /^Members/ }))).toBe(true);
    expect(within(again).queryByText('Unsaved')).toBeNull();
    // Nothing unsaved: leaving is not asked about.
    await user.click(membersTab());
    await waitFor(() => expect(router.state.location.pathname).toBe('/orgs/org-acme/members'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('Cancel puts the saved values back and sends nothing', async () => {
    const { user, api, policies, checked } = await openPolicies();
    const metrics = () => within(policies).getByRole('switch', { name: 'Detailed job metrics by default' });
    expect(checked(metrics())).toBe(false);
    await user.click(metrics());
    expect(checked(metrics())).toBe(true);
    expect(within(policies).getByRole('button', { name: 'Save policies' })).toBeTruthy();
    await user.click(within(policies).getByRole('button', { name: 'Cancel' }));
    expect(checked(metrics())).toBe(false);
    expect(api.sent('/org-acme/update')).toEqual([]);
  });

  it('an arrow key selects the next choice at once, however quickly the key is let go', async () => {
    const { user, sharing, checked } = await openPolicies();
    within(sharing)
      .getByRole('radio', { name: /^Members/ })
      .focus();
    // keydown and keyup in one go: Radix alone would only move the focus.
    await user.keyboard('{ArrowRight}');
    expect(checked(within(sharing).getByRole('radio', { name: /^Admins only/ }))).toBe(true);
    await user.keyboard('{ArrowRight}');
    // At the end it wraps to the first choice.
    expect(checked(within(sharing).getByRole('radio', { name: /^Members/ }))).toBe(true);
  });
});
