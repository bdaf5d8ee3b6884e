/**
 * `/applet/new`: just enough of an applet for `dx build --create-app` to build an app from
 * it. The applet is kept in its project's root folder, by name and title only.
 */
import type { RouteInput } from '../../wire/inputs';
import type { AppletRecord, ProjectRecord, State } from './state';
import { getProject } from './access';
import type { Ctx } from './context';
import { notFound } from './errors';
import { once } from './nonces';
import { newObjectId, requireBillingOrgNotExpired, requireLevel } from './projects';

export function newApplet(ctx: Ctx, input: RouteInput<'applet.new'>) {
  return once(ctx, 'applet.new', input, () => createApplet(ctx, input));
}

function createApplet(ctx: Ctx, input: RouteInput<'applet.new'>) {
  const project = getProject(ctx.state, input.project);
  requireLevel(ctx, project, 'CONTRIBUTE', 'Creating an applet');
  requireBillingOrgNotExpired(ctx, project);
  const folder = input.folder === undefined || /^\/+$/.test(input.folder) ? '/' : input.folder.replace(/\/+$/, '');
  if (folder !== '/') throw notFound(`The folder ${folder} could not be found in ${project.id}`);
  const id = newObjectId(ctx, 'applet');
  // The platform names an applet without a name after its ID.
  const name = input.name ?? id;
  const applet: AppletRecord = { id, name, title: input.title ?? '', created: ctx.now, createdBy: ctx.caller.id };
  const edited = ctx.tx.editProject(project.id);
  edited.applets = { ...edited.applets, [id]: applet };
  return { id };
}

/** The applet with this ID and the project that holds it. */
export function findApplet(state: State, appletId: string): { applet: AppletRecord; project: ProjectRecord } {
  for (const project of Object.values(state.projects)) {
    const applet = project.applets?.[appletId];
    if (applet) return { applet, project };
  }
  throw notFound(`The applet ${appletId} does not exist`);
}
