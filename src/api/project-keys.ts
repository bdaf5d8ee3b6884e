/**
 * Query keys of projects, shared by the project page (`project-detail.ts`: one project's
 * describe) and the Projects tab (`org-projects.ts`: the projects billed to an org).
 */
export const projectKeys = {
  all: ['projects'] as const,
  /** Lists of projects billed to an org (`/org-x/findProjects`). */
  orgLists: (orgId: string) => [...projectKeys.all, 'org', orgId] as const,
  details: () => [...projectKeys.all, 'detail'] as const,
  detail: (projectId: string) => [...projectKeys.details(), projectId] as const,
};
