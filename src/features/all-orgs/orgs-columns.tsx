/** The All Orgs columns for the shared data table: the person's admin orgs, or every org they belong to. */
import type { OrgSummary } from '../../api/orgs';
import type { DataColumn } from '../../components/data-table';
import { Badge } from '../../components/ui/badge';
import { formatDay, isoDay } from '../../lib/dates';
import { expiryFlag, expiryOf } from '../../lib/expiry';
import { formatCount } from '../../lib/format';
import { LEVEL_LABELS, LEVEL_OPTIONS, POLICY_AUDIENCE_LABELS } from '../../lib/labels';
import { ORG_LEVELS } from '../../wire/levels';
import { fundsAvailable } from './format';

function NotShown() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">Not shown to you</span>
    </>
  );
}

function Count({ value }: { value: number | undefined }) {
  return value === undefined ? <NotShown /> : <>{formatCount(value)}</>;
}

function countColumn(
  id: string,
  header: string,
  pick: (org: OrgSummary) => number | undefined,
  { width = 120, optional = false }: { width?: number; optional?: boolean } = {},
): DataColumn<OrgSummary> {
  return { id, header, width, align: 'end', optional, value: pick, cell: (org) => <Count value={pick(org)} /> };
}

function labelled(labels: Record<string, string>, value: string | undefined): string | undefined {
  return value === undefined ? undefined : (labels[value] ?? value);
}

export interface OrgColumnsOptions {
  /** Every org the person belongs to, with their level in each (else only admin orgs). */
  withLevel: boolean;
  /** The moment expiry is measured from. */
  now: number;
}

export function orgColumns({ withLevel, now }: OrgColumnsOptions): DataColumn<OrgSummary>[] {
  const columns: DataColumn<OrgSummary>[] = [
    { id: 'name', header: 'Name', rowHeader: true, width: 260, value: (org) => org.name },
    {
      id: 'id',
      header: 'Org ID',
      priority: 3,
      width: 190,
      value: (org) => org.id,
      cell: (org) => <code>{org.id}</code>,
    },
  ];
  if (withLevel) {
    columns.push({
      id: 'level',
      header: 'Your level',
      // On a phone: the org and your level in it.
      priority: 1,
      width: 130,
      value: (org) => org.level,
      cell: (org) => LEVEL_LABELS[org.level] ?? org.level,
      order: ORG_LEVELS,
      facet: {
        options: LEVEL_OPTIONS,
      },
    });
  }
  columns.push(
    countColumn('members', 'Members', (org) => org.memberCount),
    countColumn('projects', 'Projects', (org) => org.projectCount),
    {
      id: 'funds',
      header: 'Funds available',
      width: 170,
      align: 'end',
      value: (org) => org.estSpendingLimitLeft,
      cell: (org) => fundsAvailable(org) ?? <NotShown />,
    },
    countColumn('apps', 'Apps', (org) => org.appCount, { width: 100, optional: true }),
    countColumn('admins', 'Admins', (org) => org.admins?.length, { width: 110, optional: true }),
    {
      id: 'billable',
      header: 'Billable',
      width: 110,
      optional: true,
      value: (org) => org.billable,
      facet: {
        options: [
          { value: 'true', label: 'Yes' },
          { value: 'false', label: 'No' },
        ],
      },
    },
    {
      id: 'expires',
      header: 'Expires',
      width: 230,
      optional: true,
      value: (org) => (typeof org.expiresAt === 'number' ? isoDay(org.expiresAt) : null),
      cell: (org) => {
        if (typeof org.expiresAt !== 'number') return <span className="text-muted">Never</span>;
        const expiry = expiryOf(org.expiresAt, now);
        const flag = expiryFlag(expiry);
        return (
          <>
            {formatDay(org.expiresAt)}
            {flag ? ' ' : null}
            {flag ? (
              <Badge tone={expiry.kind === 'expired' ? 'danger' : 'warning'} className="ml-1.5">
                {flag}
              </Badge>
            ) : null}
          </>
        );
      },
    },
    {
      id: 'memberListVisibility',
      header: 'Member list visible to',
      width: 210,
      optional: true,
      value: (org) => org.policies?.memberListVisibility,
      cell: (org) => labelled(POLICY_AUDIENCE_LABELS, org.policies?.memberListVisibility) ?? <NotShown />,
    },
    {
      id: 'projectTransfer',
      header: 'Project transfer',
      width: 170,
      optional: true,
      value: (org) => org.policies?.restrictProjectTransfer,
      cell: (org) => labelled(POLICY_AUDIENCE_LABELS, org.policies?.restrictProjectTransfer) ?? <NotShown />,
    },
    {
      id: 'created',
      header: 'Created',
      width: 140,
      optional: true,
      value: (org) => (typeof org.created === 'number' ? isoDay(org.created) : null),
      cell: (org) => (typeof org.created === 'number' ? formatDay(org.created) : <NotShown />),
    },
  );
  return columns;
}
