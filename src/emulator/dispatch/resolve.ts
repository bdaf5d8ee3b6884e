/** Who calls, and which route a path names: the token's user, and `/<subject>/<method>`'s route. */
import { ApiFailure, invalidInput, notFound } from '../core/errors';
import { userWithToken } from '../core/indexes';
import type { State, UserRecord } from '../core/state';
import { ROUTES, type Route } from './routes';

const ENTITY_CLASSES = ['org', 'user', 'project', 'app'] as const;
type EntityClass = (typeof ENTITY_CLASSES)[number];
/** Classes the emulator creates but addresses by no ID of their own (an applet lives in a project). */
const CLASS_WORDS = new Set(['system', ...ENTITY_CLASSES, 'applet']);

function entityExists(state: State, kind: EntityClass, id: string): boolean {
  switch (kind) {
    case 'org':
      return id in state.orgs;
    case 'user':
      return id in state.users;
    case 'project':
      return id in state.projects;
    case 'app':
      return id in state.apps;
  }
}

/** `/app-<name>/<alias>/<method>`: an app's version named by its version or a tag. */
function resolveAppAlias(state: State, path: string): { route: Route; subject: string } | undefined {
  const match = /^\/(app-[^/]+)\/([^/]+)\/([^/]+)\/?$/.exec(path);
  if (!match) return undefined;
  const [, subject, alias, method] = match as unknown as [string, string, string, string];
  const app = state.apps[subject];
  if (!app || (app.version !== alias && !(app.tags ?? []).includes(alias))) {
    throw notFound(`${subject}/${alias} does not exist`);
  }
  const route = ROUTES.get(`app.${method}`);
  if (!route || route.on !== 'entity') throw invalidInput(`An app has no method "${method}"`);
  return { route, subject };
}

export function resolveRoute(state: State, path: string): { route: Route; subject: string } {
  const aliased = resolveAppAlias(state, path);
  if (aliased) return aliased;
  const match = /^\/([^/]+)\/([^/]+)\/?$/.exec(path);
  if (!match) throw notFound(`No such route: ${path}`);
  const [, subject, method] = match as unknown as [string, string, string];
  if (CLASS_WORDS.has(subject)) {
    const route = ROUTES.get(`${subject}.${method}`);
    if (!route || route.on !== 'class') throw invalidInput(`${subject} has no method "${method}"`);
    return { route, subject };
  }
  const kind = ENTITY_CLASSES.find((prefix) => subject.startsWith(`${prefix}-`));
  if (!kind || !entityExists(state, kind, subject)) throw notFound(`${subject} does not exist`);
  const route = ROUTES.get(`${kind}.${method}`);
  if (!route || route.on !== 'entity') throw invalidInput(`A ${kind} has no method "${method}"`);
  return { route, subject };
}

export function authenticate(state: State, token: string | null): UserRecord {
  if (!token) throw new ApiFailure('InvalidAuthentication', 'No authentication token was given');
  const user = userWithToken(state, token);
  if (!user) throw new ApiFailure('InvalidAuthentication', 'The authentication token is not valid');
  return user;
}
