/** The project's members (the describe's `permissions`): users and orgs with their levels. */
import type { DataColumn, LoadStatus } from '../../components/data-table';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/ui/query-states';
import { PROJECT_ACCESS_CHOICES, PROJECT_ACCESS_LABELS } from '../../lib/labels';
import type { ProjectPermission } from '../../wire/levels';

/** Level labels, most access first: the order level columns sort and their filters list in. */
export const LEVEL_LABEL_ORDER = PROJECT_ACCESS_CHOICES.map((level) => PROJECT_ACCESS_LABELS[level]);

export interface Grantee {
  id: string;
  name: string;
  kind: 'User' | 'Org';
  level: ProjectPermission;
}

const READY: LoadStatus = { state: 'ready' };

export const granteeColumns: DataColumn<Grantee>[] = [
  { id: 'grantee', header: 'Name', rowHeader: true, width: 260, value: (g) => g.name },
  {
    id: 'granteeId',
    header: 'ID',
    width: 260,
    priority: 3,
    value: (g) => g.id,
    cell: (g) => <code className="text-muted">{g.id}</code>,
  },
  {
    id: 'kind',
    header: 'Kind',
    width: 100,
    value: (g) => g.kind,
    facet: {
      options: [
        { value: 'User', label: 'User' },
        { value: 'Org', label: 'Org' },
      ],
    },
  },
  {
    id: 'granteeLevel',
    header: 'Level',
    width: 140,
    priority: 1,
    value: (g) => PROJECT_ACCESS_LABELS[g.level],
    order: LEVEL_LABEL_ORDER,
    // Levels a grant can have, most access first (None is the absence of a grant).
    facet: {
      options: LEVEL_LABEL_ORDER.filter((label) => label !== PROJECT_ACCESS_LABELS.NONE).map((label) => ({
        value: label,
        label,
      })),
    },
  },
];

export function grantees(
  permissions: Record<string, ProjectPermission>,
  names: (id: string) => string | undefined,
): Grantee[] {
  return Object.entries(permissions).map(([id, level]) => ({
    id,
    name: names(id) ?? id,
    kind: id.startsWith('org-') ? 'Org' : 'User',
    level,
  }));
}

export function PermissionsTable({
  projectName,
  rows,
  personId,
}: {
  projectName: string;
  rows: Grantee[];
  personId: string;
}) {
  return (
    <DataTable<Grantee>
      tableId="project-members"
      personId={personId}
      label={`Members of ${projectName}`}
      columns={granteeColumns}
      rows={rows}
      getRowId={(g) => g.id}
      rowName={(g) => g.name}
      status={READY}
      empty={<EmptyState title="Nobody has a permission on this project" />}
    />
  );
}
