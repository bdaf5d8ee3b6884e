/**
 * The projects billed to an org that the signed-in person can see
 * (`/system/findProjects` with `billTo`): what a member who may not list the org's
 * projects (`/org-x/findProjects`) is shown instead.
 */
import { findAllQueryOptions } from './find-all';
import { parseOrgProject } from './org-projects';
import { projectKeys } from './project-keys';

/** Under the org's project lists, so whatever changes the projects billed to the org refreshes it too. */
export const memberProjectKeys = {
  list: (orgId: string) => [...projectKeys.orgLists(orgId), 'mine'] as const,
};

/** Every project billed to `orgId` where the caller's access is at least VIEW, described. */
export function memberProjectsQueryOptions(orgId: string) {
  return findAllQueryOptions({
    queryKey: memberProjectKeys.list(orgId),
    route: 'system.findProjects',
    body: { billTo: orgId, describe: true },
    parse: parseOrgProject,
  });
}
