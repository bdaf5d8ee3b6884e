/** The project's facts: name, ID, who pays, when and by whom it was created, data, region, PHI, your access. */
import { Link } from 'react-router';
import type { ProjectDescribe } from '../../api/project-detail';
import { Badge } from '../../components/ui/badge';
import { IdFact } from '../../components/ui/id-fact';
import { formatDay } from '../../lib/dates';
import { formatNumber } from '../../lib/format';
import { PROJECT_ACCESS_LABELS, yesNo } from '../../lib/labels';

export interface ProjectHeaderProps {
  project: ProjectDescribe;
  billToName: string | undefined;
  creatorName: string | undefined;
  /** Set when the caller sees the project only as an admin of its billing org. */
  seenAsAdminOf: string | undefined;
}

function BilledTo({ billTo, name }: { billTo: string; name: string | undefined }) {
  if (billTo.startsWith('org-')) {
    return (
      <>
        <Link to={`/orgs/${encodeURIComponent(billTo)}`}>{name ?? billTo}</Link>{' '}
        <code className="text-muted">{billTo}</code>
      </>
    );
  }
  return (
    <>
      {name ?? billTo} <code className="text-muted">{billTo}</code> (a personal account)
    </>
  );
}

export function ProjectHeader({ project, billToName, creatorName, seenAsAdminOf }: ProjectHeaderProps) {
  return (
    <header className="org-header project-header">
      <h1>{project.name}</h1>
      <dl className="org-facts">
        <IdFact term="Project ID" id={project.id} what="project ID" />
        <div>
          <dt>Billed to</dt>
          <dd>
            <BilledTo billTo={project.billTo} name={billToName} />
          </dd>
        </div>
        {project.created !== undefined ? (
          <div>
            <dt>Created</dt>
            <dd>{formatDay(project.created)}</dd>
          </div>
        ) : null}
        {project.createdBy ? (
          <div>
            <dt>Created by</dt>
            <dd>
              {creatorName ?? project.createdBy} <code className="text-muted">{project.createdBy}</code>
            </dd>
          </div>
        ) : null}
        {project.dataUsage !== undefined ? (
          <div>
            <dt>Data usage</dt>
            <dd>{formatNumber(project.dataUsage, 2)} GiB</dd>
          </div>
        ) : null}
        {project.region ? (
          <div>
            <dt>Region</dt>
            <dd>{project.region}</dd>
          </div>
        ) : null}
        <div>
          <dt>Contains PHI</dt>
          <dd>{yesNo(project.containsPHI)}</dd>
        </div>
        <div>
          <dt>Your access</dt>
          <dd>
            <Badge tone={project.level === 'ADMINISTER' ? 'primary' : 'neutral'} className="ml-0">
              {PROJECT_ACCESS_LABELS[project.level]}
            </Badge>
            {project.level === 'NONE' && seenAsAdminOf ? ` (you see it as an admin of ${seenAsAdminOf})` : null}
          </dd>
        </div>
      </dl>
    </header>
  );
}
