/**
 * The Apps tab (`/orgs/:orgId/apps`): the apps billed to the org, with their developers
 * and authorized users. Listing them is for admins; an admin who is not a developer of
 * an app may add themselves. A member is told why there is no list.
 */
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { orgAppsQueryOptions, type OrgApp } from '../../api/apps';
import { isApiError } from '../../api/client';
import { useFindAll } from '../../api/find-all';
import { membersQueryOptions } from '../../api/members';
import { orgDescribeQueryOptions } from '../../api/orgs';
import { useSession } from '../../api/session';
import { DataTable } from '../../components/data-table';
import { Badge } from '../../components/ui/badge';
import { EmptyState } from '../../components/ui/query-states';
import { AddMeAsDeveloper } from './add-me-as-developer';
import type { KnownNames } from './app-people';
import { appColumns } from './apps-columns';
import { AppsHidden } from './apps-hidden';

export function AppsPage() {
  const { orgId = '' } = useParams();
  const selfId = useSession()?.userId ?? '';
  const org = useQuery(orgDescribeQueryOptions(orgId));
  const orgName = org.data?.name ?? orgId;
  // The org layout renders tabs only once the org is described, so the level is known here.
  const isAdmin = org.data?.level === 'ADMIN';
  const apps = useFindAll({ ...orgAppsQueryOptions(orgId), enabled: isAdmin });
  // Members' names for the developer and authorized-user lists; IDs until (or unless) they load.
  const members = useFindAll({ ...membersQueryOptions(orgId), enabled: isAdmin });

  const known = useMemo(
    (): KnownNames => ({
      users: new Map(members.rows.map((member) => [member.id, member.describe.name])),
      org: { id: orgId, name: orgName },
    }),
    [members.rows, orgId, orgName],
  );
  const columns = useMemo(() => appColumns({ known, selfId }), [known, selfId]);

  const error = apps.query.error;
  if (!isAdmin) return <AppsHidden orgName={orgName} />;
  if (apps.rows.length === 0 && isApiError(error) && error.type === 'PermissionDenied') {
    return <AppsHidden orgName={orgName} error={error} />;
  }

  return (
    <section aria-labelledby="apps-heading">
      <h2 id="apps-heading">Apps</h2>
      <p className="hint">
        Apps billed to {orgName}. As an admin of the org you may add yourself as a developer of any of them.
      </p>
      <DataTable<OrgApp>
        tableId="apps"
        personId={selfId}
        label={`Apps of ${orgName}`}
        columns={columns}
        rows={apps.rows}
        getRowId={(app) => app.id}
        rowName={(app) => app.title}
        status={apps.status}
        empty={<EmptyState title={`No apps are billed to ${orgName}`} />}
        rowActions={(app) =>
          app.developers.includes(selfId) ? (
            <Badge tone="success" className="ml-0">
              You are a developer
            </Badge>
          ) : (
            <AddMeAsDeveloper app={app} orgId={orgId} selfId={selfId} />
          )
        }
        rowActionsWidth={210}
      />
    </section>
  );
}

export { AppsPage as Component };
