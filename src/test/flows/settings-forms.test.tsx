/**
 * Settings › rename, job logs forwarding and default limits, against the demo emulator:
 * each field checked once typed in (not before), unsaved edits ask before leaving, and
 * who set the forwarding is named.
 */
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { descriptionOf } from '../dom';
import { findPageHeading, renderRoute } from '../render-route';

/** A budget for a route's first render (lazy modules, several requests), not an assertion on speed. */
const FIRST_LOAD = { timeout: 15_000 };

const membersTab = () => screen.getByRole('link', { name: 'Members' });

describe('Settings: forms', () => {
  it('a name being edited asks before leaving; once saved, leaving goes at once', async () => {
    const { user, api, router } = await renderRoute('/orgs/org-acme/settings');
    const basic = await screen.findByRole('region', { name: 'Basic information' }, FIRST_LOAD);
    await user.click(within(basic).getByRole('button', { name: 'Rename' }));
    const name = within(basic).getByRole('textbox', { name: 'Org name' }) as HTMLInputElement;
    await user.clear(name);
    expect(descriptionOf(name)).toMatch(/Name must not be empty\./);
    await user.type(name, 'Acme Genomics Research');
    expect(name.getAttribute('aria-invalid')).toBeNull();

    await user.click(membersTab());
    const ask = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    expect(ask.textContent).toContain('the org name');
    await user.click(within(ask).getByRole('button', { name: 'Stay' }));
    expect(name.value).toBe('Acme Genomics Research');

    await user.click(within(basic).getByRole('button', { name: 'Save name' }));
    await findPageHeading('Acme Genomics Research');
    expect(api.state.orgs['org-acme']!.name).toBe('Acme Genomics Research');
    await user.click(membersTab());
    await waitFor(() => expect(router.state.location.pathname).toBe('/orgs/org-acme/members'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('job logs forwarding: set by a person named first; a URL typed checks the URL only, and asks before leaving', async () => {
    const { user, api, router } = await renderRoute('/orgs/org-helix/settings');
    const forwarding = await screen.findByRole('region', { name: 'Job logs forwarding' }, FIRST_LOAD);
    await waitFor(() => expect(forwarding.textContent).toMatch(/Alice Liddell user-alice on /));

    const url = within(forwarding).getByRole('textbox', { name: 'HEC URL' });
    const token = within(forwarding).getByLabelText('HEC token');
    await user.type(url, 'http://hec.example.org');
    expect(descriptionOf(url)).toMatch(/HEC URL must be an https:\/\/ URL\./);
    // The token was not typed in: not flagged yet.
    expect(token.getAttribute('aria-invalid')).toBeNull();

    await user.click(membersTab());
    const ask = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    expect(ask.textContent).toContain('the job logs forwarding destination');
    await user.click(within(ask).getByRole('button', { name: 'Leave' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/orgs/org-helix/members'));
    expect(api.sent('/org-helix/update')).toEqual([]);
  });

  it('default limits: a wrong limit is said at its field only; Save sends the API’s units', async () => {
    const { user, api } = await renderRoute('/orgs/org-acme/settings');
    const limits = await screen.findByRole('region', { name: 'Monthly project spending limits' }, FIRST_LOAD);
    const compute = within(limits).getByRole('textbox', { name: /^Compute/ });
    const egress = within(limits).getByRole('textbox', { name: /^Data egress/ });
    const save = within(limits).getByRole('button', { name: 'Save default limits' }) as HTMLButtonElement;
    await user.clear(compute);
    await user.type(compute, '-5');
    expect(descriptionOf(compute)).toMatch(/A limit cannot be negative\./);
    expect(egress.getAttribute('aria-invalid')).toBeNull();
    expect(save.disabled).toBe(true);

    await user.clear(compute);
    await user.type(compute, '2500');
    await user.clear(egress);
    await user.type(egress, '2');
    expect(compute.getAttribute('aria-invalid')).toBeNull();
    await user.click(save);
    await waitFor(() =>
      expect(api.state.orgs['org-acme']!.policies.projectLimits).toMatchObject({
        monthlyComputeLimit: 2500,
        monthlyEgressBytesLimit: 2 * 1024 ** 3,
      }),
    );
  });
});
