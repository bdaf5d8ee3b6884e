/**
 * Projects › "Grant yourself Administer" on the selected rows, against the demo emulator:
 * when every grant goes through the dialog closes by itself (a toast says so); when any is
 * refused the report stays open, listing each refused project with the API's reason.
 */
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { findTable, renderRoute, type RenderedRoute } from '../../test/render-route';

const BELOW = ['CRISPR screen 2025 – batch 4', 'CRISPR screen 2026 – run 1'];

function projectId(api: RenderedRoute['api'], name: string): string {
  const project = Object.values(api.state.projects).find((p) => p.name === name);
  if (!project) throw new Error(`No project ${name}`);
  return project.id;
}

async function openGrantDialog() {
  const view = await renderRoute('/orgs/org-acme/projects?q=CRISPR');
  // The first render loads the route modules: on a busy machine that takes a while.
  await screen.findByRole('heading', { level: 1, name: 'Acme Genomics' }, { timeout: 15_000 });
  const table = await findTable('Projects billed to Acme Genomics');
  await waitFor(() => expect(within(table).getAllByRole('rowheader')).toHaveLength(3));
  await view.user.click(within(table).getByRole('checkbox', { name: /^Select all \d+ rows$/ }));
  await view.user.click(await screen.findByRole('button', { name: 'Grant yourself Administer on 2 projects' }));
  const dialog = await screen.findByRole('dialog', { name: 'Grant yourself Administer on 2 projects?' });
  return { ...view, table, dialog };
}

describe('Bulk grant', () => {
  it('closes by itself when every grant went through, and leaves no report to close', async () => {
    const { api, user, dialog } = await openGrantDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Grant Administer on 2 projects' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByRole('dialog', { name: 'Grant report' })).toBeNull();
    for (const name of BELOW)
      expect(api.state.projects[projectId(api, name)]!.permissions['user-alice']).toBe('ADMINISTER');
  });

  it('keeps the report open with what was refused and why when only some grants went through', async () => {
    const { api, user, dialog } = await openGrantDialog();
    // Meanwhile one project moves to an org Alice does not administer: she may no longer invite herself there.
    const moved = projectId(api, BELOW[1]!);
    api.state.projects[moved]!.billTo = 'org-legacy_core';

    await user.click(within(dialog).getByRole('button', { name: 'Grant Administer on 2 projects' }));
    const report = await screen.findByRole('dialog', { name: 'Grant report' });
    expect(within(report).getByRole('heading', { name: 'Granted on 1 project; refused on 1' })).toBeTruthy();
    const refused = within(within(report).getByRole('list', { name: 'Refused grants' })).getAllByRole('listitem');
    expect(refused).toHaveLength(1);
    expect(refused[0]!.textContent).toContain(BELOW[1]);
    expect(refused[0]!.textContent).toContain('PermissionDenied');
    expect(api.state.projects[projectId(api, BELOW[0]!)]!.permissions['user-alice']).toBe('ADMINISTER');

    await user.click(within(report).getAllByRole('button', { name: 'Close' })[0]!);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
