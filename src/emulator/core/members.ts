/** Org membership routes: findMembers, invite, setMemberAccess, removeMember. */
import type { RouteInput } from '../../wire/inputs';
import { projectLevelRank, type ProjectLevel } from '../../wire/levels';
import type { Membership, OrgRecord, State } from './state';
import {
  canListMembers,
  effectiveProjectAccess,
  getOrg,
  hasAppAccess,
  requireAdmin,
  requireNotExpired,
} from './access';
import { recordAudit, type Ctx } from './context';
import { invalidState, nameIds, notFound, permissionDenied } from './errors';
import { appsBilledTo, projectsBilledTo, sortedKeys } from './indexes';
import { adminsAfter, sameMembership } from '../../wire/membership';
import { changedMembership, invitedMembership } from './membership-rules';
import { paginate } from './paging';
import { userPublicView } from './users';

export function findMembers(ctx: Ctx, orgId: string, input: RouteInput<'org.findMembers'>) {
  const org = getOrg(ctx.state, orgId);
  if (!canListMembers(org, ctx.caller.id)) {
    throw permissionDenied(`The member list of ${org.id} is visible to ${org.policies.memberListVisibility} only`);
  }
  let ids = sortedKeys(org.members);
  if (input.id) {
    const wanted = new Set(input.id);
    ids = ids.filter((id) => wanted.has(id));
  }
  if (input.level) ids = ids.filter((id) => org.members[id]!.level === input.level);
  return paginate(
    `${org.id}/findMembers`,
    input,
    ids,
    (id) => id,
    (id) => {
      const result: Record<string, unknown> = { id, ...org.members[id]! };
      // The user's public describe, for admins too (as the platform's client tests assert).
      if (input.describe) result.describe = userPublicView(ctx.state.users[id]!);
      return result;
    },
  );
}

export function invite(ctx: Ctx, orgId: string, input: RouteInput<'org.invite'>) {
  const org = getOrg(ctx.state, orgId);
  requireAdmin(ctx, org);
  requireNotExpired(ctx, org);
  if (!ctx.state.users[input.invitee]) throw notFound(`The user ${input.invitee} does not exist`);
  if (org.members[input.invitee]) throw invalidState(`${input.invitee} is already a member of ${org.id}`);
  const membership = invitedMembership(input.level ?? 'MEMBER', input);
  ctx.tx.setMember(org, input.invitee, membership);
  recordAudit(ctx, org.id, 'org.invite', input.invitee, null, membership);
  return { id: input.invitee, state: 'ACCEPTED' };
}

function requireAnAdminLeft(org: OrgRecord, changes: Map<string, Membership | null>): void {
  const admins = Object.keys(org.members).filter((id) => org.members[id]!.level === 'ADMIN');
  if (adminsAfter(admins, Object.fromEntries(changes)).length > 0) return;
  const losing = [...changes.keys()].filter((id) => org.members[id]?.level === 'ADMIN');
  throw invalidState(`${org.id} must keep at least one ADMIN; this would leave none (${nameIds(losing)})`, {
    users: losing,
  });
}

export function setMemberAccess(ctx: Ctx, orgId: string, input: RouteInput<'org.setMemberAccess'>) {
  const org = getOrg(ctx.state, orgId);
  requireAdmin(ctx, org);
  requireNotExpired(ctx, org);
  const notMembers = Object.keys(input).filter((id) => !org.members[id]);
  if (notMembers.length > 0) {
    throw invalidState(`Not members of ${org.id}: ${nameIds(notMembers)}`, { users: notMembers });
  }
  const changes = new Map<string, Membership | null>();
  for (const [userId, change] of Object.entries(input)) {
    changes.set(userId, changedMembership(org.members[userId]!, change, userId));
  }
  requireAnAdminLeft(org, changes);
  const before: Record<string, Membership> = {};
  const after: Record<string, Membership> = {};
  for (const [userId, membership] of changes) {
    const current = org.members[userId]!;
    if (sameMembership(current, membership!)) continue;
    before[userId] = current;
    after[userId] = membership!;
    ctx.tx.setMember(org, userId, membership!);
  }
  if (Object.keys(after).length > 0) {
    recordAudit(ctx, org.id, 'org.setMemberAccess', Object.keys(after).join(','), before, after);
  }
  return { id: org.id };
}

/** What a user loses on each project and app when they leave an org. */
function removalEffects(state: State, org: OrgRecord, userId: string, input: RouteInput<'org.removeMember'>) {
  const revokeProjects = input.revokeProjectPermissions ?? true;
  const revokeApps = input.revokeAppPermissions ?? true;
  const explicitRevoked = revokeProjects
    ? projectsBilledTo(state, org.id).filter((project) => project.permissions[userId] !== undefined)
    : [];
  const sharedWithOrg = Object.values(state.projects).filter((project) => project.permissions[org.id] !== undefined);
  const projectsBefore = new Map<string, ProjectLevel>();
  for (const project of [...explicitRevoked, ...sharedWithOrg]) {
    projectsBefore.set(project.id, effectiveProjectAccess(state, userId, project));
  }
  const appRoles = new Map<string, string>();
  const appsRevoked = revokeApps
    ? appsBilledTo(state, org.id).filter(
        (app) => app.developers.includes(userId) || app.authorizedUsers.includes(userId),
      )
    : [];
  for (const app of appsRevoked) {
    appRoles.set(app.id, app.developers.includes(userId) ? 'DEVELOPER' : 'AUTHORIZED_USER');
  }
  const appsThroughOrg = org.members[userId]?.appAccess
    ? Object.values(state.apps).filter((app) => app.authorizedUsers.includes(org.id))
    : [];
  return { explicitRevoked, projectsBefore, appsRevoked, appRoles, appsThroughOrg };
}

export function removeMember(ctx: Ctx, orgId: string, input: RouteInput<'org.removeMember'>) {
  const org = getOrg(ctx.state, orgId);
  const userId = input.user;
  const leaving = userId === ctx.caller.id;
  if (!leaving) requireAdmin(ctx, org);
  requireNotExpired(ctx, org);
  // The platform accepts removing someone who is not a member, and removes nothing
  // (its client tests do it in every tear-down).
  if (!org.members[userId]) return { id: org.id, projects: {}, apps: {} };
  requireAnAdminLeft(org, new Map([[userId, null]]));

  const state = ctx.state;
  const effects = removalEffects(state, org, userId, input);
  const appAccessBefore = new Map(effects.appsThroughOrg.map((app) => [app.id, hasAppAccess(state, userId, app)]));
  const membership = org.members[userId]!;

  ctx.tx.setMember(org, userId, null);
  for (const project of effects.explicitRevoked) delete ctx.tx.editProject(project.id).permissions[userId];
  for (const { id } of effects.appsRevoked) {
    const app = ctx.tx.editApp(id);
    app.developers = app.developers.filter((developer) => developer !== userId);
    app.authorizedUsers = app.authorizedUsers.filter((authorized) => authorized !== userId);
  }
  if (state.users[userId]?.billTo === org.id) ctx.tx.editUser(userId).billTo = userId;

  const projects: Record<string, ProjectLevel> = {};
  const revokedIds = new Set(effects.explicitRevoked.map((project) => project.id));
  for (const [projectId, before] of effects.projectsBefore) {
    const after = effectiveProjectAccess(state, userId, state.projects[projectId]!);
    if (revokedIds.has(projectId) || projectLevelRank(after) < projectLevelRank(before)) projects[projectId] = before;
  }
  const apps: Record<string, string> = Object.fromEntries(effects.appRoles);
  for (const app of effects.appsThroughOrg) {
    if (appAccessBefore.get(app.id) && !hasAppAccess(state, userId, app)) apps[app.id] ??= 'AUTHORIZED_USER';
  }
  recordAudit(ctx, org.id, 'org.removeMember', userId, membership, { projects, apps });
  return { id: org.id, projects, apps };
}
