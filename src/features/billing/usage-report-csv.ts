/**
 * The usage reports as CSV, written by the data table's CSV writer: columns named as
 * the API names the fields, amounts as plain numbers, times as ISO date-times, and a
 * final totals row for the per-project report.
 */
import { toCsv } from '../../components/data-table/export';
import type { DataColumn } from '../../components/data-table';
import type { PerProjectUsageRow, RootExecutionRow, UsageReportKind } from '../../api/usage-reports';

type CsvColumn<Row> = Pick<DataColumn<Row>, 'id' | 'header' | 'value'>;

function column<Row, K extends keyof Row & string>(id: K, value?: (row: Row) => string | number): CsvColumn<Row> {
  return { id, header: id, value: value ?? ((row) => row[id] as string | number) };
}

const PER_PROJECT_COLUMNS: CsvColumn<PerProjectUsageRow>[] = [
  column('project'),
  column('name'),
  column('compute'),
  column('storage'),
  column('egress'),
  column('archival'),
  column('publicIpv4'),
  column('total'),
];

const ROOT_EXECUTION_COLUMNS: CsvColumn<RootExecutionRow>[] = [
  column('execution'),
  column('project'),
  column('launchedBy'),
  column('executable'),
  column('cost'),
  column('created', (row) => new Date(row.created).toISOString()),
];

const AMOUNTS = ['compute', 'storage', 'egress', 'archival', 'publicIpv4', 'total'] as const;

/** Summed in whole cents, so the totals are exactly the sums a spreadsheet shows. */
function sumCents(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + Math.round(value * 100), 0) / 100;
}

/** The row under the per-project report: `Total`, no name, each amount column summed. */
export function perProjectTotals(rows: readonly PerProjectUsageRow[]): PerProjectUsageRow {
  const totals: PerProjectUsageRow = {
    project: 'Total',
    name: '',
    compute: 0,
    storage: 0,
    egress: 0,
    archival: 0,
    publicIpv4: 0,
    total: 0,
  };
  for (const amount of AMOUNTS) totals[amount] = sumCents(rows.map((row) => row[amount]));
  return totals;
}

export function perProjectCsv(rows: readonly PerProjectUsageRow[]): string {
  return toCsv(PER_PROJECT_COLUMNS, [...rows, perProjectTotals(rows)]);
}

export function rootExecutionsCsv(rows: readonly RootExecutionRow[]): string {
  return toCsv(ROOT_EXECUTION_COLUMNS, rows);
}

/** `org-acme-usage-2026-10.csv`, `org-acme-root-executions-2026-10.csv`. */
export function usageReportFileName(orgId: string, kind: UsageReportKind, month: string): string {
  const safeOrg = orgId.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `${safeOrg}-${kind === 'perProject' ? 'usage' : 'root-executions'}-${month}.csv`;
}
