/**
 * What the caller may do on the project page, from the API's data, and why not: the
 * billing org's `restrictProjectTransfer` and a target org's `projectSharing` (org-api.md
 * §4), and ADMINISTER on the project. The API decides in the end; these explain up front.
 */
import { orgLevelAtLeast, type OrgLevel, type ProjectLevel } from '../../wire/levels';

const WHO: Record<OrgLevel, string> = { ADMIN: 'admins', MEMBER: 'members' };
const AS: Record<OrgLevel, string> = { ADMIN: 'an admin', MEMBER: 'a member' };

/** The caller's standing in an org, as its describe tells it (absent when not a member). */
export interface OrgStanding {
  name: string;
  level?: OrgLevel | undefined;
  policy?: OrgLevel | undefined;
}

function needsAdminister(what: string, level: ProjectLevel): string | null {
  return level === 'ADMINISTER' ? null : `${what} needs ADMINISTER on the project; your access is ${level}.`;
}

/** Why the caller may not move the project's billing elsewhere, or null when they may. */
export function transferBlockedReason(projectLevel: ProjectLevel, billingOrg: OrgStanding | null): string | null {
  const administer = needsAdminister('Transferring billing', projectLevel);
  if (administer) return administer;
  if (!billingOrg) return null;
  if (!billingOrg.level) {
    return `You are not a member of ${billingOrg.name}, which pays for this project: only its ${WHO[billingOrg.policy ?? 'ADMIN']} may transfer its projects.`;
  }
  const required = billingOrg.policy ?? 'ADMIN';
  if (!orgLevelAtLeast(billingOrg.level, required)) {
    return `${billingOrg.name} lets only its ${WHO[required]} transfer its projects to another account (project transfer policy ${required}); you are ${AS[billingOrg.level]}.`;
  }
  return null;
}

/** Why the caller may not share the project with `org`, or null when they may. */
export function shareBlockedReason(projectLevel: ProjectLevel, org: OrgStanding): string | null {
  const administer = needsAdminister('Sharing', projectLevel);
  if (administer) return administer;
  if (!org.level) return `You are not a member of ${org.name}; only its members may share projects with it.`;
  const required = org.policy ?? 'MEMBER';
  if (!orgLevelAtLeast(org.level, required)) {
    return `Only ${WHO[required]} of ${org.name} may share projects with it (project sharing policy ${required}); you are ${AS[org.level]}.`;
  }
  return null;
}
