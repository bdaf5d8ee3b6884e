/**
 * All Orgs › New org, against the demo emulator: name and handle checked as they are
 * typed (a field not yet typed in is left alone), a taken handle caught as it is typed
 * (Create waits for another), then the org created.
 */
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { descriptionOf } from '../dom';
import { findPageHeading, renderRoute } from '../render-route';

async function openNewOrg() {
  const view = await renderRoute('/orgs');
  await findPageHeading('All Orgs');
  await view.user.click(await screen.findByRole('button', { name: 'New org' }));
  const dialog = await screen.findByRole('dialog', { name: 'New org' });
  const name = within(dialog).getByLabelText('Name') as HTMLInputElement;
  const handle = within(dialog).getByLabelText('Handle') as HTMLInputElement;
  return { ...view, dialog, name, handle };
}

describe('New org', () => {
  it('checks the name and handle as they are typed, and sends nothing while one is wrong', async () => {
    const { user, api, dialog, name, handle } = await openNewOrg();
    expect(document.activeElement).toBe(name);

    // The handle follows the name until it is edited.
    await user.type(name, 'Riverside Genomics Lab');
    expect(handle.value).toBe('riverside_genomics_lab');
    expect(dialog.textContent).toContain('org-riverside_genomics_lab');
    expect(handle.getAttribute('aria-invalid')).toBeNull();

    await user.clear(handle);
    await user.type(handle, 'rg');
    expect(handle.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(handle)).toMatch(/Handle must be 3 to 64 letters, digits or underscores \(this one has 2\)/);
    await user.type(handle, '-lab');
    expect(descriptionOf(handle)).toMatch(/Handle must be 3 to 64 letters, digits or underscores; not “-”/);
    await user.type(name, ' II');
    expect(handle.value).toBe('rg-lab'); // an edited handle is no longer rewritten

    await user.clear(name);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(name)).toMatch(/Name must not be empty/);

    await user.click(within(dialog).getByRole('button', { name: 'Create org' }));
    expect(document.activeElement).toBe(name);
    expect(screen.getByRole('dialog', { name: 'New org' })).toBe(dialog);
    expect(api.sent('/org/new')).toEqual([]);
  });

  it('typing the handle first leaves the untouched name alone until Create', async () => {
    const { user, api, dialog, name, handle } = await openNewOrg();
    await user.click(handle);
    await user.type(handle, 'x');
    expect(handle.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-invalid')).toBeNull();
    expect(descriptionOf(name)).not.toMatch(/must not be empty/);
    await user.click(within(dialog).getByRole('button', { name: 'Create org' }));
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(name)).toMatch(/Name must not be empty/);
    expect(document.activeElement).toBe(name);
    expect(api.sent('/org/new')).toEqual([]);
  });

  it('a taken handle is caught as it is typed and Create waits; a free one creates the org', async () => {
    const { user, api, dialog, name, handle, router } = await openNewOrg();
    const orgsBefore = Object.keys(api.state.orgs).length;
    const create = within(dialog).getByRole('button', { name: 'Create org' }) as HTMLButtonElement;
    await user.type(name, 'Riverside Genomics Lab');
    await user.clear(handle);
    await user.type(handle, 'acme');

    await waitFor(() => expect(descriptionOf(handle)).toMatch(/This handle is taken/));
    expect(handle.getAttribute('aria-invalid')).toBe('true');
    expect(create.disabled).toBe(true);
    expect(api.sent('/org-acme/describe').length).toBeGreaterThan(0);
    // Enter in the field does not submit while the handle is taken.
    await user.type(handle, '{Enter}');
    expect(api.sent('/org/new')).toEqual([]);
    expect(name.value).toBe('Riverside Genomics Lab');

    // An org Alice may not see (PermissionDenied) holds its handle too.
    await user.clear(handle);
    await user.type(handle, 'smalllab');
    await waitFor(() => expect(descriptionOf(handle)).toMatch(/This handle is taken/));
    expect(api.state.orgs['org-smalllab']!.members['user-alice']).toBeUndefined();
    expect(create.disabled).toBe(true);

    // A free handle: the API answers ResourceNotFound; Create is back.
    await user.clear(handle);
    await user.type(handle, 'riverside_lab');
    await waitFor(() => expect(api.sent('/org-riverside_lab/describe').length).toBeGreaterThan(0));
    await waitFor(() => expect(create.disabled).toBe(false));
    expect(handle.getAttribute('aria-invalid')).toBeNull();
    expect(Object.keys(api.state.orgs)).toHaveLength(orgsBefore);
    await user.click(create);

    expect(await screen.findByText('Created Riverside Genomics Lab (org-riverside_lab)')).toBeTruthy();
    await findPageHeading('Riverside Genomics Lab');
    expect(router.state.location.pathname).toBe('/orgs/org-riverside_lab/members');
    expect(screen.queryByRole('dialog')).toBeNull();
    const created = api.state.orgs['org-riverside_lab']!;
    expect(created).toMatchObject({ name: 'Riverside Genomics Lab', handle: 'riverside_lab' });
    expect(Object.entries(created.members).map(([id, member]) => [id, member.level])).toEqual([
      ['user-alice', 'ADMIN'],
    ]);
    const sent = api.sent('/org/new') as { handle: string }[];
    expect(sent.map((body) => body.handle)).toEqual(['riverside_lab']);
  });
});
