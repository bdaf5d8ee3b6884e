/**
 * Projects: query keys and the calls both the Projects tab and the project page make.
 * The Projects tab's list lives in `org-projects.ts`; a single project's describe and
 * its mutations in `project.ts`.
 */
import { apiCall } from './client';

export const projectKeys = {
  all: ['projects'] as const,
  /** Lists of projects billed to an org (`/org-x/findProjects`). */
  orgLists: (orgId: string) => [...projectKeys.all, 'org', orgId] as const,
  details: () => [...projectKeys.all, 'detail'] as const,
  detail: (projectId: string) => [...projectKeys.details(), projectId] as const,
};

/**
 * "Grant yourself Administer": an admin of the project's billing org invites themselves
 * at ADMINISTER (`/project-x/invite`; the API allows this self-invite without
 * ADMINISTER on the project, and raising a lower explicit level).
 */
export async function grantYourselfAdminister(projectId: string, userId: string): Promise<void> {
  await apiCall(`/${projectId}/invite`, { invitee: userId, level: 'ADMINISTER', suppressEmailNotification: true });
}
