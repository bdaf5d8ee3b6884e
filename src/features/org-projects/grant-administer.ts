/**
 * "Grant yourself Administer": the call (`grantYourselfAdminister`), then the row shows
 * ADMINISTER at once (the cached list is updated from the success), then the org's
 * project lists and the project's page refetch in every tab (`afterMutation`).
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { describeError } from '../../api/client';
import { orgProjectKeys, type OrgProject } from '../../api/org-projects';
import { grantYourselfAdminister } from '../../api/project-detail';
import { projectKeys } from '../../api/project-keys';
import { afterMutation } from '../../api/sync';
import { withAdministerGranted } from './project-access';

/** Show the grants in the cached list now, without waiting for the refetch. */
export async function showGranted(
  queryClient: QueryClient,
  orgId: string,
  projectIds: ReadonlySet<string>,
  userId: string,
): Promise<void> {
  if (projectIds.size === 0) return;
  const queryKey = orgProjectKeys.described(orgId);
  // A refetch already under way could bring back the rows from before the grant.
  await queryClient.cancelQueries({ queryKey });
  queryClient.setQueryData<OrgProject[]>(queryKey, (rows) =>
    rows ? withAdministerGranted(rows, projectIds, userId) : rows,
  );
}

export function afterGrant(queryClient: QueryClient, orgId: string, projectIds: readonly string[]): Promise<void> {
  return afterMutation(queryClient, [projectKeys.orgLists(orgId), ...projectIds.map((id) => projectKeys.detail(id))]);
}

/** The per-row grant; its `isPending` is the row button's progress. `onShown` runs once the row reads ADMINISTER. */
export function useGrantAdminister(orgId: string, userId: string, project: OrgProject, onShown?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => grantYourselfAdminister(project.id, userId),
    onSuccess: async () => {
      await showGranted(queryClient, orgId, new Set([project.id]), userId);
      onShown?.();
      toast.success(`You now administer ${project.name}.`);
      await afterGrant(queryClient, orgId, [project.id]);
    },
    onError: (error) => {
      const { type, message } = describeError(error);
      toast.error(`Could not grant you Administer on ${project.name}: ${type}: ${message}`);
    },
  });
}
