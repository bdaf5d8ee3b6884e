/** Project routes, and the org's view of the projects billed to it. */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { ProjectLimits } from '../../wire/entities';
import type { RouteInput } from '../../wire/inputs';
import { orgLevelAtLeast, projectLevelRank, type ProjectLevel } from '../../wire/levels';
import type { OrgRecord, ProjectRecord } from './state';
import {
  billingOrg,
  effectiveProjectAccess,
  getOrg,
  getProject,
  hasBillableAccess,
  isAdmin,
  requireAdmin,
  requireLicense,
  requireNotExpired,
} from './access';
import { canCharge, hasFundsLeft } from './billing';
import { recordAudit, type Ctx } from './context';
import { ApiFailure, invalidInput, invalidState, nameIds, notFound, permissionDenied } from './errors';
import { selectFields } from './fields';
import { projectsBilledTo, sortedKeys } from './indexes';
import { paginate } from './paging';
import { inTimeRange, nameMatcher, propertiesMatch, tagsMatch } from './queries';

const ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const LIMIT_FIELDS = ['monthlyComputeLimit', 'monthlyEgressBytesLimit', 'monthlyStorageLimit'] as const;

/** A new `project-`/`applet-` ID: 24 letters or digits, deterministic from the sequence. */
export function newObjectId(ctx: Ctx, kind: 'project' | 'applet'): string {
  const digest = sha256(utf8ToBytes(`${kind}:${ctx.tx.nextSequence()}`));
  let id = `${kind}-`;
  for (let i = 0; i < 24; i += 1) id += ID_ALPHABET[digest[i]! % ID_ALPHABET.length];
  return id;
}

function projectLevelFor(ctx: Ctx, project: ProjectRecord): ProjectLevel {
  return effectiveProjectAccess(ctx.state, ctx.caller.id, project);
}

/** Admins of the org a project is billed to may see it, and grant themselves access. */
function isBillingOrgAdmin(ctx: Ctx, project: ProjectRecord): boolean {
  const org = billingOrg(ctx.state, project.billTo);
  return org !== undefined && isAdmin(org, ctx.caller.id);
}

function requireAdminister(ctx: Ctx, project: ProjectRecord): void {
  if (projectLevelFor(ctx, project) !== 'ADMINISTER') {
    throw permissionDenied(`${ctx.caller.id} does not have ADMINISTER access to ${project.id}`);
  }
}

export function requireBillingOrgNotExpired(ctx: Ctx, project: ProjectRecord): void {
  const org = billingOrg(ctx.state, project.billTo);
  if (org) requireNotExpired(ctx, org);
}

export function projectView(ctx: Ctx, project: ProjectRecord): Record<string, unknown> {
  const level = projectLevelFor(ctx, project);
  const view: Record<string, unknown> = {
    id: project.id,
    class: 'project',
    name: project.name,
    billTo: project.billTo,
    level,
    created: project.created,
    createdBy: project.createdBy,
    region: project.region,
    dataUsage: project.dataUsage,
    containsPHI: project.containsPHI,
    dataProtectionNotice: project.dataProtectionNotice,
    public: project.public,
    tags: project.tags,
    properties: project.properties,
    monthlyComputeLimit: project.monthlyComputeLimit,
    monthlyEgressBytesLimit: project.monthlyEgressBytesLimit,
    monthlyStorageLimit: project.monthlyStorageLimit,
  };
  if (level === 'ADMINISTER' || isBillingOrgAdmin(ctx, project)) view.permissions = { ...project.permissions };
  return view;
}

function requireVisible(ctx: Ctx, project: ProjectRecord): void {
  if (projectLevelFor(ctx, project) === 'NONE' && !isBillingOrgAdmin(ctx, project)) {
    throw permissionDenied(`${ctx.caller.id} has no access to ${project.id}`);
  }
}

export function describeProject(ctx: Ctx, projectId: string, input: RouteInput<'project.describe'>) {
  const project = getProject(ctx.state, projectId);
  requireVisible(ctx, project);
  return selectFields(projectView(ctx, project), input.fields);
}

/** Where a project may be billed by the caller: themselves, or an org where they may bill. */
function requireMayBill(ctx: Ctx, account: string): OrgRecord | undefined {
  if (account.startsWith('user-')) {
    if (account !== ctx.caller.id) throw permissionDenied(`${ctx.caller.id} may not bill to another user (${account})`);
    if (ctx.caller.billing.spendingLimit !== null && !hasFundsLeft(ctx.caller.billing)) {
      throw new ApiFailure('SpendingLimitExceeded', `${account} has no funds left under its spending limit`);
    }
    return undefined;
  }
  const org = getOrg(ctx.state, account);
  if (!hasBillableAccess(org, ctx.caller.id)) {
    throw permissionDenied(`${ctx.caller.id} may not bill to ${org.id}: billable activities are not allowed there`);
  }
  requireNotExpired(ctx, org);
  if (!canCharge(org.billing)) {
    throw new ApiFailure(
      'SpendingLimitExceeded',
      org.billing.spendingLimit === null
        ? `${org.id} is not billable: its billing is not set up`
        : `${org.id} has no funds left under its spending limit`,
    );
  }
  return org;
}

export function newProject(ctx: Ctx, input: RouteInput<'project.new'>) {
  const billTo = input.billTo ?? ctx.caller.billTo;
  const org = requireMayBill(ctx, billTo);
  const region = input.region ?? org?.permittedRegions[0] ?? 'aws:us-east-1';
  if (org && !org.permittedRegions.includes(region)) {
    throw invalidInput(`${org.id} does not permit the region ${region}`);
  }
  const defaults = org?.licenses.projectSpendingLimits ? org.policies.projectLimits : null;
  const project: ProjectRecord = {
    id: newObjectId(ctx, 'project'),
    name: input.name.trim(),
    billTo,
    created: ctx.now,
    createdBy: ctx.caller.id,
    region,
    dataUsage: 0,
    containsPHI: input.containsPHI ?? false,
    dataProtectionNotice: false,
    public: false,
    permissions: { [ctx.caller.id]: 'ADMINISTER' },
    tags: input.tags ?? [],
    properties: input.properties ?? {},
    monthlyComputeLimit: defaults?.monthlyComputeLimit ?? null,
    monthlyEgressBytesLimit: defaults?.monthlyEgressBytesLimit ?? null,
    monthlyStorageLimit: defaults?.monthlyStorageLimit ?? null,
  };
  ctx.tx.put('projects', project);
  if (org) recordAudit(ctx, org.id, 'project.new', project.id, null, { name: project.name, billTo });
  return { id: project.id };
}

export function inviteToProject(ctx: Ctx, projectId: string, input: RouteInput<'project.invite'>) {
  const project = getProject(ctx.state, projectId);
  const grantingSelf = input.invitee === ctx.caller.id && isBillingOrgAdmin(ctx, project);
  if (!grantingSelf) requireAdminister(ctx, project);
  requireBillingOrgNotExpired(ctx, project);
  if (input.invitee.startsWith('org-')) {
    const org = getOrg(ctx.state, input.invitee);
    const membership = org.members[ctx.caller.id];
    if (!membership) throw permissionDenied(`${ctx.caller.id} is not a member of ${org.id} and may not share with it`);
    if (!orgLevelAtLeast(membership.level, org.policies.projectSharing)) {
      throw permissionDenied(`Only ${org.policies.projectSharing}s of ${org.id} may share projects with it`);
    }
  } else if (!ctx.state.users[input.invitee]) {
    throw notFound(`The user ${input.invitee} does not exist`);
  }
  const current = project.permissions[input.invitee];
  if (current === undefined || projectLevelRank(input.level) > projectLevelRank(current)) {
    ctx.tx.editProject(project.id).permissions[input.invitee] = input.level;
    const org = billingOrg(ctx.state, project.billTo);
    const event = [
      project.id,
      { invitee: input.invitee, level: current ?? null },
      { invitee: input.invitee, level: input.level },
    ] as const;
    if (org) recordAudit(ctx, org.id, 'project.invite', ...event);
    if (input.invitee.startsWith('org-') && input.invitee !== org?.id) {
      recordAudit(ctx, input.invitee, 'project.invite', ...event);
    }
  }
  return { id: input.invitee, state: 'ACCEPTED' };
}

export function decreasePermissions(ctx: Ctx, projectId: string, input: RouteInput<'project.decreasePermissions'>) {
  const project = getProject(ctx.state, projectId);
  const org = billingOrg(ctx.state, project.billTo);
  const membership = org?.members[ctx.caller.id];
  const mayDemote = membership !== undefined && (membership.level === 'ADMIN' || membership.projectMemberDemotion);
  if (!mayDemote) requireAdminister(ctx, project);
  requireBillingOrgNotExpired(ctx, project);
  const missing = Object.keys(input).filter((id) => project.permissions[id] === undefined);
  if (missing.length > 0) throw invalidState(`No permission on ${project.id} to decrease: ${nameIds(missing)}`);
  const raised = Object.entries(input).filter(
    ([id, level]) => level !== null && projectLevelRank(level) > projectLevelRank(project.permissions[id]!),
  );
  if (raised.length > 0) {
    throw invalidInput(
      `decreasePermissions only lowers or removes access; it would raise ${nameIds(raised.map(([id]) => id))}`,
    );
  }
  const before: Record<string, string> = {};
  const after: Record<string, string | null> = {};
  for (const [id, level] of Object.entries(input)) {
    if (level === project.permissions[id]) continue;
    before[id] = project.permissions[id]!;
    after[id] = level;
    const { permissions } = ctx.tx.editProject(project.id);
    if (level === null) delete permissions[id];
    else permissions[id] = level;
  }
  if (org && Object.keys(after).length > 0)
    recordAudit(ctx, org.id, 'project.decreasePermissions', project.id, before, after);
  return { id: project.id };
}

function requireTransferAllowed(ctx: Ctx, project: ProjectRecord, target: string): void {
  const from = billingOrg(ctx.state, project.billTo);
  if (from) {
    const required = from.policies.restrictProjectTransfer;
    const membership = from.members[ctx.caller.id];
    if (!membership || !orgLevelAtLeast(membership.level, required)) {
      throw permissionDenied(`${from.id} lets only its ${required}s transfer its projects to another account`);
    }
  }
  requireMayBill(ctx, target);
}

export function updateProject(ctx: Ctx, projectId: string, input: RouteInput<'project.update'>) {
  const project = getProject(ctx.state, projectId);
  requireAdminister(ctx, project);
  requireBillingOrgNotExpired(ctx, project);
  const limitsGiven = LIMIT_FIELDS.filter((field) => input[field] !== undefined);
  if (limitsGiven.length > 0) {
    const org = billingOrg(ctx.state, project.billTo);
    if (!org) throw permissionDenied('Monthly project spending limits apply to projects billed to a licensed org');
    requireLicense(org, 'projectSpendingLimits', 'Monthly project spending limits');
  }
  if (input.billTo !== undefined && input.billTo !== project.billTo) requireTransferAllowed(ctx, project, input.billTo);

  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const set = <K extends keyof ProjectRecord>(field: K, value: ProjectRecord[K] | undefined) => {
    if (value === undefined || project[field] === value) return;
    before[field] = project[field];
    after[field] = value;
    ctx.tx.editProject(project.id)[field] = value;
  };
  const previousOrg = billingOrg(ctx.state, project.billTo);
  set('name', input.name?.trim());
  set('dataProtectionNotice', input.dataProtectionNotice);
  for (const field of limitsGiven) set(field, input[field]);
  set('billTo', input.billTo);
  const logs = new Set([previousOrg?.id, billingOrg(ctx.state, project.billTo)?.id].filter(Boolean) as string[]);
  if (Object.keys(after).length > 0) {
    for (const orgId of logs) recordAudit(ctx, orgId, 'project.update', project.id, before, after);
  }
  return { id: project.id };
}

function summaryOrDescribe(
  ctx: Ctx,
  project: ProjectRecord,
  describe: boolean | { fields?: Record<string, boolean> | undefined } | undefined,
) {
  const result: Record<string, unknown> = {
    id: project.id,
    level: projectLevelFor(ctx, project),
    public: project.public,
  };
  if (describe) {
    const fields = typeof describe === 'object' ? describe.fields : undefined;
    result.describe = selectFields(projectView(ctx, project), fields);
  }
  return result;
}

function requireMayListOrgProjects(ctx: Ctx, org: OrgRecord): void {
  const membership = org.members[ctx.caller.id];
  if (!membership || (membership.level !== 'ADMIN' && !membership.projectMemberDemotion)) {
    throw permissionDenied(`Listing the projects of ${org.id} needs ADMIN or the project member demotion role`);
  }
}

/** The public filters both `findProjects` routes take, as one predicate. */
function projectFilter(
  input: RouteInput<'org.findProjects'> | RouteInput<'system.findProjects'>,
): (project: ProjectRecord) => boolean {
  const matchesName = nameMatcher(input.name);
  const ids = input.id ? new Set(input.id) : null;
  return (project) =>
    (!ids || ids.has(project.id)) &&
    tagsMatch(project.tags, input.tags) &&
    propertiesMatch(project.properties, input.properties) &&
    inTimeRange(project.created, input.created) &&
    (input.region === undefined || project.region === input.region) &&
    (input.containsPHI === undefined || project.containsPHI === input.containsPHI) &&
    (input.public === undefined || project.public === input.public) &&
    matchesName(project.name);
}

export function findOrgProjects(ctx: Ctx, orgId: string, input: RouteInput<'org.findProjects'>) {
  const org = getOrg(ctx.state, orgId);
  requireMayListOrgProjects(ctx, org);
  const projects = projectsBilledTo(ctx.state, org.id).filter(projectFilter(input));
  return paginate(
    `${org.id}/findProjects`,
    input,
    projects,
    (project) => project.id,
    (project) => summaryOrDescribe(ctx, project, input.describe),
  );
}

export function findSystemProjects(ctx: Ctx, input: RouteInput<'system.findProjects'>) {
  const minimum = projectLevelRank(input.level ?? 'VIEW');
  const matches = projectFilter(input);
  const billTo = input.billTo === undefined ? null : new Set([input.billTo].flat());
  const projects = sortedKeys(ctx.state.projects)
    .map((id) => ctx.state.projects[id]!)
    .filter(
      (project) =>
        (!billTo || billTo.has(project.billTo)) &&
        projectLevelRank(projectLevelFor(ctx, project)) >= minimum &&
        matches(project),
    );
  return paginate(
    'system/findProjects',
    input,
    projects,
    (project) => project.id,
    (project) => summaryOrDescribe(ctx, project, input.describe),
  );
}

export function bulkUpdateProjectLimit(ctx: Ctx, orgId: string, input: RouteInput<'org.bulkUpdateProjectLimit'>) {
  const org = getOrg(ctx.state, orgId);
  requireAdmin(ctx, org);
  requireLicense(org, 'projectSpendingLimits', 'Monthly project spending limits');
  requireNotExpired(ctx, org);
  let projects: ProjectRecord[];
  if (input.projects === 'all') {
    projects = projectsBilledTo(ctx.state, org.id);
  } else {
    const unknown = input.projects.filter((id) => !ctx.state.projects[id]);
    if (unknown.length > 0) throw notFound(`No such projects: ${nameIds(unknown)}`);
    projects = [...new Set(input.projects)].map((id) => ctx.state.projects[id]!);
    const elsewhere = projects.filter((project) => project.billTo !== org.id);
    if (elsewhere.length > 0) throw invalidInput(`Not billed to ${org.id}: ${nameIds(elsewhere.map((p) => p.id))}`);
  }
  const limits = Object.entries(input.limits).filter(([, value]) => value !== undefined) as [
    keyof ProjectLimits,
    number | null,
  ][];
  let changed = 0;
  for (const project of projects) {
    if (!limits.some(([field, value]) => project[field] !== value)) continue;
    changed += 1;
    const edited = ctx.tx.editProject(project.id);
    for (const [field, value] of limits) edited[field] = value;
  }
  if (changed > 0) {
    recordAudit(
      ctx,
      org.id,
      'org.bulkUpdateProjectLimit',
      input.projects === 'all' ? 'all' : `${projects.length} projects`,
      null,
      {
        limits: Object.fromEntries(limits),
        changed,
      },
    );
  }
  return { id: org.id, updated: projects.map((project) => project.id) };
}

export function requireLevel(ctx: Ctx, project: ProjectRecord, needed: ProjectLevel, what: string): void {
  if (projectLevelRank(projectLevelFor(ctx, project)) < projectLevelRank(needed)) {
    throw permissionDenied(`${what} needs ${needed} access to ${project.id}, which ${ctx.caller.id} does not have`);
  }
}

/**
 * `/project-x/listFolder`: the emulator keeps no data objects, so a project holds only its
 * empty root folder ("/"); any other folder does not exist.
 */
export function listFolder(ctx: Ctx, projectId: string, input: RouteInput<'project.listFolder'>) {
  const project = getProject(ctx.state, projectId);
  requireLevel(ctx, project, 'VIEW', 'Listing a folder');
  const folder = input.folder.length > 1 ? input.folder.replace(/\/+$/, '') : input.folder;
  if (folder !== '/') throw notFound(`The folder ${folder} could not be found in ${project.id}`);
  const only = input.only ?? 'all';
  return {
    ...(only !== 'folders' ? { objects: [] } : {}),
    ...(only !== 'objects' ? { folders: [] } : {}),
  };
}

/** `/project-x/destroy`: ADMINISTER; the project and every permission on it are gone. */
export function destroyProject(ctx: Ctx, projectId: string, _input: RouteInput<'project.destroy'>) {
  const project = getProject(ctx.state, projectId);
  requireAdminister(ctx, project);
  requireBillingOrgNotExpired(ctx, project);
  const org = billingOrg(ctx.state, project.billTo);
  if (org?.billing.reportDestination === project.id) ctx.tx.editOrg(org.id).billing.reportDestination = null;
  ctx.tx.remove('projects', project.id);
  if (org) recordAudit(ctx, org.id, 'project.destroy', project.id, { name: project.name }, null);
  return {};
}

/** `tags` only ever adds to or only removes from the project's tags: a change changes the count. */
function changeTags(ctx: Ctx, project: ProjectRecord, tags: string[], action: string): { id: string } {
  if (tags.length !== project.tags.length) {
    const before = project.tags;
    ctx.tx.editProject(project.id).tags = tags;
    const org = billingOrg(ctx.state, project.billTo);
    if (org) recordAudit(ctx, org.id, action, project.id, { tags: before }, { tags });
  }
  return { id: project.id };
}

/** `/project-x/addTags`: CONTRIBUTE; tags already there stay once, in their place. */
export function addTags(ctx: Ctx, projectId: string, input: RouteInput<'project.addTags'>) {
  const project = getProject(ctx.state, projectId);
  requireLevel(ctx, project, 'CONTRIBUTE', 'Tagging a project');
  requireBillingOrgNotExpired(ctx, project);
  const added = input.tags.filter((tag, i) => !project.tags.includes(tag) && input.tags.indexOf(tag) === i);
  return changeTags(ctx, project, [...project.tags, ...added], 'project.addTags');
}

/** `/project-x/removeTags`: CONTRIBUTE; tags that are not there are ignored. */
export function removeTags(ctx: Ctx, projectId: string, input: RouteInput<'project.removeTags'>) {
  const project = getProject(ctx.state, projectId);
  requireLevel(ctx, project, 'CONTRIBUTE', 'Untagging a project');
  requireBillingOrgNotExpired(ctx, project);
  const removed = new Set(input.tags);
  return changeTags(
    ctx,
    project,
    project.tags.filter((tag) => !removed.has(tag)),
    'project.removeTags',
  );
}

/** `/project-x/setProperties`: CONTRIBUTE; a value sets the property, `null` removes it. */
export function setProperties(ctx: Ctx, projectId: string, input: RouteInput<'project.setProperties'>) {
  const project = getProject(ctx.state, projectId);
  requireLevel(ctx, project, 'CONTRIBUTE', 'Setting the properties of a project');
  requireBillingOrgNotExpired(ctx, project);
  const properties = { ...project.properties };
  for (const [key, value] of Object.entries(input.properties)) {
    if (value === null) delete properties[key];
    else properties[key] = value;
  }
  const changed = Object.entries(input.properties).some(
    ([key, value]) =>
      (Object.hasOwn(project.properties, key) ? project.properties[key] : undefined) !== (value ?? undefined),
  );
  if (changed) {
    const before = project.properties;
    ctx.tx.editProject(project.id).properties = properties;
    const org = billingOrg(ctx.state, project.billTo);
    if (org) recordAudit(ctx, org.id, 'project.setProperties', project.id, { properties: before }, { properties });
  }
  return { id: project.id };
}
