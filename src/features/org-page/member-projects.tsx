/**
 * "Your projects in <org>": for someone who may not list every project the org pays
 * for, the ones billed to it that they can see (`/system/findProjects` with `billTo`),
 * each linking to its project page.
 */
import { useId } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { memberProjectsQueryOptions } from '../../api/member-projects';
import { PROJECT_ACCESS_LABELS } from '../../lib/labels';
import { plural } from '../../lib/plural';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/query-states';
import './org-page.css';

export function MemberProjects({ orgId, orgName }: { orgId: string; orgName: string }) {
  const headingId = useId();
  const projects = useQuery(memberProjectsQueryOptions(orgId));
  const title = `Your projects in ${orgName}`;

  let body;
  if (projects.isPending) body = <LoadingState>Loading your projects in {orgName}…</LoadingState>;
  else if (projects.isError) {
    body = (
      <ErrorState
        title={`Your projects in ${orgName} could not be loaded.`}
        error={projects.error}
        onRetry={() => void projects.refetch()}
        retrying={projects.isFetching}
      />
    );
  } else if (projects.data.length === 0) {
    body = (
      <EmptyState title={`You are in none of the projects billed to ${orgName}`}>
        <p>A project’s admin can invite you, or share it with {orgName}.</p>
      </EmptyState>
    );
  } else {
    const sorted = [...projects.data].sort((a, b) => a.name.localeCompare(b.name));
    body = (
      <>
        <p className="hint">
          {plural(sorted.length, 'project')} billed to {orgName} that you can open, with your access in each.
        </p>
        <ul className="member-projects" aria-labelledby={headingId}>
          {sorted.map((project) => (
            <li key={project.id}>
              <Link to={`/projects/${encodeURIComponent(project.id)}`}>{project.name}</Link>{' '}
              <span className="member-projects-level">
                Your access: {PROJECT_ACCESS_LABELS[project.level] ?? project.level}
              </span>{' '}
              <code className="member-projects-id">{project.id}</code>
            </li>
          ))}
        </ul>
      </>
    );
  }

  return (
    <section className="member-projects-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {body}
    </section>
  );
}
