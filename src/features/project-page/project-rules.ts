/**
 * What the caller may do on the project page, from the API's data, and why not: the
 * billing org's `restrictProjectTransfer` and a target org's `projectSharing` (org-api.md
 * §4), and Administer on the project. The API decides in the end; these explain up front.
 * Administer is said once for the whole page (`accessSentence`); the policy reasons are
 * said at the action they stop.
 */
import { POLICY_AUDIENCE_LABELS, PROJECT_ACCESS_LABELS } from '../../lib/labels';
import { orgLevelAtLeast, type OrgLevel, type ProjectLevel } from '../../wire/levels';

const WHO: Record<OrgLevel, string> = { ADMIN: 'admins', MEMBER: 'members' };
const AS: Record<OrgLevel, string> = { ADMIN: 'an admin', MEMBER: 'a member' };

/** The caller's standing in an org, as its describe tells it (absent when not a member). */
export interface OrgStanding {
  name: string;
  level?: OrgLevel | undefined;
  policy?: OrgLevel | undefined;
}

/** What the page's actions need, said once: null with Administer. */
export function accessSentence(level: ProjectLevel): string | null {
  if (level === 'ADMINISTER') return null;
  const yours =
    level === 'NONE'
      ? 'You have no access of your own to this project.'
      : `You have ${PROJECT_ACCESS_LABELS[level]} access to this project.`;
  return `${yours} Sharing it, transferring its billing, the Data Protection Notice and monthly limits need ${PROJECT_ACCESS_LABELS.ADMINISTER}.`;
}

/** Why the caller, with Administer, may not move the project's billing elsewhere, or null when they may. */
export function transferBlockedReason(billingOrg: OrgStanding | null): string | null {
  if (!billingOrg) return null;
  if (!billingOrg.level) {
    return `You are not a member of ${billingOrg.name}, which pays for this project: only its ${WHO[billingOrg.policy ?? 'ADMIN']} may transfer its projects.`;
  }
  const required = billingOrg.policy ?? 'ADMIN';
  if (!orgLevelAtLeast(billingOrg.level, required)) {
    return `${billingOrg.name} lets only its ${WHO[required]} transfer its projects to another account (its Project transfer policy: ${POLICY_AUDIENCE_LABELS[required]}); you are ${AS[billingOrg.level]}.`;
  }
  return null;
}

/** Why the caller, with Administer, may not share the project with `org`, or null when they may. */
export function shareBlockedReason(org: OrgStanding): string | null {
  if (!org.level) return `You are not a member of ${org.name}; only its members may share projects with it.`;
  const required = org.policy ?? 'MEMBER';
  if (!orgLevelAtLeast(org.level, required)) {
    return `Only ${WHO[required]} of ${org.name} may share projects with it (its Project sharing policy: ${POLICY_AUDIENCE_LABELS[required]}); you are ${AS[org.level]}.`;
  }
  return null;
}
