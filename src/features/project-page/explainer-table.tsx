/**
 * The access explainer on screen: every member of every org the project is shared with,
 * and every explicit member, with their effective access and the rule that gave it.
 * An org whose members the caller may not list is named, with the API's reason.
 */
import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import { isApiError } from '../../api/client';
import { membersQueryOptions } from '../../api/members';
import { DataTable, type DataColumn, type LoadStatus } from '../../components/data-table';
import { Alert } from '../../components/ui/alert';
import { ApiErrorText } from '../../components/ui/api-error';
import { EmptyState } from '../../components/ui/query-states';
import { PROJECT_ACCESS_LABELS } from '../../lib/labels';
import type { ProjectPermission } from '../../wire/levels';
import { explainAccess, type AccessExplanation, type OrgRoster } from './access-explainer';
import { LEVEL_LABEL_ORDER } from './permissions-table';

const SOURCE_LABELS: Record<AccessExplanation['source'], string> = {
  explicit: 'Explicit',
  org: 'Org grant',
  admin: 'Org admin',
};

const columns: DataColumn<AccessExplanation>[] = [
  { id: 'person', header: 'Person', rowHeader: true, width: 210, value: (row) => row.name },
  {
    id: 'userId',
    header: 'User ID',
    optional: true,
    width: 200,
    value: (row) => row.userId,
    cell: (row) => <code className="text-muted">{row.userId}</code>,
  },
  {
    id: 'effective',
    header: 'Effective access',
    width: 160,
    priority: 1,
    value: (row) => PROJECT_ACCESS_LABELS[row.effective],
    order: LEVEL_LABEL_ORDER,
    facet: { options: LEVEL_LABEL_ORDER.map((label) => ({ value: label, label })) },
  },
  {
    id: 'source',
    header: 'Through',
    optional: true,
    width: 120,
    value: (row) => SOURCE_LABELS[row.source],
    facet: { options: Object.values(SOURCE_LABELS).map((label) => ({ value: label, label })) },
  },
  // The whole sentence is the point of the column: the title shows it where the cell is too narrow.
  {
    id: 'rule',
    header: 'Rule',
    width: 680,
    value: (row) => row.rule,
    cell: (row) => <span title={row.rule}>{row.rule}</span>,
  },
];

export interface ExplainerProps {
  projectName: string;
  permissions: Record<string, ProjectPermission>;
  orgName: (orgId: string) => string;
  userNames: ReadonlyMap<string, string>;
  personId: string;
}

export function AccessExplainer({ projectName, permissions, orgName, userNames, personId }: ExplainerProps) {
  const orgIds = Object.keys(permissions).filter((id) => id.startsWith('org-'));
  const results = useQueries({ queries: orgIds.map((orgId) => membersQueryOptions(orgId)) });

  const rosters: OrgRoster[] = [];
  const hidden: { orgId: string; error: unknown }[] = [];
  let loading = false;
  orgIds.forEach((orgId, i) => {
    const result = results[i];
    if (result?.data) {
      rosters.push({
        orgId,
        orgName: orgName(orgId),
        members: result.data.map((m) => ({
          id: m.id,
          name: m.describe.name,
          level: m.level,
          projectAccess: m.projectAccess,
        })),
      });
    } else if (result?.isError) hidden.push({ orgId, error: result.error });
    else loading = true;
  });

  const rosterKey = rosters.map((r) => `${r.orgId}:${r.orgName}:${r.members.length}`).join('|');
  const dataKey = results.map((r) => r.dataUpdatedAt).join('|');
  const rows = useMemo(
    () => explainAccess(permissions, rosters, userNames),
    // The rosters are rebuilt each render; their data's identity is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [permissions, rosterKey, dataKey, userNames],
  );
  const status: LoadStatus = loading ? { state: 'loading', loaded: rows.length } : { state: 'ready' };

  return (
    <>
      {hidden.map(({ orgId, error }) => {
        return (
          <Alert key={orgId} tone="warning" className="mb-3">
            <p>
              {isApiError(error) && error.type === 'PermissionDenied'
                ? `You may not list the members of ${orgName(orgId)}, so they are not shown here.`
                : `The members of ${orgName(orgId)} could not be loaded.`}
            </p>
            <p className="hint">
              <ApiErrorText error={error} />
            </p>
          </Alert>
        );
      })}
      <DataTable<AccessExplanation>
        tableId="project-access"
        personId={personId}
        label={`Who has access to ${projectName}`}
        columns={columns}
        rows={rows}
        getRowId={(row) => row.userId}
        rowName={(row) => row.name}
        status={status}
        empty={<EmptyState title="Nobody has access through this project's members" />}
      />
    </>
  );
}
