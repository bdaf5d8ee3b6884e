/**
 * Derived lookups (sorted IDs, projects per account) cached between requests. The
 * dispatcher drops them after every successful mutation, so they never go stale.
 */
import type { AppRecord, ProjectRecord, State, UserRecord } from './state';
import { hashToken } from './tokens';

let cache = new WeakMap<object, Map<string, unknown>>();

export function dropIndexes(): void {
  cache = new WeakMap();
}

function memo<T>(owner: object, key: string, build: () => T): T {
  let entries = cache.get(owner);
  if (!entries) cache.set(owner, (entries = new Map()));
  if (!entries.has(key)) entries.set(key, build());
  return entries.get(key) as T;
}

export function sortedKeys(record: Record<string, unknown>): string[] {
  return memo(record, 'sortedKeys', () => Object.keys(record).sort());
}

/** An org's admins, ascending by ID: the few admins sorted, not all members. */
export function orgAdminIds(members: Record<string, { level: string }>): string[] {
  return memo(members, 'admins', () =>
    Object.keys(members)
      .filter((id) => members[id]!.level === 'ADMIN')
      .sort(),
  );
}

/** Projects billed to an account, ascending by ID. */
export function projectsBilledTo(state: State, accountId: string): ProjectRecord[] {
  return memo(state, `projects:${accountId}`, () =>
    sortedKeys(state.projects)
      .map((id) => state.projects[id]!)
      .filter((project) => project.billTo === accountId),
  );
}

/** Apps billed to an account, ascending by ID. */
export function appsBilledTo(state: State, accountId: string): AppRecord[] {
  return memo(state, `apps:${accountId}`, () =>
    sortedKeys(state.apps)
      .map((id) => state.apps[id]!)
      .filter((app) => app.billTo === accountId),
  );
}

/**
 * Token hash → user, kept across calls (unlike the indexes above) and rebuilt only after
 * a user changed, so an unknown token costs a hash and a lookup.
 */
const tokenIndexes = new WeakMap<State, Map<string, UserRecord>>();

export function forgetTokens(state: State): void {
  tokenIndexes.delete(state);
}

export function userWithToken(state: State, token: string): UserRecord | undefined {
  let index = tokenIndexes.get(state);
  if (!index) {
    index = new Map();
    for (const id in state.users) {
      const user = state.users[id]!;
      if (user.tokenHash !== null) index.set(user.tokenHash, user);
    }
    tokenIndexes.set(state, index);
  }
  return index.get(hashToken(token));
}
