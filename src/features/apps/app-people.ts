/** How the accounts on an app (developers, authorized users) read on screen (pure, unit-tested). */

/** Names the console knows: the org's members by user ID, and the org itself. */
export interface KnownNames {
  users: ReadonlyMap<string, string>;
  org: { id: string; name: string };
}

/**
 * One account on an app: a member by name, the org by name, `PUBLIC` as everyone;
 * anyone else by ID (the console only knows the names of the org's members).
 */
export function accountLabel(id: string, known: KnownNames): string {
  if (id === 'PUBLIC') return 'Everyone (public)';
  if (id === known.org.id) return `${known.org.name} (org)`;
  if (id.startsWith('org-')) return `${id} (org)`;
  return known.users.get(id) ?? id;
}

/** The accounts as one line, in the API's order ("Nobody" for none). */
export function accountsText(ids: readonly string[], known: KnownNames): string {
  return ids.length === 0 ? 'Nobody' : ids.map((id) => accountLabel(id, known)).join(', ');
}
