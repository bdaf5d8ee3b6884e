/** After a membership change: refresh the member lists and the org's description (counts, admins), in every tab. */
import type { QueryClient } from '@tanstack/react-query';
import { memberKeys } from '../../api/members';
import { orgKeys } from '../../api/orgs';
import { afterMutation } from '../../api/sync';

export function afterMemberChange(queryClient: QueryClient, orgId: string): Promise<void> {
  return afterMutation(queryClient, [memberKeys.lists(orgId), orgKeys.detail(orgId)]);
}
