/** People by ID: their name from `/user-x/describe` (public view), or the ID until then or if refused. */
import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import { displayName, userQueryOptions } from '../../api/users';

/** One Map per distinct set of names, so that what is built from it stays the same between renders. */
export function useUserNames(userIds: readonly string[]): Map<string, string> {
  const ids = useMemo(() => [...new Set(userIds)].sort(), [userIds]);
  const names = useQueries({
    queries: ids.map((id) => userQueryOptions(id)),
    combine: (results) => results.map((result, i) => (result.data ? displayName(result.data) : ids[i]!)),
  });
  const key = JSON.stringify([ids, names]);
  return useMemo(() => {
    const [keyIds, keyNames] = JSON.parse(key) as [string[], string[]];
    return new Map(keyIds.map((id, i) => [id, keyNames[i] ?? id]));
  }, [key]);
}
