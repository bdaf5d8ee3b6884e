/** App routes, and the org's and the caller's lists of apps. */
import type { RouteInput } from '../../wire/inputs';
import type { AppRecord } from './state';
import {
  billingOrg,
  getApp,
  getOrg,
  hasAppAccess,
  isAdmin,
  isDeveloper,
  requireAdmin,
  requireNotExpired,
} from './access';
import { recordAudit, type Ctx } from './context';
import { nameIds, notFound, permissionDenied } from './errors';
import { selectFields } from './fields';
import { appsBilledTo, sortedKeys } from './indexes';
import { paginate } from './paging';
import { inTimeRange, nameMatcher } from './queries';

type DescribeOption = boolean | { fields?: Record<string, boolean> | undefined } | undefined;

export function appView(app: AppRecord): Record<string, unknown> {
  return { ...app, class: 'app', developers: [...app.developers], authorizedUsers: [...app.authorizedUsers] };
}

function isBillingOrgAdmin(ctx: Ctx, app: AppRecord): boolean {
  const org = billingOrg(ctx.state, app.billTo);
  return org !== undefined && isAdmin(org, ctx.caller.id);
}

function withDescribe(app: AppRecord, describe: DescribeOption) {
  if (!describe) return { id: app.id };
  const fields = typeof describe === 'object' ? describe.fields : undefined;
  return { id: app.id, describe: selectFields(appView(app), fields) };
}

export function describeApp(ctx: Ctx, appId: string, input: RouteInput<'app.describe'>) {
  const app = getApp(ctx.state, appId);
  if (!hasAppAccess(ctx.state, ctx.caller.id, app) && !isBillingOrgAdmin(ctx, app)) {
    throw permissionDenied(`${ctx.caller.id} may not see ${app.id}`);
  }
  return selectFields(appView(app), input.fields);
}

function requireKnownAccounts(ctx: Ctx, ids: readonly string[]): void {
  const unknown = ids.filter((id) => id !== 'PUBLIC' && !ctx.state.users[id] && !ctx.state.orgs[id]);
  if (unknown.length > 0) throw notFound(`No such users or orgs: ${nameIds(unknown)}`);
}

function requireAppOrgNotExpired(ctx: Ctx, app: AppRecord): void {
  const org = billingOrg(ctx.state, app.billTo);
  if (org) requireNotExpired(ctx, org);
}

function addTo(ctx: Ctx, app: AppRecord, list: 'developers' | 'authorizedUsers', ids: string[]) {
  const added = [...new Set(ids)].filter((id) => !app[list].includes(id));
  if (added.length === 0) return;
  const before = [...app[list]];
  ctx.tx.editApp(app.id)[list] = [...app[list], ...added];
  const org = billingOrg(ctx.state, app.billTo);
  const action = list === 'developers' ? 'app.addDevelopers' : 'app.addAuthorizedUsers';
  if (org) recordAudit(ctx, org.id, action, app.id, before, app[list]);
}

export function addDevelopers(ctx: Ctx, appId: string, input: RouteInput<'app.addDevelopers'>) {
  const app = getApp(ctx.state, appId);
  const addingSelf = input.developers.every((id) => id === ctx.caller.id) && isBillingOrgAdmin(ctx, app);
  if (!addingSelf && !isDeveloper(ctx.state, ctx.caller.id, app)) {
    throw permissionDenied(`Only a developer of ${app.id} may add developers (an admin of its org may add themselves)`);
  }
  requireKnownAccounts(ctx, input.developers);
  requireAppOrgNotExpired(ctx, app);
  addTo(ctx, app, 'developers', input.developers);
  return { id: app.id };
}

export function addAuthorizedUsers(ctx: Ctx, appId: string, input: RouteInput<'app.addAuthorizedUsers'>) {
  const app = getApp(ctx.state, appId);
  if (!isDeveloper(ctx.state, ctx.caller.id, app)) {
    throw permissionDenied(`Only a developer of ${app.id} may authorize users`);
  }
  requireKnownAccounts(ctx, input.authorizedUsers);
  requireAppOrgNotExpired(ctx, app);
  addTo(ctx, app, 'authorizedUsers', input.authorizedUsers);
  return { id: app.id };
}

export function findOrgApps(ctx: Ctx, orgId: string, input: RouteInput<'org.findApps'>) {
  const org = getOrg(ctx.state, orgId);
  requireAdmin(ctx, org);
  const matchesName = nameMatcher(input.name);
  const apps = appsBilledTo(ctx.state, org.id).filter(
    (app) => inTimeRange(app.created, input.created) && matchesName(app.name),
  );
  return paginate(
    `${org.id}/findApps`,
    input,
    apps,
    (app) => app.id,
    (app) => withDescribe(app, input.describe),
  );
}

export function findSystemApps(ctx: Ctx, input: RouteInput<'system.findApps'>) {
  const matchesName = nameMatcher(input.name);
  const apps = sortedKeys(ctx.state.apps)
    .map((id) => ctx.state.apps[id]!)
    .filter((app) => hasAppAccess(ctx.state, ctx.caller.id, app) && matchesName(app.name));
  return paginate(
    'system/findApps',
    input,
    apps,
    (app) => app.id,
    (app) => withDescribe(app, input.describe),
  );
}

/** The emulator has no global workflows; `dx describe` asks for them all the same. */
export function findGlobalWorkflows(_ctx: Ctx, input: RouteInput<'system.findGlobalWorkflows'>) {
  return paginate(
    'system/findGlobalWorkflows',
    input,
    [] as string[],
    (id) => id,
    (id) => ({ id }),
  );
}
