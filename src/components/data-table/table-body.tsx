/**
 * The <table> with a virtualised body: a fixed row height, only the rows in view
 * (plus some overscan) in the DOM, and spacer rows for the rest, so 50,000 rows
 * scroll smoothly. Native table layout with fixed column widths (colgroup), so
 * columns keep their width while scrolling; the header sticks to the top.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { RowSelectionState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ColumnHeader } from './column-header';
import { DataRow } from './data-row';
import { SelectionCheckbox } from './selection-checkbox';
import { selectAllState, setAllMatchingSelected } from './selection';
import { ACTIONS_COLUMN_ID, DEFAULT_COLUMN_WIDTH, SELECT_COLUMN_ID } from './to-tanstack-columns';
import type { RowOf, TableOf } from './table-features';
import { formatCount } from '../../lib/format';

export const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 44;
const SELECT_WIDTH = 52;
const DEFAULT_ACTIONS_WIDTH = 180;
const rowHeight = () => ROW_HEIGHT;

export interface TableBodyProps<Row extends object> {
  table: TableOf<Row>;
  label: string;
  rows: readonly RowOf<Row>[];
  rowSelection: RowSelectionState;
  selectedCount: number;
  renderKey: object;
  rowName: (row: Row) => string;
  rowActions?: (row: Row) => ReactNode;
  rowActionsWidth?: number;
  rowLink?: (row: Row) => string;
}

export function TableBody<Row extends object>({
  table,
  label,
  rows,
  rowSelection,
  selectedCount,
  renderKey,
  rowName,
  rowActions,
  rowActionsWidth = DEFAULT_ACTIONS_WIDTH,
  rowLink,
}: TableBodyProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);

  // A new key function makes the virtualizer measure every row again: keep it stable while the rows are.
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler in this build; the rows re-render with the table
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: rowHeight,
    getItemKey,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  // The scroll container takes keyboard focus (and a name) only when there is something to scroll.
  const [scrollable, setScrollable] = useState(false);
  useEffect(() => {
    const container = scrollRef.current;
    const inner = tableRef.current;
    if (!container || !inner) return;
    const observer = new ResizeObserver(() => {
      setScrollable(
        container.scrollHeight > container.clientHeight + 1 || container.scrollWidth > container.clientWidth + 1,
      );
    });
    observer.observe(container);
    observer.observe(inner);
    return () => observer.disconnect();
  }, []);

  const onMoveFocus = useCallback(
    (fromIndex: number, step: 1 | -1) => {
      const target = fromIndex + step;
      if (target < 0 || target >= rows.length) return;
      const focusTarget = () =>
        scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${target}"] .dt-row-link`);
      const element = focusTarget();
      if (element) {
        element.focus();
        return;
      }
      virtualizer.scrollToIndex(target);
      requestAnimationFrame(() => focusTarget()?.focus());
    },
    [rows.length, virtualizer],
  );

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const paddingTop = first ? first.start - HEADER_HEIGHT : 0;
  const paddingBottom = last ? virtualizer.getTotalSize() - (last.end - HEADER_HEIGHT) : 0;

  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const widths = headers.map((header) => {
    if (header.column.id === SELECT_COLUMN_ID) return SELECT_WIDTH;
    if (header.column.id === ACTIONS_COLUMN_ID) return rowActionsWidth;
    return header.column.columnDef.meta?.dataColumn?.width ?? DEFAULT_COLUMN_WIDTH;
  });
  const totalWidth = widths.reduce((sum, width) => sum + width, 0);

  return (
    <div
      ref={scrollRef}
      className="dt-scroll"
      tabIndex={scrollable ? 0 : undefined}
      role={scrollable ? 'region' : undefined}
      aria-label={scrollable ? `${label} (scrollable)` : undefined}
    >
      <table
        ref={tableRef}
        className="dt-table"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        style={{ minWidth: totalWidth }}
      >
        <colgroup>
          {headers.map((header, i) => (
            <col key={header.id} style={{ width: widths[i] }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {headers.map((header) => {
              if (header.column.id === SELECT_COLUMN_ID) {
                return (
                  <th key={header.id} scope="col" className="dt-select">
                    <SelectionCheckbox
                      label={`Select all ${formatCount(rows.length)} rows`}
                      checked={selectAllState(selectedCount, rows.length)}
                      onClick={() => setAllMatchingSelected(table, selectedCount < rows.length)}
                    />
                  </th>
                );
              }
              if (header.column.id === ACTIONS_COLUMN_ID) {
                return (
                  <th key={header.id} scope="col" className="dt-actions">
                    <span className="visually-hidden">Actions</span>
                  </th>
                );
              }
              return <ColumnHeader key={header.id} column={header.column} />;
            })}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr className="dt-spacer" aria-hidden="true">
              <td colSpan={headers.length} style={{ height: paddingTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <DataRow
                key={row.id}
                row={row}
                index={item.index}
                selected={rowSelection[row.id] === true}
                renderKey={renderKey}
                rowName={rowName}
                rowActions={rowActions}
                rowLink={rowLink}
                onMoveFocus={onMoveFocus}
              />
            );
          })}
          {paddingBottom > 0 ? (
            <tr className="dt-spacer" aria-hidden="true">
              <td colSpan={headers.length} style={{ height: paddingBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
