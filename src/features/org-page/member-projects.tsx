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
        <ul
          className="m-0 list-none rounded-md border border-border bg-surface p-0 shadow-card"
          aria-labelledby={headingId}
        >
          {sorted.map((project) => (
            <li
              key={project.id}
              className="flex min-w-0 flex-wrap items-baseline gap-x-3 gap-y-1 border-b border-border px-4 py-2.5 last:border-b-0"
            >
              <Link
                to={`/projects/${encodeURIComponent(project.id)}`}
                className="font-semibold no-underline [overflow-wrap:anywhere] hover:underline"
              >
                {project.name}
              </Link>{' '}
              <span className="text-sm text-muted">
                Your access: {PROJECT_ACCESS_LABELS[project.level] ?? project.level}
              </span>{' '}
              <code className="text-sm text-muted [overflow-wrap:anywhere]">{project.id}</code>
            </li>
          ))}
        </ul>
      </>
    );
  }

  return (
    <section className="mt-6" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {body}
    </section>
  );
}
