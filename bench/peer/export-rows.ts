/** Node side: the large scenario's seed (the demo's orgs and org-megacohort) as the peer page's rows. */
import { seedScenario } from '../../src/emulator/seed';
import type { PeerMember, PeerProject } from './rows';

/** As the console names them (src/api/members.ts): first and last name, else the handle. */
function memberName(first: string, last: string, handle: string): string {
  return [first, last].filter(Boolean).join(' ').trim() || handle;
}

export interface PeerRows {
  members: PeerMember[];
  projects: PeerProject[];
}

/** Members and projects billed to each org, in the emulator's order; "Your access" is Alice's (she signs in). */
export function exportPeerRows(orgIds: readonly string[]): Record<string, PeerRows> {
  const state = seedScenario('large', Date.now());
  const byOrg: Record<string, PeerRows> = {};
  for (const orgId of orgIds) {
    const org = state.orgs[orgId];
    if (!org) throw new Error(`${orgId} is not in the large scenario`);
    const members: PeerMember[] = [];
    for (const [id, membership] of Object.entries(org.members)) {
      const user = state.users[id];
      const handle = user?.handle ?? id.replace(/^user-/, '');
      members.push({
        id,
        name: memberName(user?.first ?? '', user?.last ?? '', handle),
        handle,
        level: membership.level,
        allowBillableActivities: membership.allowBillableActivities,
        projectAccess: membership.projectAccess,
        appAccess: membership.appAccess,
      });
    }
    const projects: PeerProject[] = [];
    for (const project of Object.values(state.projects)) {
      if (project.billTo !== orgId) continue;
      projects.push({ id: project.id, name: project.name, level: project.permissions['user-alice'] ?? 'NONE' });
    }
    byOrg[orgId] = { members, projects };
  }
  return byOrg;
}
