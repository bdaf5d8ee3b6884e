/** The route table: every `/<subject>/<method>` the emulator answers, and what it runs. */
import type { z } from 'zod';
import type { ApiErrorType } from '../../wire/errors';
import { routeInputs, type RouteInput, type RouteName } from '../../wire/inputs';
import { newApplet } from '../core/applets';
import {
  addAuthorizedUsers,
  addDevelopers,
  addTags as addAppTags,
  describeApp,
  findGlobalWorkflows,
  findOrgApps,
  findSystemApps,
  listAuthorizedUsers,
  listCategories,
  newApp,
} from '../core/apps';
import { findAuditEvents } from '../core/audit';
import {
  confirmBillingContact,
  orgBillingSummary,
  requestSpendingLimitChange,
  updateBillingInformation,
  usageReport,
  userBillingSummary,
} from '../core/billing';
import type { Ctx } from '../core/context';
import { findMembers, invite, removeMember, setMemberAccess } from '../core/members';
import { describeOrg, findOrgs, newOrg, updateOrg } from '../core/orgs';
import {
  addTags,
  bulkUpdateProjectLimit,
  decreasePermissions,
  describeProject,
  destroyProject,
  findOrgProjects,
  findSystemProjects,
  inviteToProject,
  listFolder,
  newProject,
  removeTags,
  setProperties,
  updateProject,
} from '../core/projects';
import { describeUser, newUser, updateUser, USER_INPUT_REFUSAL, whoami } from '../core/users';

export interface Route {
  /** `class` routes are called on a class word (`/org/new`), `entity` routes on an ID. */
  on: 'class' | 'entity';
  mutates: boolean;
  input: z.ZodType;
  /** The error type of an input its schema refuses (the auth server's own for `/user/new`). */
  refusesInputAs: ApiErrorType;
  run(ctx: Ctx, subject: string, input: unknown): unknown;
}

function route<R extends RouteName>(
  name: R,
  on: Route['on'],
  mutates: boolean,
  run: (ctx: Ctx, subject: string, input: RouteInput<R>) => unknown,
  refusesInputAs: ApiErrorType = 'InvalidInput',
): [R, Route] {
  return [name, { on, mutates, input: routeInputs[name], refusesInputAs, run: run as Route['run'] }];
}

const READ = false;
const WRITE = true;

export const ROUTES: ReadonlyMap<string, Route> = new Map([
  route('system.whoami', 'class', READ, (ctx) => whoami(ctx)),
  route('system.findOrgs', 'class', READ, (ctx, _s, input) => findOrgs(ctx, input)),
  route('system.findApps', 'class', READ, (ctx, _s, input) => findSystemApps(ctx, input)),
  route('system.findGlobalWorkflows', 'class', READ, (ctx, _s, input) => findGlobalWorkflows(ctx, input)),
  route('system.findProjects', 'class', READ, (ctx, _s, input) => findSystemProjects(ctx, input)),
  route('org.new', 'class', WRITE, (ctx, _s, input) => newOrg(ctx, input)),
  route('user.new', 'class', WRITE, (ctx, _s, input) => newUser(ctx, input), USER_INPUT_REFUSAL),
  route('project.new', 'class', WRITE, (ctx, _s, input) => newProject(ctx, input)),
  route('applet.new', 'class', WRITE, (ctx, _s, input) => newApplet(ctx, input)),
  route('app.new', 'class', WRITE, (ctx, _s, input) => newApp(ctx, input)),

  route('org.describe', 'entity', READ, describeOrg),
  route('org.update', 'entity', WRITE, updateOrg),
  route('org.findMembers', 'entity', READ, findMembers),
  route('org.invite', 'entity', WRITE, invite),
  route('org.setMemberAccess', 'entity', WRITE, setMemberAccess),
  route('org.removeMember', 'entity', WRITE, removeMember),
  route('org.findProjects', 'entity', READ, findOrgProjects),
  route('org.findApps', 'entity', READ, findOrgApps),
  route('org.bulkUpdateProjectLimit', 'entity', WRITE, bulkUpdateProjectLimit),
  route('org.findAuditEvents', 'entity', READ, findAuditEvents),
  route('org.updateBillingInformation', 'entity', WRITE, updateBillingInformation),
  route('org.confirmBillingContact', 'entity', WRITE, (ctx, subject) => confirmBillingContact(ctx, subject)),
  route('org.requestSpendingLimitChange', 'entity', WRITE, requestSpendingLimitChange),
  route('org.usageReport', 'entity', READ, usageReport),
  route('org.billingSummary', 'entity', READ, orgBillingSummary),

  route('user.describe', 'entity', READ, describeUser),
  route('user.update', 'entity', WRITE, updateUser),
  route('user.billingSummary', 'entity', READ, userBillingSummary),

  route('project.describe', 'entity', READ, describeProject),
  route('project.invite', 'entity', WRITE, inviteToProject),
  route('project.decreasePermissions', 'entity', WRITE, decreasePermissions),
  route('project.update', 'entity', WRITE, updateProject),
  route('project.listFolder', 'entity', READ, listFolder),
  route('project.destroy', 'entity', WRITE, destroyProject),
  route('project.addTags', 'entity', WRITE, addTags),
  route('project.removeTags', 'entity', WRITE, removeTags),
  route('project.setProperties', 'entity', WRITE, setProperties),

  route('app.describe', 'entity', READ, describeApp),
  route('app.addDevelopers', 'entity', WRITE, addDevelopers),
  route('app.addAuthorizedUsers', 'entity', WRITE, addAuthorizedUsers),
  route('app.listAuthorizedUsers', 'entity', READ, listAuthorizedUsers),
  route('app.listCategories', 'entity', READ, listCategories),
  route('app.addTags', 'entity', WRITE, addAppTags),
]);
