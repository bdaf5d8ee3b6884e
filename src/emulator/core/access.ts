/** Access rules every area shares: who belongs where, and who may see what. */
import { maxProjectLevel, minProjectLevel, orgLevelAtLeast, type OrgLevel, type ProjectLevel } from '../../wire/levels';
import type { AppRecord, Membership, OrgRecord, ProjectRecord, State } from './state';
import type { Ctx } from './context';
import { ApiFailure, notFound, permissionDenied } from './errors';

export function getOrg(state: State, orgId: string): OrgRecord {
  const org = state.orgs[orgId];
  if (!org) throw notFound(`The org ${orgId} does not exist`);
  return org;
}

export function getProject(state: State, projectId: string): ProjectRecord {
  const project = state.projects[projectId];
  if (!project) throw notFound(`The project ${projectId} does not exist`);
  return project;
}

export function getApp(state: State, appId: string): AppRecord {
  const app = state.apps[appId];
  if (!app) throw notFound(`The app ${appId} does not exist`);
  return app;
}

export function membershipOf(org: OrgRecord, userId: string): Membership | undefined {
  return org.members[userId];
}

export function isAdmin(org: OrgRecord, userId: string): boolean {
  return org.members[userId]?.level === 'ADMIN';
}

export function isExpired(org: OrgRecord, now: number): boolean {
  return org.expiresAt !== null && org.expiresAt <= now;
}

export function requireAdmin(ctx: Ctx, org: OrgRecord): void {
  if (!isAdmin(org, ctx.caller.id)) {
    throw permissionDenied(`${ctx.caller.id} is not an ADMIN of ${org.id}`);
  }
}

/** Mutations of an org that has passed `expiresAt` are refused: it is read-only. */
export function requireNotExpired(ctx: Ctx, org: OrgRecord): void {
  if (isExpired(org, ctx.now)) {
    const when = new Date(org.expiresAt ?? 0).toISOString().slice(0, 10);
    throw new ApiFailure('OrgExpired', `${org.id} expired on ${when}; it is read-only`);
  }
}

export function requireLicense(org: OrgRecord, license: keyof OrgRecord['licenses'], what: string): void {
  if (!org.licenses[license]) {
    throw permissionDenied(`${what} needs the ${license} license, which ${org.id} does not hold`);
  }
}

/** `memberListVisibility`: the minimum standing needed to list an org's members. */
export function canListMembers(org: OrgRecord, userId: string): boolean {
  const visibility = org.policies.memberListVisibility;
  if (visibility === 'PUBLIC') return true;
  const membership = org.members[userId];
  return membership !== undefined && orgLevelAtLeast(membership.level, visibility);
}

export function hasBillableAccess(org: OrgRecord, userId: string): boolean {
  return org.members[userId]?.allowBillableActivities === true;
}

export function orgLevelAtLeastIn(org: OrgRecord, userId: string, required: OrgLevel): boolean {
  const membership = org.members[userId];
  return membership !== undefined && orgLevelAtLeast(membership.level, required);
}

/** A member's shared project access in an org (ADMINISTER for an ADMIN). */
export function sharedProjectAccess(membership: Membership): ProjectLevel {
  return membership.level === 'ADMIN' ? 'ADMINISTER' : membership.projectAccess;
}

/**
 * Effective access of a user on a project: the highest of their explicit permission and,
 * for every org the project is shared with and the user belongs to, the lower of the
 * org's grant and the user's shared project access in that org.
 */
export function effectiveProjectAccess(state: State, userId: string, project: ProjectRecord): ProjectLevel {
  let effective: ProjectLevel = project.permissions[userId] ?? 'NONE';
  for (const grantee in project.permissions) {
    if (!grantee.startsWith('org-')) continue;
    const membership = state.orgs[grantee]?.members[userId];
    if (!membership) continue;
    const viaOrg = minProjectLevel(project.permissions[grantee] ?? 'NONE', sharedProjectAccess(membership));
    effective = maxProjectLevel(effective, viaOrg);
  }
  return effective;
}

/** U may see and run A as a developer, an authorized user, through PUBLIC, or through an org with appAccess. */
export function hasAppAccess(state: State, userId: string, app: AppRecord): boolean {
  if (app.developers.includes(userId)) return true;
  for (const authorized of app.authorizedUsers) {
    if (authorized === userId || authorized === 'PUBLIC') return true;
    if (authorized.startsWith('org-') && state.orgs[authorized]?.members[userId]?.appAccess) return true;
  }
  return false;
}

export function isDeveloper(state: State, userId: string, app: AppRecord): boolean {
  for (const developer of app.developers) {
    if (developer === userId) return true;
    if (developer.startsWith('org-') && state.orgs[developer]?.members[userId]) return true;
  }
  return false;
}

/** The org a project or app is billed to, when it is billed to an org. */
export function billingOrg(state: State, billTo: string): OrgRecord | undefined {
  return billTo.startsWith('org-') ? state.orgs[billTo] : undefined;
}
