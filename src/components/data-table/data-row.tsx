/**
 * One body row. Memoised: a selection change re-renders only the rows whose
 * checkbox changed, not every row in view.
 */
import { memo, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { FlexRender } from '@tanstack/react-table';
import { SelectionCheckbox } from './selection-checkbox';
import { toggleRowFromClick } from './selection';
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
  onOpenRow?: (row: Row) => void;
  /** Arrow keys on a focused row move to the row above or below. */
  onMoveFocus: (fromIndex: number, step: 1 | -1) => void;
}

/** Clicks and keys on these (or in a portal opened from them) belong to the control, not the row. */
const INTERACTIVE =
  'a, button, input, select, textarea, label, [role="checkbox"], [role="button"], [role="menuitem"], .dt-select, .dt-actions';

function fromOwnContent(event: MouseEvent<HTMLElement> | KeyboardEvent<HTMLElement>): boolean {
  const target = event.target as Element;
  return event.currentTarget.contains(target) && !target.closest(INTERACTIVE);
}

function DataRowImpl<Row extends object>({
  row,
  index,
  selected,
  rowName,
  rowActions,
  onOpenRow,
  onMoveFocus,
}: DataRowProps<Row>) {
  const opens = Boolean(onOpenRow);

  function onClick(event: MouseEvent<HTMLTableRowElement>) {
    if (!onOpenRow || !fromOwnContent(event)) return;
    // A person selecting the row's text to copy it is not opening the row.
    if (window.getSelection()?.toString()) return;
    onOpenRow(row.original);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>) {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' && onOpenRow) {
      event.preventDefault();
      onOpenRow(row.original);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      onMoveFocus(index, event.key === 'ArrowDown' ? 1 : -1);
    }
  }

  return (
    <tr
      className={`dt-row${selected ? ' dt-row-selected' : ''}${opens ? ' dt-row-opens' : ''}`}
      aria-rowindex={index + 2}
      data-index={index}
      tabIndex={opens ? 0 : undefined}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      {row.getVisibleCells().map((cell) => {
        const id = cell.column.id;
        if (id === SELECT_COLUMN_ID) {
          return (
            <td key={cell.id} className="dt-select">
              <SelectionCheckbox
                label={`Select ${rowName(row.original)}`}
                checked={selected}
                onClick={(event) => toggleRowFromClick(row, event)}
              />
            </td>
          );
        }
        if (id === ACTIONS_COLUMN_ID) {
          return (
            <td key={cell.id} className="dt-actions">
              {rowActions?.(row.original)}
            </td>
          );
        }
        const dataColumn = cell.column.columnDef.meta?.dataColumn;
        const className = dataColumn?.align === 'end' ? 'dt-num' : undefined;
        return dataColumn?.rowHeader ? (
          <th key={cell.id} scope="row" className={className}>
            <FlexRender cell={cell} />
          </th>
        ) : (
          <td key={cell.id} className={className}>
            <FlexRender cell={cell} />
          </td>
        );
      })}
    </tr>
  );
}

export const DataRow = memo(DataRowImpl) as typeof DataRowImpl;
