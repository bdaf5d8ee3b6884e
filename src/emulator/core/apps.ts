/** App routes, and the org's and the caller's lists of apps. */
import type { RouteInput } from '../../wire/inputs';
import { projectLevelRank } from '../../wire/levels';
import type { AppRecord } from './state';
import {
  billingOrg,
  effectiveProjectAccess,
  getApp,
  getOrg,
  hasAppAccess,
  isAdmin,
  isDeveloper,
  requireAdmin,
  requireNotExpired,
} from './access';
import { findApplet } from './applets';
import { recordAudit, type Ctx } from './context';
import { invalidInput, nameIds, notFound, permissionDenied } from './errors';
import { selectFields } from './fields';
import { appsBilledTo, sortedKeys } from './indexes';
import { once } from './nonces';
import { paginate } from './paging';
import { inTimeRange, nameMatcher } from './queries';

type DescribeOption = boolean | { fields?: Record<string, boolean> | undefined } | undefined;

export function appView(app: AppRecord): Record<string, unknown> {
  return {
    ...app,
    class: 'app',
    developers: [...app.developers],
    authorizedUsers: [...app.authorizedUsers],
    ...(app.tags ? { tags: [...app.tags] } : {}),
  };
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

function requireSeesApp(ctx: Ctx, app: AppRecord): void {
  if (!hasAppAccess(ctx.state, ctx.caller.id, app) && !isBillingOrgAdmin(ctx, app)) {
    throw permissionDenied(`${ctx.caller.id} may not see ${app.id}`);
  }
}

export function describeApp(ctx: Ctx, appId: string, input: RouteInput<'app.describe'>) {
  const app = getApp(ctx.state, appId);
  requireSeesApp(ctx, app);
  return selectFields(appView(app), input.fields);
}

/** Who may bill an app: oneself, or an org one administers (the platform's rule for apps). */
function requireMayBillApp(ctx: Ctx, billTo: string): void {
  if (billTo.startsWith('user-')) {
    if (billTo !== ctx.caller.id) throw permissionDenied(`${ctx.caller.id} may not bill an app to another user`);
    return;
  }
  const org = getOrg(ctx.state, billTo);
  if (!isAdmin(org, ctx.caller.id)) {
    throw permissionDenied(`Only an admin of ${org.id} may bill an app to it`);
  }
  requireNotExpired(ctx, org);
}

/**
 * `/app/new`: a new app from an applet the caller can see, billed to `billTo` (default:
 * the caller's own billTo), with the caller as its developer, unpublished.
 */
export function newApp(ctx: Ctx, input: RouteInput<'app.new'>) {
  return once(ctx, 'app.new', input, () => createApp(ctx, input));
}

function createApp(ctx: Ctx, input: RouteInput<'app.new'>) {
  const applets = input.regionalOptions
    ? Object.entries(input.regionalOptions).map(([region, options]) => ({ region, id: options.applet }))
    : [{ region: undefined, id: input.applet! }];
  for (const { region, id } of applets) {
    const { project } = findApplet(ctx.state, id);
    if (projectLevelRank(effectiveProjectAccess(ctx.state, ctx.caller.id, project)) < projectLevelRank('VIEW')) {
      throw permissionDenied(`${ctx.caller.id} may not see the applet ${id}`);
    }
    if (region !== undefined && region !== project.region) {
      throw invalidInput(`The applet ${id} is in ${project.region}, not in ${region}`);
    }
  }
  const id = `app-${input.name}`;
  const existing = ctx.state.apps[id];
  if (existing) {
    if (!isDeveloper(ctx.state, ctx.caller.id, existing)) {
      throw permissionDenied(`The app name ${input.name} is taken, and ${ctx.caller.id} is not a developer of it`);
    }
    if (existing.version === input.version) {
      throw invalidInput('Specified name and version conflict with an existing alias');
    }
    throw invalidInput(`The emulator keeps one version of each app: ${id} is at ${existing.version}`);
  }
  const billTo = input.billTo ?? ctx.caller.billTo;
  requireMayBillApp(ctx, billTo);
  const app: AppRecord = {
    id,
    name: input.name,
    title: input.title ?? input.name,
    version: input.version,
    billTo,
    developers: [ctx.caller.id],
    authorizedUsers: [],
    published: 0,
    created: ctx.now,
  };
  ctx.tx.put('apps', app);
  const org = billingOrg(ctx.state, billTo);
  if (org) recordAudit(ctx, org.id, 'app.new', id, null, { name: app.name, version: app.version, title: app.title });
  return { id };
}

/** `/app-x/listAuthorizedUsers`: for whoever may see the app (its describe shows them too). */
export function listAuthorizedUsers(ctx: Ctx, appId: string, _input: RouteInput<'app.listAuthorizedUsers'>) {
  const app = getApp(ctx.state, appId);
  requireSeesApp(ctx, app);
  return { authorizedUsers: [...app.authorizedUsers] };
}

/** `/app-x/listCategories`: the emulator keeps no categories, so every app has none. */
export function listCategories(ctx: Ctx, appId: string, _input: RouteInput<'app.listCategories'>) {
  requireSeesApp(ctx, getApp(ctx.state, appId));
  return { categories: [] };
}

/** `/app-x/addTags`: a developer tags the version. */
export function addTags(ctx: Ctx, appId: string, input: RouteInput<'app.addTags'>) {
  const app = getApp(ctx.state, appId);
  if (!isDeveloper(ctx.state, ctx.caller.id, app)) {
    throw permissionDenied(`Only a developer of ${app.id} may tag it`);
  }
  requireAppOrgNotExpired(ctx, app);
  const before = app.tags ?? [];
  const added = [...new Set(input.tags)].filter((tag) => !before.includes(tag));
  if (added.length === 0) return { id: app.id };
  ctx.tx.editApp(app.id).tags = [...before, ...added];
  const org = billingOrg(ctx.state, app.billTo);
  if (org) recordAudit(ctx, org.id, 'app.addTags', app.id, before, app.tags);
  return { id: app.id };
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
    .filter(
      (app) =>
        hasAppAccess(ctx.state, ctx.caller.id, app) &&
        matchesName(app.name) &&
        (input.published === undefined || app.published > 0 === input.published),
    );
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
