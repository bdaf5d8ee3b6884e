/**
 * The "peer": a bare TanStack Table v9 + TanStack Virtual page of the same rows as the
 * console's Members or Projects tab, built the way the libraries' official examples do
 * (virtualized-rows' fixed-height table, the row-selection and global-filter examples):
 * sorting, a global text filter (not debounced) and row selection, nothing else. The
 * bench measures the same interactions on it as on the console, so the ratio between
 * the two is the console's own cost on top of the libraries'.
 * `?data=<file>` names the JSON the bench wrote next to this page.
 */
import { StrictMode, useCallback, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  FlexRender,
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PeerDataSet, PeerMember, PeerProject } from './rows';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  rowSelectionFeature,
});
type Features = typeof features;

function Checkbox({
  checked,
  indeterminate,
  label,
  onChange,
}: {
  checked: boolean;
  indeterminate?: boolean;
  label: string;
  onChange: (event: unknown) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = !checked && Boolean(indeterminate);
  }, [checked, indeterminate]);
  return <input type="checkbox" ref={ref} aria-label={label} checked={checked} onChange={onChange} />;
}

function selectColumn<T extends { id: string }>(): ColumnDef<Features, T, unknown> {
  return {
    id: 'select',
    enableSorting: false,
    enableGlobalFilter: false,
    header: ({ table }) => (
      <Checkbox
        label="Select all"
        checked={table.getIsAllRowsSelected()}
        indeterminate={table.getIsSomeRowsSelected()}
        onChange={table.getToggleAllRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <Checkbox label="Select row" checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} />
    ),
  };
}

const member = createColumnHelper<Features, PeerMember>();
const memberColumns = [
  selectColumn<PeerMember>(),
  member.accessor('name', {
    header: 'Name',
    cell: (info) => (
      <div>
        <div>{info.getValue()}</div>
        <div>@{info.row.original.handle}</div>
      </div>
    ),
  }),
  member.accessor('id', { header: 'User ID' }),
  member.accessor('level', { header: 'Level' }),
  member.accessor((row) => (row.allowBillableActivities ? 'Yes' : 'No'), {
    id: 'billable',
    header: 'Billable activities',
  }),
  member.accessor('projectAccess', { header: 'Shared project access' }),
  member.accessor((row) => (row.appAccess ? 'Yes' : 'No'), { id: 'appAccess', header: 'Shared app access' }),
] as ColumnDef<Features, PeerMember, unknown>[];

const project = createColumnHelper<Features, PeerProject>();
const projectColumns = [
  selectColumn<PeerProject>(),
  project.accessor('name', { header: 'Name' }),
  project.accessor('id', { header: 'Project ID' }),
  project.accessor('level', { header: 'Your access' }),
] as ColumnDef<Features, PeerProject, unknown>[];

/** Column widths as the console's (TanStack's own sizing is a feature the examples leave out). */
const WIDTHS: Record<string, number> = {
  select: 52,
  name: 240,
  id: 240,
  level: 130,
  billable: 190,
  projectAccess: 180,
  appAccess: 170,
};

function PeerTable<T extends { id: string }>({
  kind,
  data,
  columns,
}: {
  kind: string;
  data: T[];
  columns: ColumnDef<Features, T, unknown>[];
}) {
  const [globalFilter, setGlobalFilter] = useState('');
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row) => row.id,
    state: { globalFilter },
    onGlobalFilterChange: setGlobalFilter,
    globalFilterFn: 'auto',
  });

  const containerRef = useRef<HTMLDivElement>(null);
  const { rows } = table.getRowModel();
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => containerRef.current,
    estimateSize: () => 45,
    overscan: 10,
    getItemKey: useCallback((index: number) => `${rows[index]?.id}`, [rows]),
  });
  const virtualRows = virtualizer.getVirtualItems();
  const [paddingTop, paddingBottom] =
    virtualRows.length > 0
      ? [
          Math.max(0, virtualRows[0]?.start ?? 0),
          Math.max(0, virtualizer.getTotalSize() - (virtualRows[virtualRows.length - 1]?.end ?? 0)),
        ]
      : [0, 0];

  return (
    <>
      <input
        type="search"
        aria-label={`Filter ${kind}`}
        placeholder="Filter…"
        value={globalFilter}
        onChange={(event) => setGlobalFilter(event.target.value)}
      />{' '}
      ({rows.length} of {data.length} rows)
      <div ref={containerRef} className="container">
        <table aria-label={kind} aria-rowcount={rows.length + 1}>
          <thead>
            {table.getHeaderGroups().map((headerGroup) => (
              <tr key={headerGroup.id}>
                {headerGroup.headers.map((header) => (
                  <th key={header.id} style={{ width: WIDTHS[header.column.id] ?? 160 }}>
                    {header.column.getCanSort() ? (
                      <button type="button" onClick={header.column.getToggleSortingHandler()}>
                        <FlexRender header={header} />
                        {{ asc: ' 🔼', desc: ' 🔽' }[header.column.getIsSorted() as string] ?? null}
                      </button>
                    ) : (
                      <FlexRender header={header} />
                    )}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {paddingTop > 0 && (
              <tr>
                <td style={{ height: paddingTop }} />
              </tr>
            )}
            {virtualRows.map((virtualRow) => {
              const row = rows[virtualRow.index]!;
              return (
                <tr key={virtualRow.key} data-index={virtualRow.index}>
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id}>
                      <FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
            {paddingBottom > 0 && (
              <tr>
                <td style={{ height: paddingBottom }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}

function App() {
  const [data, setData] = useState<PeerDataSet | null>(null);
  useEffect(() => {
    const file = new URLSearchParams(location.search).get('data') ?? '';
    void fetch(`./${file}`)
      .then((response) => response.json() as Promise<PeerDataSet>)
      .then(setData);
  }, []);
  if (!data) return <p>Loading…</p>;
  return data.kind === 'members' ? (
    <PeerTable kind="members" data={data.rows} columns={memberColumns} />
  ) : (
    <PeerTable kind="projects" data={data.rows} columns={projectColumns} />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
