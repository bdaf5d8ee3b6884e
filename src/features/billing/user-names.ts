/** People by ID: their name from `/user-x/describe` (public view), or the ID until then or if refused. */
import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import { displayName, userQueryOptions } from '../../api/users';

/** One Map per distinct set of names, so that what is built from it stays the same between renders. */
export function useUserNames(userIds: readonly string[]): Map<string, string> {
  const ids = [...new Set(userIds)].sort();
  const names = useQueries({
    queries: ids.map((id) => userQueryOptions(id)),
    combine: (results) => results.map((result, i) => (result.data ? displayName(result.data) : ids[i]!)),
  });
  const key = JSON.stringify([ids, names]);
  // A new Map only when an ID or a name changes: the key says both.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => new Map(ids.map((id, i) => [id, names[i]!])), [key]);
}
