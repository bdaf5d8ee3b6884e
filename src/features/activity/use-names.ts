/**
 * Names for the IDs in an org's log: its members and its projects (`findMembers` and
 * `findProjects`, shared with the Members and Projects tabs' caches), the org itself, and
 * each other actor described once (`/user-x/describe`, e.g. a former member). An ID
 * nobody could name stays an ID; names arrive after the events, which show at once.
 */
import { useCallback, useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { AuditEvent } from '../../api/audit';
import { useFindAll } from '../../api/find-all';
import { membersQueryOptions } from '../../api/members';
import { orgProjectsQueryOptions } from '../../api/org-projects';
import { displayName, userQueryOptions, type User } from '../../api/users';
import type { NameOf } from './activity-rows';

/** Stable (module level), so useQueries keeps the combined map until a result changes. */
function namesOfDescribed(results: { data?: User }[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const result of results) if (result.data) names.set(result.data.id, displayName(result.data));
  return names;
}

/** Enough to name the people of one screen of events; beyond it, IDs. */
const MAX_DESCRIBED = 50;

export function useNames(orgId: string, orgName: string, events: readonly AuditEvent[], enabled: boolean): NameOf {
  const members = useFindAll({ ...membersQueryOptions(orgId), enabled });
  const projects = useFindAll({ ...orgProjectsQueryOptions(orgId), enabled });
  const memberNames = useMemo(() => new Map(members.rows.map((m) => [m.id, m.describe.name])), [members.rows]);
  const projectNames = useMemo(() => new Map(projects.rows.map((p) => [p.id, p.name])), [projects.rows]);

  const membersKnown = members.status.state !== 'loading';
  const strangers = useMemo(() => {
    if (!membersKnown) return [];
    const ids = new Set(
      events.map((event) => event.actor).filter((id) => id.startsWith('user-') && !memberNames.has(id)),
    );
    return [...ids].slice(0, MAX_DESCRIBED);
  }, [events, memberNames, membersKnown]);
  const strangerNames = useQueries({
    queries: strangers.map((id) => ({ ...userQueryOptions(id), enabled, retry: false })),
    combine: namesOfDescribed,
  });

  return useCallback(
    (id: string) => (id === orgId ? orgName : (memberNames.get(id) ?? projectNames.get(id) ?? strangerNames.get(id))),
    [orgId, orgName, memberNames, projectNames, strangerNames],
  );
}
