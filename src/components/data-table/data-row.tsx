/**
 * One body row. Memoised: a selection change re-renders only the rows whose
 * checkbox changed, not every row in view.
 *
 * A row that leads somewhere (`rowLink`) has a real link in its row header cell, so it
 * is announced as a link, opens in a new tab with Ctrl/Cmd- or middle-click, and Enter
 * follows it; a click elsewhere on the row (not on a control) follows it too, and Arrow
 * Up/Down move from one row's link to the next.
 */
import { memo, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { FlexRender } from '@tanstack/react-table';
import { SelectionCheckbox } from './selection-checkbox';
import { ACTIONS_COLUMN_ID, SELECT_COLUMN_ID } from './to-tanstack-columns';
import type { RowOf } from './table-features';

export interface DataRowProps<Row extends object> {
  row: RowOf<Row>;
  /** Position among the rows shown (0-based). */
  index: number;
  selected: boolean;
  /** A new value whenever cells must render again (other columns shown, new column definitions). */
  renderKey: object;
  rowName: (row: Row) => string;
  rowActions?: (row: Row) => ReactNode;
  rowLink?: (row: Row) => string;
  /** A click on the row's checkbox (Shift-click: a range). Keep it stable: rows are memoised. */
  onToggle: (rowId: string, shiftKey: boolean) => void;
  /** Arrow keys on a row's link move to the row above or below. */
  onMoveFocus: (fromIndex: number, step: 1 | -1) => void;
}

/** Clicks and keys on these (or in a portal opened from them) belong to the control, not the row. */
const INTERACTIVE =
  'a, button, input, select, textarea, label, [role="checkbox"], [role="button"], [role="menuitem"], .dt-select, .dt-actions';

function fromOwnContent(event: MouseEvent<HTMLElement>): boolean {
  const target = event.target as Element;
  return event.currentTarget.contains(target) && !target.closest(INTERACTIVE);
}

function DataRowImpl<Row extends object>({
  row,
  index,
  selected,
  renderKey,
  rowName,
  rowActions,
  rowLink,
  onToggle,
  onMoveFocus,
}: DataRowProps<Row>) {
  const navigate = useNavigate();
  const href = rowLink?.(row.original);
  const selectable = row.getVisibleCells()[0]?.column.id === SELECT_COLUMN_ID;

  /** A click on the row outside its controls: as a click on its link would (new tab with Ctrl/Cmd or the middle button). */
  function onClick(event: MouseEvent<HTMLTableRowElement>) {
    if (href === undefined || !fromOwnContent(event)) return;
    // A person selecting the row's text to copy it is not opening the row.
    if (window.getSelection()?.toString()) return;
    if (event.ctrlKey || event.metaKey || event.button === 1) {
      window.open(href, '_blank', 'noopener');
    } else if (event.button === 0 && !event.shiftKey && !event.altKey) {
      void navigate(href);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (!(event.target as Element).matches('.dt-row-link')) return;
    event.preventDefault();
    onMoveFocus(index, event.key === 'ArrowDown' ? 1 : -1);
  }

  return (
    <tr
      className={`dt-row${selected ? ' dt-row-selected' : ''}${href === undefined ? '' : ' dt-row-opens'}`}
      aria-rowindex={index + 2}
      data-index={index}
      onClick={onClick}
      onAuxClick={onClick}
      onKeyDown={onKeyDown}
    >
      {selectable ? (
        <td className="dt-select">
          <SelectionCheckbox
            label={`Select ${rowName(row.original)}`}
            checked={selected}
            onClick={(event) => onToggle(row.id, event.shiftKey)}
          />
        </td>
      ) : null}
      <DataCells row={row} renderKey={renderKey} href={href} rowActions={rowActions} />
    </tr>
  );
}

interface DataCellsProps<Row extends object> {
  row: RowOf<Row>;
  renderKey: object;
  href: string | undefined;
  rowActions?: (row: Row) => ReactNode;
}

/**
 * A row's cells after its checkbox. Memoised apart from the row: selecting rows (one, a
 * range, all 50,000) re-renders their checkboxes, not their cells.
 */
function DataCellsImpl<Row extends object>({ row, href, rowActions }: DataCellsProps<Row>) {
  return (
    <>
      {row.getVisibleCells().map((cell) => {
        const id = cell.column.id;
        if (id === SELECT_COLUMN_ID) return null; // the row's own, before these
        if (id === ACTIONS_COLUMN_ID) {
          return (
            <td key={cell.id} className="dt-actions">
              {rowActions?.(row.original)}
            </td>
          );
        }
        const dataColumn = cell.column.columnDef.meta?.dataColumn;
        const className = dataColumn?.align === 'end' ? 'dt-num' : undefined;
        if (!dataColumn?.rowHeader) {
          return (
            <td key={cell.id} className={className}>
              <FlexRender cell={cell} />
            </td>
          );
        }
        return (
          <th key={cell.id} scope="row" className={className ? `${className} dt-row-header` : 'dt-row-header'}>
            {href === undefined ? (
              <FlexRender cell={cell} />
            ) : (
              <Link to={href} className="dt-row-link">
                <FlexRender cell={cell} />
              </Link>
            )}
          </th>
        );
      })}
    </>
  );
}

const DataCells = memo(DataCellsImpl) as typeof DataCellsImpl;

export const DataRow = memo(DataRowImpl) as typeof DataRowImpl;
