/**
 * Derived lookups (sorted IDs, projects per account) cached between requests. The
 * dispatcher drops them after every successful mutation, so they never go stale.
 */
import type { AppRecord, ProjectRecord, State } from '../store/state';

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
