/** The one-line `persona` of every user, from the finished data. */
import type { Membership, OrgRecord, State, UserRecord } from '../../core/state';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function orgsPhrase(orgs: readonly OrgRecord[]): string {
  return orgs.length === 1 ? (orgs[0] as OrgRecord).name : plural(orgs.length, 'org');
}

/**
 * Sets every user's `persona` from the final data. The demo people get the short lines of
 * the sign-in page ("admin of 3 orgs", "member, billing allowed", "member, View-only project access",
 * "belongs to no org"); everyone else names their org ("member of Acme Genomics").
 */
export function assignPersonas(state: State, shortStyle: ReadonlySet<string>): void {
  // user → the org (or orgs) they belong to; most people belong to one, so no array for them.
  const index = new Map<string, OrgRecord | OrgRecord[]>();
  for (const orgId in state.orgs) {
    const org = state.orgs[orgId] as OrgRecord;
    for (const userId in org.members) {
      const found = index.get(userId);
      if (found === undefined) index.set(userId, org);
      else if (Array.isArray(found)) found.push(org);
      else index.set(userId, [found, org]);
    }
  }
  // Persona lines of one-org people, per org: [MEMBER, MEMBER billable, ADMIN, ADMIN billable].
  const cache = new Map<OrgRecord, (string | undefined)[]>();
  for (const userId in state.users) {
    const user = state.users[userId] as UserRecord;
    const found = index.get(userId);
    const orgs = found === undefined ? [] : Array.isArray(found) ? found : [found];
    const short = shortStyle.has(userId);
    if (orgs.length === 1 && !short) {
      // The common case at scale: one org; the line depends only on org, level and billing.
      const org = orgs[0] as OrgRecord;
      const m = org.members[userId] as Membership;
      const slot = (m.level === 'ADMIN' ? 2 : 0) + (m.allowBillableActivities ? 1 : 0);
      let lines = cache.get(org);
      if (lines === undefined) {
        lines = [];
        cache.set(org, lines);
      }
      let line = lines[slot];
      if (line === undefined) {
        line = persona(userId, orgs, false);
        lines[slot] = line;
      }
      user.persona = line;
    } else {
      user.persona = persona(userId, orgs, short);
    }
  }
}

function persona(userId: string, orgs: readonly OrgRecord[], short: boolean): string {
  if (orgs.length === 0) return 'belongs to no org';
  const admin: OrgRecord[] = [];
  const member: OrgRecord[] = [];
  let billable = false;
  let viewOnly = true;
  for (const org of orgs) {
    const m = org.members[userId] as Membership;
    if (m.level === 'ADMIN') {
      admin.push(org);
    } else {
      member.push(org);
      if (m.allowBillableActivities) billable = true;
      if (m.projectAccess !== 'VIEW') viewOnly = false;
    }
  }
  if (short) {
    if (admin.length > 0) {
      return `admin of ${plural(admin.length, 'org')}${member.length > 0 ? `, member of ${member.length} more` : ''}`;
    }
    const parts = ['member'];
    if (billable) parts.push('billing allowed');
    if (viewOnly) parts.push('View-only project access');
    return parts.join(', ');
  }
  const parts: string[] = [];
  if (admin.length > 0) parts.push(`admin of ${orgsPhrase(admin)}`);
  if (member.length > 0) {
    parts.push(`member of ${orgsPhrase(member)}`);
    if (billable) parts.push('billing allowed');
  }
  return parts.join(', ');
}
