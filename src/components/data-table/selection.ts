/**
 * Row selection, held by the table itself (not TanStack's row-selection map, which
 * needs a key per selected row): either "every row matching the filters, except
 * these" or "these rows". Selecting all 50,000 rows is one small object; the selected
 * rows are gathered only where they are needed (the bulk actions, an export).
 *
 * - A plain click on a row checkbox toggles that row and makes it the anchor;
 *   Shift-click applies the clicked box's new state to every row between the
 *   anchor and it, in the order shown now (sorted and filtered).
 * - "Select all N" selects every row that matches the filters, not only the
 *   rows scrolled into view.
 * - The selection only ever holds rows that are shown: rows a filter hides are
 *   dropped from it (and stay unselected when the filter lets them back), so bulk
 *   actions never reach rows the person cannot see.
 */

/** The rows the selection was made among: the filtered rows (a TanStack row model). */
export interface MatchingRows {
  rows: readonly { id: string }[];
  rowsById: Readonly<Record<string, unknown>>;
}

export interface Selection {
  /** `true`: every row of `scope` is selected except `ids`; `false`: the rows `ids` are. */
  all: boolean;
  ids: ReadonlySet<string>;
  /** The matching rows the selection is about; a new set of matching rows prunes it. */
  scope: MatchingRows | null;
  /** The row a Shift-click range starts from. */
  anchor?: string;
}

export const NO_SELECTION: Selection = { all: false, ids: new Set(), scope: null };

export function isSelected(selection: Selection, id: string): boolean {
  return selection.ids.has(id) !== selection.all;
}

/** How many rows are selected. O(1). */
export function selectionCount(selection: Selection): number {
  if (!selection.all) return selection.ids.size;
  return (selection.scope?.rows.length ?? 0) - selection.ids.size;
}

/** Every row of `matching` (the filtered rows), in O(1). */
export function selectAll(matching: MatchingRows): Selection {
  return { all: true, ids: new Set(), scope: matching };
}

/** The header checkbox: checked when every matching row is selected, mixed when some are. */
export function selectAllState(selectedCount: number, matchingCount: number): boolean | 'indeterminate' {
  if (selectedCount === 0 || matchingCount === 0) return false;
  return selectedCount >= matchingCount ? true : 'indeterminate';
}

/** Each row's position among the rows shown, made once per shown order (only a Shift-click asks). */
const positions = new WeakMap<readonly { id: string }[], Map<string, number>>();

function positionOf(rows: readonly { id: string }[], id: string): number {
  let map = positions.get(rows);
  if (!map) {
    map = new Map(rows.map((row, index) => [row.id, index]));
    positions.set(rows, map);
  }
  return map.get(id) ?? -1;
}

/**
 * A click on row `id`'s checkbox, among `shown` (the rows in the order shown now, all of
 * them matching): toggles it, or with Shift gives every row from the anchor to it the
 * clicked box's new state. O(1), or O(range) with Shift.
 */
export function toggleRow(
  selection: Selection,
  matching: MatchingRows,
  shown: readonly { id: string }[],
  id: string,
  shiftKey: boolean,
): Selection {
  const value = !isSelected(selection, id);
  const ids = new Set(selection.ids);
  // `ids` holds the selected rows, or in "all" mode the unselected ones.
  const apply = (rowId: string) => {
    if (value !== selection.all) ids.add(rowId);
    else ids.delete(rowId);
  };
  const from = shiftKey && selection.anchor !== undefined ? positionOf(shown, selection.anchor) : -1;
  const to = from < 0 ? -1 : positionOf(shown, id);
  if (from >= 0 && to >= 0) {
    for (let i = Math.min(from, to); i <= Math.max(from, to); i++) apply(shown[i]!.id);
  } else {
    apply(id);
  }
  return { all: selection.all, ids, scope: selection.scope ?? matching, anchor: id };
}

/**
 * The selection against a new set of matching rows (a filter changed, or the data):
 * rows no longer matching leave it, and an "all" selection becomes the rows it held
 * that still match (those a filter lets back in stay unselected). The same object when
 * nothing changes.
 */
export function reconcileSelection(selection: Selection, matching: MatchingRows): Selection {
  const { scope } = selection;
  if (scope === matching || scope === null) return selection;
  if (selection.all) {
    const kept = new Set<string>();
    for (const row of matching.rows) {
      if (row.id in scope.rowsById && !selection.ids.has(row.id)) kept.add(row.id);
    }
    return { all: false, ids: kept, scope: matching, anchor: selection.anchor };
  }
  if (selection.ids.size === 0) return { ...selection, scope: matching };
  const kept = new Set<string>();
  for (const id of selection.ids) if (id in matching.rowsById) kept.add(id);
  return { all: false, ids: kept, scope: matching, anchor: selection.anchor };
}

/** The selected rows among `rows` (the shown rows, in their order): made when a bulk action or an export needs them. */
export function selectedAmong<R extends { id: string }>(rows: readonly R[], selection: Selection): R[] {
  if (!selection.all && selection.ids.size === 0) return [];
  if (selection.all && selection.ids.size === 0) return rows.slice();
  return rows.filter((row) => isSelected(selection, row.id));
}
