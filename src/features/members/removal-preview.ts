/**
 * What removing a member will cost them, worked out before the removal from the org's
 * projects (`findProjects` with permissions) and apps (`findApps` with developers and
 * authorized users), by the rules `removeMember` applies (org-api.md): explicit
 * permissions on projects billed to the org are revoked unless kept; access through the
 * org's share of a project goes with the membership; developer and authorized-user roles
 * on the org's apps are revoked unless kept, and app access through the org goes.
 * Projects billed elsewhere and shared with the org are not in the org's list: the report
 * after the removal names those.
 */
import type { OrgApp } from '../../api/apps';
import type { Member } from '../../api/members';
import type { OrgProject } from '../../api/org-projects';
import {
  PROJECT_LEVELS,
  maxProjectLevel,
  minProjectLevel,
  projectLevelRank,
  type ProjectLevel,
} from '../../wire/levels';

export interface ProjectLoss {
  id: string;
  name: string;
  /** Their access now (explicit, or through the org). */
  before: ProjectLevel;
  /** What they keep (an explicit permission kept); NONE when they lose it all. */
  after: ProjectLevel;
}

export interface AppLoss {
  id: string;
  name: string;
  role: 'DEVELOPER' | 'AUTHORIZED_USER' | 'THROUGH_ORG';
}

export interface RemovalPreview {
  projects: ProjectLoss[];
  apps: AppLoss[];
}

export interface RemovalChoices {
  keepProjects: boolean;
  keepApps: boolean;
}

function asLevel(value: string | undefined): ProjectLevel {
  return (PROJECT_LEVELS as readonly string[]).includes(value ?? '') ? (value as ProjectLevel) : 'NONE';
}

export function removalPreview(
  orgId: string,
  member: Pick<Member, 'id' | 'projectAccess' | 'appAccess'>,
  projects: readonly OrgProject[],
  apps: readonly OrgApp[],
  { keepProjects, keepApps }: RemovalChoices,
): RemovalPreview {
  const lostProjects: ProjectLoss[] = [];
  for (const project of projects) {
    const permissions = project.permissions ?? {};
    const explicit = asLevel(permissions[member.id]);
    const viaOrg = minProjectLevel(asLevel(permissions[orgId]), member.projectAccess);
    const before = maxProjectLevel(explicit, viaOrg);
    const after = keepProjects ? explicit : 'NONE';
    if (projectLevelRank(after) < projectLevelRank(before)) {
      lostProjects.push({ id: project.id, name: project.name, before, after });
    }
  }
  const lostApps: AppLoss[] = [];
  for (const app of apps) {
    const developer = app.developers.includes(member.id);
    const authorized = app.authorizedUsers.includes(member.id);
    if (!keepApps && (developer || authorized)) {
      lostApps.push({ id: app.id, name: app.title, role: developer ? 'DEVELOPER' : 'AUTHORIZED_USER' });
    } else if (
      member.appAccess &&
      app.authorizedUsers.includes(orgId) &&
      !app.authorizedUsers.includes('PUBLIC') &&
      !developer &&
      !authorized
    ) {
      lostApps.push({ id: app.id, name: app.title, role: 'THROUGH_ORG' });
    }
  }
  return { projects: lostProjects, apps: lostApps };
}
