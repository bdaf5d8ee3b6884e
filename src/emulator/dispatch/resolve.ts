/** Who calls, and which route a path names: the token's user, and `/<subject>/<method>`'s route. */
import { ApiFailure, invalidInput, notFound } from '../core/errors';
import { userWithToken } from '../core/indexes';
import type { State, UserRecord } from '../core/state';
import { ROUTES, type Route } from './routes';

const ENTITY_CLASSES = ['org', 'user', 'project', 'app'] as const;
type EntityClass = (typeof ENTITY_CLASSES)[number];
const CLASS_WORDS = new Set(['system', ...ENTITY_CLASSES]);

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

export function resolveRoute(state: State, path: string): { route: Route; subject: string } {
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
