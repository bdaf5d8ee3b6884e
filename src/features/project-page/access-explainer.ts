/**
 * The access explainer: for each person who reaches a project — by an explicit
 * permission, or as a member of an org the project is shared with — their effective
 * access and the rule that gave it (org-api.md §3: the highest of the explicit
 * permission and, per org, the lower of the org's grant and the member's shared
 * project access there, the whole grant for an admin). Built from the API's data only.
 * The rules name levels by their labels (Administer, Contribute, …).
 */
import { PROJECT_ACCESS_LABELS } from '../../lib/labels';
import {
  maxProjectLevel,
  minProjectLevel,
  projectLevelRank,
  type OrgLevel,
  type ProjectLevel,
  type ProjectPermission,
} from '../../wire/levels';

const label = (level: ProjectLevel): string => PROJECT_ACCESS_LABELS[level];

export interface RosterMember {
  id: string;
  name: string;
  level: OrgLevel;
  projectAccess: ProjectLevel;
}

/** The members of one org the project is shared with (only orgs whose members could be listed). */
export interface OrgRoster {
  orgId: string;
  orgName: string;
  members: RosterMember[];
}

export type AccessSource = 'explicit' | 'org' | 'admin';

export interface AccessExplanation {
  userId: string;
  name: string;
  effective: ProjectLevel;
  /** What produced the effective level. */
  source: AccessSource;
  /** The org whose grant won, for `org` and `admin`. */
  viaOrg?: string;
  /** One sentence: "Contribute via Acme Genomics, capped at View by their project access in that org". */
  rule: string;
}

interface Candidate {
  level: ProjectLevel;
  source: AccessSource;
  orgName?: string;
  orgId?: string;
  rule: string;
}

function viaOrgCandidate(grant: ProjectPermission, roster: OrgRoster, member: RosterMember): Candidate {
  const { orgId, orgName } = roster;
  if (member.level === 'ADMIN') {
    return {
      level: grant,
      source: 'admin',
      orgId,
      orgName,
      rule: `${label(grant)} via ${orgName}, in full as an admin of that org`,
    };
  }
  const cap = member.projectAccess;
  const level = minProjectLevel(grant, cap);
  if (level === 'NONE') {
    return {
      level,
      source: 'org',
      orgId,
      orgName,
      rule: `No access via ${orgName}: their project access in that org is ${label('NONE')}`,
    };
  }
  const rule =
    projectLevelRank(cap) < projectLevelRank(grant)
      ? `${label(grant)} via ${orgName}, capped at ${label(cap)} by their project access in that org`
      : `${label(grant)} via ${orgName}, within their ${label(cap)} project access in that org`;
  return { level, source: 'org', orgId, orgName, rule };
}

/** The winner: the highest level; on a tie an explicit permission, then the first org. */
function strongest(candidates: Candidate[]): Candidate {
  return candidates.reduce((best, candidate) =>
    projectLevelRank(candidate.level) > projectLevelRank(best.level) ? candidate : best,
  );
}

function explicitRule(level: ProjectPermission, others: Candidate[]): string {
  const reached = others.filter((other) => other.level !== 'NONE');
  if (reached.length === 0) return `Explicit ${label(level)} permission`;
  const best = strongest(reached);
  const relation = best.level === level ? 'same as' : 'higher than';
  return `Explicit ${label(level)} permission (${relation} ${label(best.level)} via ${best.orgName ?? best.orgId ?? 'an org'})`;
}

/**
 * Everyone with access through `permissions`: each explicit user grantee, and every
 * listed member of the orgs in `rosters` (those the project is shared with). Sorted
 * by name. `names` names explicit grantees found in no roster.
 */
export function explainAccess(
  permissions: Readonly<Record<string, ProjectPermission>>,
  rosters: readonly OrgRoster[],
  names: ReadonlyMap<string, string> = new Map(),
): AccessExplanation[] {
  const people = new Map<string, { name: string; viaOrgs: Candidate[] }>();
  const person = (userId: string, name: string | undefined) => {
    let entry = people.get(userId);
    if (!entry) {
      entry = { name: name ?? names.get(userId) ?? userId, viaOrgs: [] };
      people.set(userId, entry);
    }
    return entry;
  };

  for (const roster of rosters) {
    const grant = permissions[roster.orgId];
    if (grant === undefined) continue;
    for (const member of roster.members)
      person(member.id, member.name).viaOrgs.push(viaOrgCandidate(grant, roster, member));
  }
  for (const userId of Object.keys(permissions)) {
    if (userId.startsWith('user-')) person(userId, names.get(userId));
  }

  const explanations: AccessExplanation[] = [];
  for (const [userId, { name, viaOrgs }] of people) {
    const explicit = permissions[userId];
    const candidates: Candidate[] = [...viaOrgs];
    if (explicit !== undefined)
      candidates.unshift({ level: explicit, source: 'explicit', rule: explicitRule(explicit, viaOrgs) });
    const winner = strongest(candidates);
    const effective = candidates.reduce<ProjectLevel>(
      (level, candidate) => maxProjectLevel(level, candidate.level),
      'NONE',
    );
    explanations.push({
      userId,
      name,
      effective,
      source: winner.source,
      ...(winner.orgId ? { viaOrg: winner.orgId } : {}),
      rule: winner.rule,
    });
  }
  return explanations.sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
}
