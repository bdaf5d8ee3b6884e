/**
 * The <table> with a virtualised body: a fixed row height, only the rows in view
 * (plus some overscan) in the DOM, and spacer rows for the rest, so 50,000 rows
 * scroll smoothly. Native table layout with fixed column widths (colgroup), so
 * columns keep their width while scrolling; the header sticks to the top.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ColumnHeader } from './column-header';
import { DataRow } from './data-row';
import { SelectionCheckbox } from './selection-checkbox';
import { isSelected, selectAllState, type Selection } from './selection';
import { dataColumnWidth, fitColumnWidths, type ColumnWidth } from './column-widths';
import { ACTIONS_COLUMN_ID, SELECT_COLUMN_ID } from './to-tanstack-columns';
import type { ViewportTier } from './viewport';
import type { RowOf, TableOf } from './table-features';
import { formatCount } from '../../lib/format';

export const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 44;
const SELECT_WIDTH = 52;
const NARROW_SELECT_WIDTH = 44;
const DEFAULT_ACTIONS_WIDTH = 180;
/** The most a column grows to show its cells' content. */
const MAX_CONTENT_WIDTH = 420;
/**
 * Rows rendered beyond the box. Each is paid for on every sort, filter and scroll, and the
 * virtualizer renders a scroll in its own frame, so a few are enough (12 measured slower).
 */
const OVERSCAN = 6;
/** How long the rows in view must stay the same before their cells are measured again. */
const MEASURE_AFTER_REST_MS = 150;

interface ContentWidths {
  need: Readonly<Record<string, number>>;
  want: Readonly<Record<string, number>>;
}
const NO_CONTENT_WIDTHS: ContentWidths = { need: {}, want: {} };
const rowHeight = () => ROW_HEIGHT;

export interface TableBodyProps<Row extends object> {
  table: TableOf<Row>;
  label: string;
  rows: readonly RowOf<Row>[];
  selection: Selection;
  selectedCount: number;
  /** The header checkbox: select every matching row (`true`) or none. */
  onSelectAll: (selected: boolean) => void;
  /** A row checkbox's click; stable. */
  onToggleRow: (rowId: string, shiftKey: boolean) => void;
  renderKey: object;
  rowName: (row: Row) => string;
  rowActions?: (row: Row) => ReactNode;
  rowActionsWidth?: number;
  rowLink?: (row: Row) => string;
  tier: ViewportTier;
}

/** Marks the scroll box's ends that have more table beyond them (for the pinned columns' edges). */
function markScrollEdges(container: HTMLElement): void {
  const { scrollLeft, scrollWidth, clientWidth } = container;
  container.toggleAttribute('data-scrolled-start', scrollLeft > 0);
  container.toggleAttribute('data-more-end', scrollLeft + clientWidth < scrollWidth - 1);
}

export function TableBody<Row extends object>({
  table,
  label,
  rows,
  selection,
  selectedCount,
  onSelectAll,
  onToggleRow,
  renderKey,
  rowName,
  rowActions,
  rowActionsWidth = DEFAULT_ACTIONS_WIDTH,
  rowLink,
  tier,
}: TableBodyProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);

  // Items keep the virtualizer's default key, their index: every row has the same height, so a
  // position's measurement holds whatever row is there. A key function that changed with the rows
  // would make it rebuild the measurements of all rows on every sort.
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler in this build; the rows re-render with the table
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: rowHeight,
    overscan: OVERSCAN,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  // The scroll container takes keyboard focus (and a name) only when there is something to scroll.
  const [scrollable, setScrollable] = useState(false);
  // The columns fit the box's inner width (0 until measured, or where nothing is laid out).
  const [boxWidth, setBoxWidth] = useState(0);
  useLayoutEffect(() => {
    if (scrollRef.current) setBoxWidth(scrollRef.current.clientWidth);
  }, []);
  useEffect(() => {
    const container = scrollRef.current;
    const inner = tableRef.current;
    if (!container || !inner) return;
    const observer = new ResizeObserver(() => {
      setBoxWidth(container.clientWidth);
      setScrollable(
        container.scrollHeight > container.clientHeight + 1 || container.scrollWidth > container.clientWidth + 1,
      );
      markScrollEdges(container);
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

  // What the rows in view show decides the widths too, measured after each render (the rows in
  // view change as the table scrolls); the figures only ever grow, so the widths settle.
  // `need`: a header, or a cell holding controls (the actions, buttons), is never cut short —
  // its column is at least that wide. `want`: a cut-off text gets that width when there is room.
  // The first time before the table shows; after that once the new rows have been painted and
  // have stopped changing, so the reads of every cell's width do not hold up a sort, a filter
  // or a scroll.
  const [content, setContent] = useState<ContentWidths>(NO_CONTENT_WIDTHS);
  const measureContent = (current: ContentWidths): ContentWidths => {
    const body = tableRef.current?.tBodies[0];
    const headRow = tableRef.current?.tHead?.rows[0];
    if (!body || !headRow) return current;
    let next = current;
    const grow = (kind: keyof ContentWidths, id: string, width: number) => {
      const capped = Math.min(Math.ceil(width) + 2, MAX_CONTENT_WIDTH);
      if (capped > (next[kind][id] ?? 0)) next = { ...next, [kind]: { ...next[kind], [id]: capped } };
    };
    headers.forEach((header, i) => {
      if (!header.column.columnDef.meta?.dataColumn) return;
      const th = headRow.cells[i];
      const text = th?.querySelector('.dt-sort-button span') ?? th;
      if (!th || !text || text.scrollWidth <= text.clientWidth + 1) return;
      grow('need', header.column.id, th.offsetWidth + text.scrollWidth - text.clientWidth);
    });
    for (const tr of body.rows) {
      if (tr.cells.length !== headers.length) continue; // a spacer row
      headers.forEach((header, i) => {
        const cell = tr.cells[i]!;
        if (cell.scrollWidth <= cell.clientWidth + 1) return;
        const id = header.column.id;
        const controls = id === ACTIONS_COLUMN_ID || cell.querySelector('button, select, input') !== null;
        grow(controls ? 'need' : 'want', id, cell.scrollWidth);
      });
    }
    return next;
  };
  const measuredOnce = useRef(false);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    if (measuredOnce.current) return;
    measuredOnce.current = true;
    setContent(measureContent);
  });

  // Only when what the cells show can have changed (other rows in view, other columns, another
  // width): not on a selection click, which re-renders the table but changes no cell's width.
  const firstIndex = first?.index;
  const lastIndex = last?.index;
  // Each measure reads every cell's layout: one per scrolled frame made long tasks.
  useEffect(() => {
    const timer = window.setTimeout(() => setContent(measureContent), MEASURE_AFTER_REST_MS);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- measureContent reads the DOM these decide
  }, [rows, firstIndex, lastIndex, renderKey, rowName, rowActions, rowLink, boxWidth, tier]);

  const selectWidth = tier === 'narrow' ? NARROW_SELECT_WIDTH : SELECT_WIDTH;
  const specs = headers.map((header): ColumnWidth => {
    const id = header.column.id;
    const need = content.need[id] ?? 0;
    if (id === SELECT_COLUMN_ID) return { preferred: selectWidth, min: selectWidth, fixed: true };
    if (id === ACTIONS_COLUMN_ID) {
      const width = Math.max(rowActionsWidth, need);
      return { preferred: width, min: width, fixed: true };
    }
    const dataColumn = header.column.columnDef.meta?.dataColumn;
    const spec = dataColumn ? dataColumnWidth(dataColumn, tier) : { preferred: 160, min: 120 };
    const min = Math.max(spec.min, need);
    return { preferred: Math.max(spec.preferred, min, content.want[id] ?? 0), min };
  });
  const { widths, tableWidth } = fitColumnWidths(specs, boxWidth);

  // Pinned while the table scrolls sideways: the checkbox and the row header at the start,
  // the actions at the end; only while they leave most of the box to the other columns.
  let startWidth = 0;
  let rowHeaderLeft = 0;
  let endWidth = 0;
  headers.forEach((header, i) => {
    // The row header may give up the width it was given to fill the box: its minimum counts.
    const width = header.column.columnDef.meta?.dataColumn?.rowHeader ? specs[i]!.min : widths[i]!;
    if (header.column.id === SELECT_COLUMN_ID) {
      startWidth += width;
      rowHeaderLeft = width;
    } else if (header.column.id === ACTIONS_COLUMN_ID) endWidth = width;
    else if (header.column.columnDef.meta?.dataColumn?.rowHeader) startWidth += width;
  });
  const pinStart = boxWidth === 0 || startWidth + endWidth <= boxWidth * 0.85;
  const pinEnd = boxWidth === 0 || endWidth <= boxWidth * (pinStart ? 0.5 : 0.4);
  const tableClass = `dt-table${pinStart ? ' dt-pin-start' : ''}${pinEnd ? ' dt-pin-end' : ''}`;
  const tableStyle: CSSProperties & { '--dt-row-header-left': string } = {
    ...(boxWidth > 0 ? { width: tableWidth } : { minWidth: tableWidth }),
    '--dt-row-header-left': `${rowHeaderLeft}px`,
  };

  return (
    <div
      ref={scrollRef}
      className="dt-scroll"
      tabIndex={scrollable ? 0 : undefined}
      role={scrollable ? 'region' : undefined}
      aria-label={scrollable ? `${label} (scrollable)` : undefined}
      onScroll={(event) => markScrollEdges(event.currentTarget)}
    >
      <table
        ref={tableRef}
        className={tableClass}
        aria-label={label}
        aria-rowcount={rows.length + 1}
        style={tableStyle}
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
                      onClick={() => onSelectAll(selectedCount < rows.length)}
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
                selected={isSelected(selection, row.id)}
                renderKey={renderKey}
                rowName={rowName}
                rowActions={rowActions}
                rowLink={rowLink}
                onToggle={onToggleRow}
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
