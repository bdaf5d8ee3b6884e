/**
 * Settings › Policies and administration, against the demo emulator: two policies
 * changed, Save sends only them and says what changed; Cancel restores the saved values.
 */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderRoute } from '../render-route';

async function openPolicies() {
  const view = await renderRoute('/orgs/org-acme/settings');
  const policies = await screen.findByRole('region', { name: 'Policies and administration' });
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

    await user.click(within(sharing).getByRole('radio', { name: /^Admins only/ }));
    await user.click(within(policies).getByRole('switch', { name: 'Job reuse' }));
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
});
