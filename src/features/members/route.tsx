/**
 * The Members tab (`/orgs/:orgId/members`). Admins get checkboxes, Invite, Edit
 * access and Remove; a member who may list members gets the list read-only; one who
 * may not is told why, in the API's words.
 */
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { isApiError } from '../../api/client';
import { useFindAll } from '../../api/find-all';
import { membersQueryOptions, type Member } from '../../api/members';
import { orgDescribeQueryOptions, type OrgDescribe } from '../../api/orgs';
import { useSession } from '../../api/session';
import { LogOut, Pencil, Trash2 } from 'lucide-react';
import { DataTable } from '../../components/data-table';
import { useViewportTier } from '../../components/data-table/viewport';
import { Button } from '../../components/ui/button';
import { RowActionsMenu } from '../../components/ui/row-actions-menu';
import { EmptyState } from '../../components/ui/query-states';
import { useAccessUndo } from './access-undo';
import type { AdminRef } from './admin-guard';
import { EditAccessDialog } from './edit-access-dialog';
import { useLevelChange } from './level-change';
import { InviteDialog } from './invite-dialog';
import { memberColumns, memberLabel } from './members-columns';
import { MemberListHidden } from './member-list-hidden';
import { RemoveDialog } from './remove-dialog';

const orgExtrasSchema = z.looseObject({
  licenses: z.looseObject({ accountProvisioning: z.boolean().optional() }).optional(),
  policies: z.looseObject({ memberListVisibility: z.string().optional() }).optional(),
});

function orgExtras(org: OrgDescribe | undefined) {
  const parsed = orgExtrasSchema.safeParse(org ?? {});
  return parsed.success ? parsed.data : {};
}

/** The org's admins by name: the IDs the org describes (every admin), named from the rows loaded. */
function orgAdmins(org: OrgDescribe | undefined, rows: readonly Member[]): AdminRef[] {
  const names = new Map(rows.map((member) => [member.id, member.describe.name]));
  const ids = org?.admins ?? rows.filter((member) => member.level === 'ADMIN').map((member) => member.id);
  return ids.map((id) => ({ id, name: names.get(id) ?? id }));
}

/** Who a dialog acts on; a bulk action also clears the selection once done. */
interface Target {
  members: Member[];
  clearSelection?: () => void;
}

export function MembersPage() {
  const { orgId = '' } = useParams();
  const session = useSession();
  const selfId = session?.userId ?? '';
  const navigate = useNavigate();
  const org = useQuery(orgDescribeQueryOptions(orgId));
  const members = useFindAll(membersQueryOptions(orgId), { total: org.data?.memberCount });
  const [editing, setEditing] = useState<Target | null>(null);
  const [removing, setRemoving] = useState<Target | null>(null);
  const narrow = useViewportTier() === 'narrow';

  const orgName = org.data?.name ?? orgId;
  const isAdmin = org.data?.level === 'ADMIN';
  const extras = orgExtras(org.data);
  const memberIds = useMemo(() => new Set(members.rows.map((member) => member.id)), [members.rows]);
  const admins = useMemo(() => orgAdmins(org.data, members.rows), [org.data, members.rows]);
  const announce = useAccessUndo(orgId, orgName);
  const { changeLevel, confirmation } = useLevelChange({ orgId, orgName, admins, selfId, announce });
  const columns = useMemo(() => memberColumns(isAdmin ? { onLevelChange: changeLevel } : {}), [isAdmin, changeLevel]);

  const error = members.query.error;
  if (members.rows.length === 0 && isApiError(error) && error.type === 'PermissionDenied') {
    return <MemberListHidden orgName={orgName} visibility={extras.policies?.memberListVisibility} error={error} />;
  }

  return (
    <section className="min-w-0" aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      {!isAdmin ? (
        <p className="hint mb-3">
          {org.data?.level === 'MEMBER'
            ? `You are a member of ${orgName}: you can see who belongs to it; its admins manage their access.`
            : `The member list of ${orgName} is public; its admins manage their access.`}
        </p>
      ) : null}
      <DataTable<Member>
        tableId="members"
        personId={selfId}
        label={`Members of ${orgName}`}
        columns={columns}
        rows={members.rows}
        getRowId={(member) => member.id}
        rowName={memberLabel}
        status={members.status}
        empty={<EmptyState title={`${orgName} has no members`} />}
        toolbar={
          isAdmin ? (
            <InviteDialog
              orgId={orgId}
              orgName={orgName}
              memberIds={memberIds}
              canProvisionAccounts={extras.licenses?.accountProvisioning === true}
            />
          ) : undefined
        }
        bulkActions={
          isAdmin
            ? (selected, clearSelection) => (
                <>
                  <Button onClick={() => setEditing({ members: selected, clearSelection })}>
                    <Pencil aria-hidden="true" size={16} />
                    Edit access
                  </Button>
                  <Button variant="danger" onClick={() => setRemoving({ members: selected, clearSelection })}>
                    <Trash2 aria-hidden="true" size={16} />
                    Remove
                  </Button>
                </>
              )
            : undefined
        }
        rowActions={
          isAdmin
            ? (member) => (
                <span className="inline-flex items-center gap-1.5">
                  <Button
                    size="small"
                    aria-label={`Edit access of ${memberLabel(member)}`}
                    title={narrow ? 'Edit access' : undefined}
                    onClick={() => setEditing({ members: [member] })}
                  >
                    <Pencil aria-hidden="true" size={16} />
                    {narrow ? null : 'Edit access'}
                  </Button>
                  <RowActionsMenu
                    label={`Actions for ${memberLabel(member)}`}
                    actions={[
                      member.id === selfId
                        ? {
                            label: `Leave ${orgName}`,
                            danger: true,
                            icon: <LogOut aria-hidden="true" size={16} />,
                            onSelect: () => setRemoving({ members: [member] }),
                          }
                        : {
                            label: `Remove from ${orgName}`,
                            danger: true,
                            icon: <Trash2 aria-hidden="true" size={16} />,
                            onSelect: () => setRemoving({ members: [member] }),
                          },
                    ]}
                  />
                </span>
              )
            : undefined
        }
        rowActionsWidth={isAdmin ? (narrow ? 96 : 180) : undefined}
      />
      {isAdmin ? (
        <>
          <EditAccessDialog
            orgId={orgId}
            orgName={orgName}
            members={editing?.members ?? null}
            admins={admins}
            selfId={selfId}
            announce={announce}
            onClose={(saved) => {
              if (saved) editing?.clearSelection?.();
              setEditing(null);
            }}
          />
          {confirmation}
          <RemoveDialog
            orgId={orgId}
            orgName={orgName}
            selfId={selfId}
            members={removing?.members ?? null}
            onClose={({ removedIds }) => {
              if (removedIds.length > 0) removing?.clearSelection?.();
              setRemoving(null);
              if (removedIds.includes(selfId)) void navigate('/orgs');
            }}
          />
        </>
      ) : null}
    </section>
  );
}

export { MembersPage as Component };
