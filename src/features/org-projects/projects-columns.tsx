/** The Projects tab's columns, for the shared data table. */
import type { OrgProject } from '../../api/org-projects';
import type { DataColumn } from '../../components/data-table';
import { formatDay, isoDay } from '../../lib/dates';
import { ACCESS_LABELS, ACCESS_OPTIONS, formatGib, formatLimits, memberCount } from './project-access';

/** Most access first, as the filter lists them. */
const ACCESS_ORDER = ACCESS_OPTIONS.map((option) => option.value);

const YES_NO = {
  options: [
    { value: 'true', label: 'Yes' },
    { value: 'false', label: 'No' },
  ],
};

function Unknown() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">Not shown to you</span>
    </>
  );
}

export interface ProjectColumnsOptions {
  /**
   * The API shows each project's permissions to admins of the billing org only (others
   * see them just where they have ADMINISTER): the members count is for them.
   */
  withMemberCount: boolean;
}

export function projectColumns({ withMemberCount }: ProjectColumnsOptions): DataColumn<OrgProject>[] {
  const columns: DataColumn<OrgProject>[] = [
    { id: 'name', header: 'Name', rowHeader: true, width: 280, value: (project) => project.name },
    {
      id: 'id',
      header: 'Project ID',
      priority: 3,
      width: 270,
      value: (project) => project.id,
      cell: (project) => <code>{project.id}</code>,
    },
    {
      id: 'access',
      header: 'Your access',
      width: 140,
      value: (project) => project.level,
      cell: (project) =>
        project.level === 'NONE' ? (
          <span className="text-muted">{ACCESS_LABELS.NONE}</span>
        ) : (
          ACCESS_LABELS[project.level]
        ),
      order: ACCESS_ORDER,
      facet: { options: ACCESS_OPTIONS },
    },
    {
      id: 'created',
      header: 'Created',
      optional: true,
      width: 140,
      value: (project) => (project.created === undefined ? null : isoDay(project.created)),
      cell: (project) => (project.created === undefined ? <Unknown /> : formatDay(project.created)),
    },
    {
      id: 'creator',
      header: 'Creator',
      optional: true,
      width: 200,
      value: (project) => project.createdBy,
      cell: (project) => (project.createdBy === undefined ? <Unknown /> : <code>{project.createdBy}</code>),
    },
    {
      id: 'dataUsage',
      header: 'Data usage',
      optional: true,
      width: 120,
      align: 'end',
      // Exported and sorted in GiB, shown as it reads.
      value: (project) => project.dataUsage,
      cell: (project) => (project.dataUsage === undefined ? <Unknown /> : formatGib(project.dataUsage)),
    },
    { id: 'region', header: 'Region', optional: true, width: 150, value: (project) => project.region },
    {
      id: 'phi',
      header: 'PHI',
      optional: true,
      width: 90,
      value: (project) => project.containsPHI,
      facet: YES_NO,
    },
  ];
  if (withMemberCount) {
    columns.push({
      id: 'members',
      header: 'Members',
      optional: true,
      width: 100,
      align: 'end',
      value: (project) => memberCount(project),
      cell: (project) => {
        const count = memberCount(project);
        return count === null ? <Unknown /> : count;
      },
    });
  }
  columns.push({
    id: 'limits',
    header: 'Monthly limits',
    optional: true,
    width: 320,
    value: (project) => formatLimits(project.limits),
    cell: (project) => formatLimits(project.limits) ?? <span className="text-muted">None</span>,
  });
  return columns;
}
