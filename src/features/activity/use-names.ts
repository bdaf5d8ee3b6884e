/**
 * Names for the IDs in an org's log: its members, its projects and its apps (`findMembers`,
 * `findProjects` and `findApps`, shared with those tabs' caches), the org itself, and each
 * other person or project the events mention described once (`/user-x/describe`, e.g. a
 * former member; `/project-x/describe`, e.g. a project shared with the org; `/org-x/describe`,
 * e.g. an org a project was shared with). An ID nobody
 * could name stays an ID; names arrive after the events, which show at once.
 */
import { useCallback, useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import { orgAppsQueryOptions } from '../../api/apps';
import type { AuditEvent } from '../../api/audit';
import { useFindAll } from '../../api/find-all';
import { membersQueryOptions } from '../../api/members';
import { orgProjectsQueryOptions } from '../../api/org-projects';
import { orgDescribeQueryOptions } from '../../api/orgs';
import { projectDescribeQueryOptions } from '../../api/project-detail';
import { displayName, userQueryOptions, type User } from '../../api/users';
import type { NameOf } from './activity-rows';

/** Stable (module level), so useQueries keeps the combined map until a result changes. */
function namesOfDescribed(results: { data?: User }[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const result of results) if (result.data) names.set(result.data.id, displayName(result.data));
  return names;
}

/** Projects and orgs described: their names by ID. */
function namesOfProjects(results: { data?: { id: string; name: string } }[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const result of results) if (result.data) names.set(result.data.id, result.data.name);
  return names;
}

/** Enough to name what one screen of events mentions; beyond it, IDs. */
const MAX_DESCRIBED = 50;

const MENTIONED = /^(user|project|org)-[A-Za-z0-9._-]+$/;

/** Every user, project and org ID an event mentions: its actor, its targets, and the IDs in what it recorded (values and keys). */
export function mentionedIds(event: AuditEvent): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown, depth: number): void => {
    if (typeof value === 'string') {
      if (MENTIONED.test(value)) ids.add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else if (typeof value === 'object' && value !== null && depth < 4) {
      for (const [key, item] of Object.entries(value)) {
        visit(key, depth + 1);
        visit(item, depth + 1);
      }
    }
  };
  visit(event.actor, 0);
  for (const id of event.target.split(',')) visit(id.trim(), 0);
  visit(event.before, 0);
  visit(event.after, 0);
  return [...ids];
}

export function useNames(orgId: string, orgName: string, events: readonly AuditEvent[], enabled: boolean): NameOf {
  const members = useFindAll({ ...membersQueryOptions(orgId), enabled });
  const projects = useFindAll({ ...orgProjectsQueryOptions(orgId), enabled });
  const apps = useFindAll({ ...orgAppsQueryOptions(orgId), enabled });
  const memberNames = useMemo(() => new Map(members.rows.map((m) => [m.id, m.describe.name])), [members.rows]);
  const projectNames = useMemo(() => new Map(projects.rows.map((p) => [p.id, p.name])), [projects.rows]);
  const appNames = useMemo(() => new Map(apps.rows.map((a) => [a.id, a.title])), [apps.rows]);

  const listsKnown = members.status.state !== 'loading' && projects.status.state !== 'loading';
  const strangers = useMemo(() => {
    if (!listsKnown) return { users: [], projects: [], orgs: [] };
    const ids = new Set(events.flatMap(mentionedIds));
    const unknown = (prefix: string, known: Map<string, string>) =>
      [...ids].filter((id) => id.startsWith(prefix) && !known.has(id)).slice(0, MAX_DESCRIBED);
    return {
      users: unknown('user-', memberNames),
      projects: unknown('project-', projectNames),
      orgs: unknown('org-', new Map([[orgId, orgName]])),
    };
  }, [events, memberNames, projectNames, listsKnown, orgId, orgName]);
  const strangerNames = useQueries({
    queries: strangers.users.map((id) => ({ ...userQueryOptions(id), enabled, retry: false })),
    combine: namesOfDescribed,
  });
  const otherProjectNames = useQueries({
    queries: strangers.projects.map((id) => ({ ...projectDescribeQueryOptions(id), enabled, retry: false })),
    combine: namesOfProjects,
  });
  const otherOrgNames = useQueries({
    queries: strangers.orgs.map((id) => ({ ...orgDescribeQueryOptions(id), enabled, retry: false })),
    combine: namesOfProjects,
  });

  return useCallback(
    (id: string) =>
      id === orgId
        ? orgName
        : (memberNames.get(id) ??
          projectNames.get(id) ??
          appNames.get(id) ??
          strangerNames.get(id) ??
          otherProjectNames.get(id) ??
          otherOrgNames.get(id)),
    [orgId, orgName, memberNames, projectNames, appNames, strangerNames, otherProjectNames, otherOrgNames],
  );
}
