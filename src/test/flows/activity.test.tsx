/**
 * Activity, against the demo emulator: a member removed through the API shows as a
 * removal of what they had (by name, each project and app to none), its details head the
 * recorded values as what they had and lost, and the date range asks the API for that
 * range only (kept in the URL).
 */
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { PROJECT_ACCESS_LABELS } from '../../lib/labels';
import type { ProjectLevel } from '../../wire/levels';
import { FIXED_NOW, startEmulator } from '../emulator-server';
import { findTable, renderRoute } from '../render-route';

const ACTIVITY = 'Activity of Acme Genomics';

describe('Activity', () => {
  it('a removal reads as what the person lost, by name, and the details say so', async () => {
    const api = await startEmulator();
    const removed = await api.callAs('user-alice', '/org-acme/removeMember', { user: 'user-carol' });
    expect(removed.status).toBe(200);
    const lost = removed.body as { projects: Record<string, ProjectLevel>; apps: Record<string, string> };
    const qc = Object.values(api.state.projects).find((project) => project.name === 'Shared QC dashboards')!;
    expect(lost.projects[qc.id]).toBe('VIEW');
    // The emulator recorded the membership before and, after, what she lost.
    const event = api.state.audit['org-acme']!.at(-1)!;
    expect(event).toMatchObject({
      action: 'org.removeMember',
      target: 'user-carol',
      after: { projects: lost.projects, apps: lost.apps },
    });

    const { user } = await renderRoute('/orgs/org-acme/activity', { api });
    const table = await findTable(ACTIVITY);
    const newest = within(table).getAllByRole('row')[1]!;
    expect(within(newest).getByRole('rowheader').textContent).toBe('Alice Liddell');
    expect(newest.textContent).toContain('Removed a member');
    await waitFor(() => expect(newest.textContent).toContain('Carol Okafor'));
    await waitFor(() => expect(newest.textContent).toContain('Shared QC dashboards: View → none'));
    expect(newest.textContent).toContain('Membership: Member → none');
    expect(newest.textContent).not.toMatch(/— →/);

    await user.click(within(newest).getByRole('button', { name: /^Details of Removed a member by Alice Liddell/ }));
    const details = await screen.findByRole('dialog', { name: 'Removed a member by Alice Liddell' });
    const lines = within(within(details).getByRole('list', { name: 'Change' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines[0]).toBe('Membership: Member → none');
    // Every project she lost, by name, from the level she had.
    for (const [id, level] of Object.entries(lost.projects)) {
      const name = api.state.projects[id]!.name;
      expect(lines).toContain(`${name}: ${PROJECT_ACCESS_LABELS[level]} → none`);
    }
    expect(lines).toHaveLength(1 + Object.keys(lost.projects).length + Object.keys(lost.apps).length);
    expect(within(details).getByLabelText('Membership they had, as recorded').textContent).toContain(
      '"level": "MEMBER"',
    );
    expect(within(details).getByLabelText('Access they lost, as recorded').textContent).toContain(`"${qc.id}": "VIEW"`);
  });

  it('the date range asks the API for those days only, and is kept in the URL', async () => {
    const api = await startEmulator();
    // Something that happens today (the emulator's now), among a seeded log that is older.
    await api.callAs('user-alice', '/org-acme/update', { name: 'Acme Genomics Ltd' });
    const today = new Date(FIXED_NOW);
    const day = [today.getFullYear(), today.getMonth() + 1, today.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-');
    const { router } = await renderRoute(`/orgs/org-acme/activity?from=${day}&to=${day}`, { api });
    const table = await findTable('Activity of Acme Genomics Ltd');
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe(day);
    expect((screen.getByLabelText('To') as HTMLInputElement).value).toBe(day);

    const asked = api.sent('/org-acme/findAuditEvents').at(-1) as { after: number; before: number };
    const start = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
    expect(asked.after).toBe(start);
    expect(asked.before).toBeGreaterThanOrEqual(FIXED_NOW);
    expect(asked.before).toBeLessThan(start + 25 * 60 * 60 * 1000);
    const inRange = api.state.audit['org-acme']!.filter((e) => e.time >= asked.after && e.time <= asked.before);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(inRange.length);
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Name: Acme Genomics → Acme Genomics Ltd');

    expect(router.state.location.search).toBe(`?from=${day}&to=${day}`);
  });
});
