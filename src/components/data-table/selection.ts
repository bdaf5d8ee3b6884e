/**
 * Row selection on top of TanStack Table's row-selection feature:
 * - a plain click on a row checkbox toggles that row and makes it the anchor;
 *   Shift-click applies the clicked box's new state to every row between the
 *   anchor and it, in the order shown now (sorted and filtered). TanStack does
 *   the range (`row.getToggleSelectedHandler`), as one slice of its memoised
 *   display order: O(range), never a search per row.
 * - "Select all N" selects every row that matches the filters, not only the
 *   rows scrolled into view.
 * - The selection only ever holds rows that are shown: rows a filter hides are
 *   dropped from it, so bulk actions never reach rows the person cannot see.
 */
import type { RowSelectionState } from '@tanstack/react-table';
import type { RowOf, TableOf } from './table-features';

/**
 * Toggle a row from a click on its checkbox. Radix checkboxes are buttons, so the
 * handler gets the next checked state explicitly; Shift on the click makes it a range.
 */
export function toggleRowFromClick<T extends object>(row: RowOf<T>, click: { shiftKey: boolean }): void {
  row.getToggleSelectedHandler()({ target: { checked: !row.getIsSelected() }, shiftKey: click.shiftKey });
}

/** The header checkbox: checked when every matching row is selected, mixed when some are. */
export function selectAllState(selectedCount: number, matchingCount: number): boolean | 'indeterminate' {
  if (selectedCount === 0 || matchingCount === 0) return false;
  return selectedCount >= matchingCount ? true : 'indeterminate';
}

/** Select every row that matches the filters (`true`), or clear the selection (`false`). */
export function setAllMatchingSelected<T extends object>(table: TableOf<T>, selected: boolean): void {
  if (selected) table.toggleAllRowsSelected(true);
  else table.resetRowSelection(true);
}

/** The selected rows among `rows` (the shown rows, in their order). */
export function selectedAmong<T extends object>(rows: readonly RowOf<T>[], selection: RowSelectionState): RowOf<T>[] {
  if (Object.keys(selection).length === 0) return [];
  return rows.filter((row) => selection[row.id] === true);
}

/**
 * The selection without the rows that are no longer shown (filtered out or gone
 * from the data), or `null` when nothing needs to go. O(selected).
 */
export function pruneSelection(
  selection: RowSelectionState,
  shownById: Readonly<Record<string, unknown>>,
): RowSelectionState | null {
  let pruned: RowSelectionState | null = null;
  for (const id of Object.keys(selection)) {
    if (id in shownById) continue;
    pruned ??= { ...selection };
    delete pruned[id];
  }
  return pruned;
}
