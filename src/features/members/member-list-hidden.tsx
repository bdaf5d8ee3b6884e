/** Why a member cannot see the member list: the org's visibility policy, in the API's words. */
import type { ApiError } from '../../api/client';
import { ApiErrorText } from '../../components/ui/api-error';

const WHO: Record<string, string> = { ADMIN: 'admins', MEMBER: 'members' };

/** "ADMIN" from "The member list of org-acme is visible to ADMIN only", else the policy. */
function requiredLevel(message: string, policy: string | undefined): string | undefined {
  return /visible to (ADMIN|MEMBER)\b/.exec(message)?.[1] ?? policy;
}

export function memberListHiddenTitle(orgName: string, message: string, policy: string | undefined): string {
  const level = requiredLevel(message, policy);
  const who = level ? WHO[level] : undefined;
  return who ? `Only ${who} of ${orgName} can see its member list` : `You may not see the member list of ${orgName}`;
}

export function MemberListHidden({
  orgName,
  visibility,
  error,
}: {
  orgName: string;
  visibility: string | undefined;
  error: ApiError;
}) {
  const title = memberListHiddenTitle(orgName, error.message, visibility);
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      <div className="state state-empty">
        <p className="state-title text-lg">{title}</p>
        <p>
          The org&apos;s member list visibility policy decides who may list its members. The API answered:{' '}
          <ApiErrorText error={error} />
        </p>
      </div>
    </section>
  );
}
