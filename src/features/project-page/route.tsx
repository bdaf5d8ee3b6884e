/**
 * The project page (`/projects/:projectId`): the project's facts, its members and the
 * access explainer, then its actions: sharing, transfer of billing, the Data Protection
 * Notice and monthly limits. Without Administer one sentence above the actions says so
 * (with "Grant yourself Administer" for an admin of the billing org) and the actions are
 * read-only; a policy that stops an action is said at it. A project that cannot be read
 * shows the API's answer.
 */
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/client';
import { projectDescribeQueryOptions, type ProjectDescribe } from '../../api/project-detail';
import { useSession } from '../../api/session';
import { PageTitle } from '../../components/ui/page-title';
import { PROJECT_ACCESS_LABELS } from '../../lib/labels';
import { ErrorState, LoadingState } from '../../components/ui/query-states';
import { ApiAnswer, UnavailablePage } from '../../components/ui/unavailable-page';
import { AccessNote } from './access-note';
import { DataProtectionNotice } from './data-protection';
import { MonthlyLimits } from './monthly-limits';
import { billingStanding, limitsLicense, orgExtras, useBillingOrg, useOrgDescribes } from './project-data';
import { useUserNames } from '../../api/users';
import { ProjectHeader } from './project-header';
import { ProjectLists } from './project-lists';
import { transferBlockedReason } from './project-rules';
import { ShareWithOrg } from './share-with-org';
import { TransferBilling } from './transfer-billing';
import './project.css';

function ProjectUnavailable({
  projectId,
  error,
  onRetry,
  retrying,
}: {
  projectId: string;
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}) {
  const known = isApiError(error) && (error.type === 'PermissionDenied' || error.type === 'ResourceNotFound');
  const title = !known
    ? `Could not load ${projectId}`
    : error.type === 'PermissionDenied'
      ? `You have no access to ${projectId}`
      : `There is no project ${projectId}`;
  return (
    <UnavailablePage title={title}>
      {known ? (
        <ApiAnswer
          error={error}
          meaning={
            error.type === 'PermissionDenied'
              ? 'Only people with access to the project, and admins of the org it is billed to, may open it.'
              : 'The project ID may be mistyped, or the link out of date.'
          }
        />
      ) : (
        <ErrorState title="The project could not be loaded." error={error} onRetry={onRetry} retrying={retrying} />
      )}
    </UnavailablePage>
  );
}

function ProjectView({ project, selfId }: { project: ProjectDescribe; selfId: string }) {
  const billingOrg = useBillingOrg(project.billTo);
  const billedToOrg = project.billTo.startsWith('org-');
  const grantees = Object.keys(project.permissions ?? {});
  const orgs = useOrgDescribes([...grantees, ...(billedToOrg ? [project.billTo] : [])]);
  const userNames = useUserNames([...grantees, selfId, project.createdBy ?? '', billedToOrg ? '' : project.billTo]);
  const orgName = (orgId: string) => orgs.get(orgId)?.name ?? orgId;

  const billing = billingOrg.data;
  const extras = orgExtras(billing);
  const billingName = billedToOrg ? orgName(project.billTo) : (userNames.get(project.billTo) ?? project.billTo);
  const isBillingAdmin = extras.level === 'ADMIN';
  const transferReason =
    billedToOrg && billingOrg.isPending
      ? 'Checking the billing org’s project transfer policy…'
      : transferBlockedReason(billedToOrg ? billingStanding(billing, project.billTo) : null);
  const administer = PROJECT_ACCESS_LABELS.ADMINISTER;
  const hiddenReason = billedToOrg
    ? `The member list is shown to people with ${administer} on the project and to admins of ${billingName}, which pays for it.`
    : `The member list is shown to people with ${administer} on the project.`;

  return (
    <div className="page project-page">
      <PageTitle>{project.name}</PageTitle>
      <ProjectHeader
        project={project}
        billToName={billedToOrg ? orgs.get(project.billTo)?.name : userNames.get(project.billTo)}
        creatorName={project.createdBy ? userNames.get(project.createdBy) : undefined}
        seenAsAdminOf={isBillingAdmin ? billingName : undefined}
      />
      <ProjectLists
        project={project}
        personId={selfId}
        orgName={orgName}
        userNames={userNames}
        hiddenReason={hiddenReason}
      />
      <AccessNote
        project={project}
        selfId={selfId}
        billingName={billingName}
        billedToOrg={billedToOrg}
        isBillingAdmin={isBillingAdmin}
      />
      <div className="mt-5 grid gap-5 lg:grid-cols-2">
        <ShareWithOrg project={project} />
        <TransferBilling
          project={project}
          selfId={selfId}
          selfName={userNames.get(selfId) ?? selfId}
          blockedReason={transferReason}
          currentName={billingName}
        />
        <DataProtectionNotice project={project} />
        <MonthlyLimits
          project={project}
          licensed={billedToOrg ? limitsLicense(billing, extras) : false}
          orgName={billingName}
          action={extras.policies?.projectLimits?.action}
        />
      </div>
    </div>
  );
}

export function ProjectPage() {
  const { projectId = '' } = useParams();
  const session = useSession();
  const project = useQuery(projectDescribeQueryOptions(projectId));

  // A failed background refetch keeps the project on screen; only a first load that fails replaces it.
  if (project.data) return <ProjectView project={project.data} selfId={session?.userId ?? ''} />;
  if (project.isError) {
    return (
      <ProjectUnavailable
        projectId={projectId}
        error={project.error}
        onRetry={() => void project.refetch()}
        retrying={project.isFetching}
      />
    );
  }
  return <LoadingState>Loading {projectId}…</LoadingState>;
}

export { ProjectPage as Component };
