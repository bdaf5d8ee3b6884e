/**
 * The one data table every list uses (see types.ts for the contract): TanStack
 * Table v9 for sorting, filtering, faceting and column visibility (with our own
 * row models: row-models.ts), the selection our own (selection.ts);
 * TanStack Virtual for the body. Sort and filters live in the URL, the column
 * choice in localStorage, the selection in the table (Escape clears it).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { functionalUpdate, useTable, type ColumnFiltersState, type Updater } from '@tanstack/react-table';
import { formatCount } from '../../lib/format';
import { plural } from '../../lib/plural';
import { ErrorState, LoadingState } from '../ui/query-states';
import { BulkBar } from './bulk-bar';
import { useColumnVisibility } from './column-visibility';
import {
  NO_SELECTION,
  reconcileSelection,
  selectAll,
  selectedAmong,
  selectionCount,
  toggleRow,
  type MatchingRows,
} from './selection';
import { dataTableFeatures, type ColumnDefOf } from './table-features';
import { TableBody } from './table-body';
import {
  ACTIONS_COLUMN_ID,
  SELECT_COLUMN_ID,
  isTextColumn,
  textFilter,
  toTanstackColumns,
  type TextFilter,
} from './to-tanstack-columns';
import { prepareSort, prepareTextSearch } from './row-models';
import { Toolbar } from './toolbar';
import { columnFiltersToFacets, facetsToColumnFilters } from './url-state';
import { useTableUrlState } from './use-table-url-state';
import { useViewportTier } from './viewport';
import type { DataColumn, DataTableProps } from './types';
import './data-table.css';

/** Names rows by `rowName`, with `detail` added to those whose name another row shares too. */
export function distinctNames<Row>(
  rows: readonly Row[],
  rowName: (row: Row) => string,
  detail: ((row: Row) => string) | undefined,
): (row: Row) => string {
  if (!detail) return rowName;
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const row of rows) {
    const name = rowName(row);
    if (seen.has(name)) repeated.add(name);
    else seen.add(name);
  }
  if (repeated.size === 0) return rowName;
  return (row) => {
    const name = rowName(row);
    return repeated.has(name) ? `${name} (${detail(row)})` : name;
  };
}

/** "Loading Members of Acme: 12,000 of 50,000 loaded…" (the total when known and not already passed). */
export function loadingProgress(label: string, status: { loaded: number; total?: number }): string {
  if (status.loaded === 0) return `Loading ${label}…`;
  const of = status.total !== undefined && status.total >= status.loaded ? ` of ${formatCount(status.total)}` : '';
  return `Loading ${label}: ${formatCount(status.loaded)}${of} loaded…`;
}

export function DataTable<Row extends object>(props: DataTableProps<Row>) {
  const {
    tableId,
    personId,
    urlKey,
    label,
    columns,
    rows,
    getRowId,
    rowName,
    rowNameDetail,
    status,
    empty,
    bulkActions,
    rowActions,
    rowLink,
    toolbar,
  } = props;
  const selectable = Boolean(bulkActions);
  const hasRowActions = Boolean(rowActions);

  const urlState = useTableUrlState(columns, urlKey);
  const tier = useViewportTier();
  const columnChoice = useColumnVisibility(tableId, personId, columns, tier);
  // Not deferred: a keystroke filters over cached row text in a few milliseconds, so the rows
  // change in the same frame as the text (a deferred value would cost a frame more).
  const searchText = urlState.text.trim();

  const columnDefs = useMemo(() => {
    const defs: ColumnDefOf<Row>[] = toTanstackColumns(columns);
    if (selectable) {
      defs.unshift({
        id: SELECT_COLUMN_ID,
        header: 'Select',
        enableSorting: false,
        enableHiding: false,
        enableColumnFilter: false,
        enableGlobalFilter: false,
      });
    }
    if (hasRowActions) {
      defs.push({
        id: ACTIONS_COLUMN_ID,
        header: 'Actions',
        enableSorting: false,
        enableHiding: false,
        enableColumnFilter: false,
        enableGlobalFilter: false,
      });
    }
    return defs;
  }, [columns, selectable, hasRowActions]);

  const sample = rows[0];
  const { visibility, choice } = columnChoice;
  // The person's columns, also those a narrow window hides: the text filter searches them, exports hold them.
  const chosenColumns = useMemo(
    () =>
      columns.filter((column) => column.rowHeader || visibility[column.id] !== false || choice[column.id] !== false),
    [columns, visibility, choice],
  );
  // Its own memo, so the rows' searchable text (cached per set of columns) outlives a keystroke.
  const textColumnIds = useMemo(
    () => chosenColumns.filter((column) => isTextColumn(column, sample)).map((column) => column.id),
    [chosenColumns, sample],
  );
  const globalFilter = useMemo(
    (): TextFilter | undefined => (searchText === '' ? undefined : { text: searchText, columnIds: textColumnIds }),
    [searchText, textColumnIds],
  );

  const columnFilters = useMemo(() => facetsToColumnFilters(urlState.facets), [urlState.facets]);
  const { setFacet } = urlState;

  const table = useTable({
    features: dataTableFeatures,
    columns: columnDefs,
    data: rows,
    getRowId: (row: Row) => getRowId(row),
    state: { sorting: urlState.sorting, columnFilters, globalFilter, columnVisibility: visibility },
    onSortingChange: urlState.setSorting,
    onColumnFiltersChange: (updater: Updater<ColumnFiltersState>) => {
      const next = columnFiltersToFacets(functionalUpdate(updater, columnFilters));
      for (const column of columns) {
        if (column.facet) setFacet(column.id, next[column.id] ?? []);
      }
    },
    onColumnVisibilityChange: columnChoice.setVisibility,
    globalFilterFn: textFilter,
    enableMultiSort: false,
  });

  // Once every row is in, the rows' searched text and the row header's sort order are made
  // while the page is idle, not on the first keystroke or the first sort by name.
  const allLoaded = status.state === 'ready' && rows.length > 0;
  const rowHeaderId = columns.find((column) => column.rowHeader)?.id;
  // useTable hands out a new table object every render; the jobs need only the latest, and
  // must not be cancelled and scheduled again on every sort or keystroke.
  const latestTable = useRef(table);
  useLayoutEffect(() => {
    latestTable.current = table;
  });
  useEffect(() => {
    if (!allLoaded) return;
    return runWhenIdle([
      () => prepareTextSearch(latestTable.current, textColumnIds),
      () => rowHeaderId !== undefined && prepareSort(latestTable.current, rowHeaderId),
    ]);
  }, [allLoaded, rows, textColumnIds, rowHeaderId]);

  const shownRows = table.getRowModel().rows;
  const matching: MatchingRows = table.getFilteredRowModel();

  // The selection is the table's own (selection.ts): "all matching but these" or "these".
  const [storedSelection, setSelection] = useState(NO_SELECTION);
  // Rows a filter hides (or that left the data) leave the selection, already in this render
  // (React's "adjust state when a prop changes" pattern: no effect, no extra commit).
  const [reconciledWith, setReconciledWith] = useState(matching);
  const selection = reconcileSelection(storedSelection, matching);
  if (reconciledWith !== matching) {
    setReconciledWith(matching);
    if (selection !== storedSelection) setSelection(selection);
  }
  const selectedCount = selectionCount(selection);

  // The row checkboxes' handler stays the same function (rows are memoised); it reads the rows of now.
  const current = useRef({ matching, shownRows });
  useLayoutEffect(() => {
    current.current = { matching, shownRows };
  });
  const onToggleRow = useCallback((rowId: string, shiftKey: boolean) => {
    const { matching: rowsNow, shownRows: shownNow } = current.current;
    setSelection((previous) => toggleRow(reconcileSelection(previous, rowsNow), rowsNow, shownNow, rowId, shiftKey));
  }, []);
  const onSelectAll = useCallback(
    (all: boolean) => setSelection(all ? selectAll(current.current.matching) : NO_SELECTION),
    [],
  );

  // The selected rows, gathered only while the bulk bar shows (its actions get them).
  const selectedOriginals = useMemo(
    () =>
      selectable && bulkActions && selectedCount > 0
        ? selectedAmong(shownRows, selection).map((row) => row.original)
        : [],
    [selectable, bulkActions, selectedCount, shownRows, selection],
  );
  // An export gathers its rows when it runs.
  const exportRows = (selectedOnly: boolean) =>
    (selectedOnly ? selectedAmong(shownRows, selection) : shownRows).map((row) => row.original);
  const { exportOnlyColumns } = props;
  const exportColumns = useMemo(
    () => (exportOnlyColumns ? [...chosenColumns, ...exportOnlyColumns] : chosenColumns),
    [chosenColumns, exportOnlyColumns],
  );
  const renderKey = useMemo(() => ({ columnDefs, visibility }), [columnDefs, visibility]);

  const distinctRowName = useMemo(() => distinctNames(rows, rowName, rowNameDetail), [rows, rowName, rowNameDetail]);

  const rootRef = useRef<HTMLDivElement>(null);
  const clearSelection = () => setSelection(NO_SELECTION);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Escape inside a menu or dialog opened from the table (portalled elsewhere) closes that instead.
    if (event.key !== 'Escape' || selectedCount === 0) return;
    if (!rootRef.current?.contains(event.target as Node)) return;
    clearSelection();
  }

  // The rows loaded so far show while the rest load, and sort, filters and export work on them.
  const loadingMore = status.state === 'loading' && rows.length > 0;
  const hasRows = status.state !== 'error' && rows.length > 0;
  const filtered = hasRows && shownRows.length < rows.length;
  const loadingText = status.state === 'loading' ? loadingProgress(label, status) : '';

  let body;
  if (status.state === 'loading' && !loadingMore) {
    body = <LoadingState>{loadingText}</LoadingState>;
  } else if (status.state === 'error') {
    body = <ErrorState title={`Could not load ${label}`} error={status.error} onRetry={status.retry} />;
  } else if (rows.length === 0) {
    body = <div className="dt-empty-state">{empty}</div>;
  } else if (shownRows.length === 0) {
    body = (
      <div className="state state-empty dt-no-match">
        <p className="state-title">No rows match the filters</p>
        <button type="button" className="button" onClick={urlState.clearFilters}>
          Clear filters
        </button>
      </div>
    );
  } else {
    body = (
      <TableBody
        table={table}
        label={label}
        rows={shownRows}
        selection={selection}
        selectedCount={selectedCount}
        onSelectAll={onSelectAll}
        onToggleRow={onToggleRow}
        renderKey={renderKey}
        rowName={distinctRowName}
        rowActions={rowActions}
        rowActionsWidth={props.rowActionsWidth}
        rowLink={rowLink}
        tier={tier}
      />
    );
  }

  return (
    <div className="dt" ref={rootRef} onKeyDown={onKeyDown}>
      <Toolbar
        table={table}
        tableId={tableId}
        label={label}
        urlState={urlState}
        onResetColumns={columnChoice.reset}
        slot={toolbar}
        hasRows={hasRows}
        exportColumns={exportColumns as DataColumn<Row>[]}
        shownCount={shownRows.length}
        selectedCount={selectedCount}
        exportRows={exportRows}
        loadingMore={loadingMore}
        tier={tier}
      />
      {loadingMore && status.state === 'loading' ? (
        <p className="dt-count dt-progress" role="status" aria-busy="true">
          {/* The text says it all; the bar is for the eye. */}
          {status.total !== undefined && status.total >= status.loaded ? (
            <progress max={status.total} value={status.loaded} aria-hidden="true" />
          ) : null}
          {loadingText}
        </p>
      ) : null}
      {hasRows ? (
        <p className="dt-count" role={loadingMore ? undefined : 'status'}>
          {loadingMore
            ? `${filtered ? `${formatCount(shownRows.length)} of ` : 'Showing '}${plural(rows.length, 'row')} loaded so far — filters apply to the loaded rows`
            : filtered
              ? `${formatCount(shownRows.length)} of ${plural(rows.length, 'row')}`
              : plural(rows.length, 'row')}
          {filtered && shownRows.length > 0 ? (
            <>
              {' '}
              <button type="button" className="dt-link-button" onClick={urlState.clearFilters}>
                Clear filters
              </button>
            </>
          ) : null}
        </p>
      ) : null}
      {selectable && selectedCount > 0 && bulkActions ? (
        <BulkBar
          selectedCount={selectedCount}
          matchingCount={shownRows.length}
          actions={bulkActions(selectedOriginals, clearSelection)}
          onSelectAll={() => onSelectAll(true)}
          onClear={clearSelection}
        />
      ) : null}
      {body}
    </div>
  );
}

/** Runs each job in an idle period of its own, one after the other; the function returned stops the rest. */
function runWhenIdle(jobs: readonly (() => unknown)[]): () => void {
  const supported = typeof window.requestIdleCallback === 'function';
  let handle = 0;
  let stopped = false;
  const next = (at: number) => {
    if (stopped || at >= jobs.length) return;
    const run = () => {
      jobs[at]!();
      next(at + 1);
    };
    handle = supported ? window.requestIdleCallback(run, { timeout: 2000 }) : window.setTimeout(run, 200);
  };
  next(0);
  return () => {
    stopped = true;
    if (supported) window.cancelIdleCallback(handle);
    else window.clearTimeout(handle);
  };
}
