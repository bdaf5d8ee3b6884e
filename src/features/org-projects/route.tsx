/**
 * The Projects tab (`/orgs/:orgId/projects`): every project billed to the org, including
 * those you are not in. Admins of the org may grant themselves Administer per row or on
 * the selected rows; a member with the project member demotion role sees the list
 * without those actions; anyone else is told why they may not list it.
 */
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/client';
import { useFindAll } from '../../api/find-all';
import { orgProjectsQueryOptions, type OrgProject } from '../../api/org-projects';
import { orgDescribeQueryOptions } from '../../api/orgs';
import { useSession } from '../../api/session';
import { DataTable } from '../../components/data-table';
import { useViewportTier } from '../../components/data-table/viewport';
import { ShieldCheck } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/query-states';
import { plural } from '../../lib/plural';
import { expiryOf } from '../../lib/expiry';
import { BulkGrantDialog, type BulkGrantTarget } from './bulk-grant-dialog';
import { GrantButton } from './grant-button';
import { ProjectListHidden } from './project-list-hidden';
import { grantTargets, needsAdminister } from './project-access';
import { projectColumns } from './projects-columns';

const projectName = (project: OrgProject) => project.name;
const projectId = (project: OrgProject) => project.id;

export function ProjectsPage() {
  const { orgId = '' } = useParams();
  const session = useSession();
  const selfId = session?.userId ?? '';
  const org = useQuery(orgDescribeQueryOptions(orgId));
  const projects = useFindAll(orgProjectsQueryOptions(orgId), { total: org.data?.projectCount });
  const [granting, setGranting] = useState<BulkGrantTarget | null>(null);
  // On a phone the row's grant button reads "Grant" (its accessible name stays whole).
  const narrow = useViewportTier() === 'narrow';

  // Expiry is measured from when the page opened, as in the org header.
  const [now] = useState(Date.now);

  const orgName = org.data?.name ?? orgId;
  // Only an admin of the billing org may invite themselves (`/project-x/invite`).
  const isAdmin = org.data?.level === 'ADMIN';
  // An expired org is read-only: the API refuses changes to the projects it pays for.
  const expired = expiryOf(org.data?.expiresAt, now).kind === 'expired';
  const mayGrant = isAdmin && !expired;
  const columns = useMemo(() => projectColumns({ withMemberCount: isAdmin }), [isAdmin]);

  const error = projects.query.error;
  if (projects.rows.length === 0 && isApiError(error) && error.type === 'PermissionDenied') {
    return <ProjectListHidden orgName={orgName} error={error} />;
  }

  return (
    <section aria-labelledby="projects-heading">
      <h2 id="projects-heading" tabIndex={-1}>
        Projects
      </h2>
      {org.data && !isAdmin && projects.query.data !== undefined ? (
        <p className="hint mb-3">
          You hold the project member demotion role in {orgName}: you can see the projects it pays for. Only its admins
          may grant themselves access.
        </p>
      ) : null}
      {isAdmin && expired ? (
        <p className="hint mb-3">
          {orgName} has expired: you can see its projects, but not grant yourself access to them.
        </p>
      ) : null}
      <DataTable<OrgProject>
        tableId="org-projects"
        personId={selfId}
        label={`Projects billed to ${orgName}`}
        columns={columns}
        rows={projects.rows}
        getRowId={(project) => project.id}
        rowName={projectName}
        rowNameDetail={projectId}
        status={projects.status}
        empty={<EmptyState title={`No projects are billed to ${orgName}`} />}
        rowLink={(project) => `/projects/${encodeURIComponent(project.id)}`}
        bulkActions={
          mayGrant
            ? (selected, clearSelection) => {
                const { targets, alreadyAdminister } = grantTargets(selected);
                if (targets.length === 0) {
                  return <span className="text-sm text-muted">You administer every selected project.</span>;
                }
                return (
                  <Button onClick={() => setGranting({ projects: targets, alreadyAdminister, clearSelection })}>
                    <ShieldCheck aria-hidden="true" size={16} className="shrink-0" />
                    Grant yourself Administer on {plural(targets.length, 'project')}
                  </Button>
                );
              }
            : undefined
        }
        rowActions={
          mayGrant
            ? (project) =>
                needsAdminister(project) ? (
                  <GrantButton orgId={orgId} userId={selfId} project={project} short={narrow} />
                ) : null
            : undefined
        }
        rowActionsWidth={mayGrant ? (narrow ? 110 : 250) : undefined}
      />
      {mayGrant ? (
        <BulkGrantDialog orgId={orgId} userId={selfId} target={granting} onClose={() => setGranting(null)} />
      ) : null}
    </section>
  );
}

export { ProjectsPage as Component };
