/**
 * The contract between the one shared data table and the screens that use it. Screens
 * describe columns with plain data; the table turns them into TanStack Table columns.
 */
import type { ReactNode } from 'react';
import type { LoadStatus } from '../../api/load-status';

export type { LoadStatus };

export type CellValue = string | number | boolean | null | undefined;

export interface DataColumn<Row> {
  /** Stable id: used in the URL (sort, filters) and in the remembered column choice. */
  id: string;
  /** The header text, also the column's name in the column picker and in exports. */
  header: string;
  /** The value sorted, filtered, faceted and exported. */
  value: (row: Row) => CellValue;
  /** How the cell shows; defaults to the value as text ("—" when empty). */
  cell?: (row: Row) => ReactNode;
  /** Optional columns are hidden until chosen in the column picker. */
  optional?: boolean;
  /** A faceted filter (few values): the options offered, each matched against `value`. */
  facet?: { options: { value: string; label: string }[] };
  /** The row header column (one per table): names the row for assistive technology. */
  rowHeader?: boolean;
  /**
   * Values in their rank order (e.g. levels, most access first, as their filter menus
   * list them): the column sorts by position in it, not alphabetically. Ascending (the
   * first click) is this order; values not in it come after those that are.
   */
  order?: readonly string[];
  /** Default true. */
  sortable?: boolean;
  /**
   * Which windows show the column by default: 1 always (a phone too), 2 from 48rem,
   * 3 from 64rem. Hidden ones stay in the Columns menu, to show there. Default: 1 for
   * the row header, 2 for every other column (so a phone shows the row header, the
   * checkboxes and the row actions; give 1 to the one or two columns a phone needs).
   */
  priority?: 1 | 2 | 3;
  /** Preferred width in pixels (default 160): columns get it when the table has room. */
  width?: number;
  /**
   * The narrowest the column may get when the table lacks room, in pixels (default: its
   * header's width, at least 120 or `width` if smaller; 180 for the row header). Set it
   * for cells holding controls (a compact select) that must not be cut off.
   */
  minWidth?: number;
  align?: 'start' | 'end';
}

export interface DataTableProps<Row> {
  /** Names the table in storage keys and exports, e.g. "members". */
  tableId: string;
  /** Whose column choice this is (the signed-in user's ID). */
  personId: string;
  /**
   * Scopes the sort and filter parameters in the URL, for a page that shows more than
   * one table; the page's main table leaves it out and keeps the short `sort`, `q`, `f.*`.
   */
  urlKey?: string;
  /** The table's accessible name, e.g. "Members of Acme Genomics". */
  label: string;
  /** Keep it stable (module constant or useMemo): a new array rebuilds the table's columns. */
  columns: DataColumn<Row>[];
  rows: Row[];
  getRowId: (row: Row) => string;
  /** How a row is named in its checkbox label ("Select Alice Liddell"). Keep it stable, as `columns`. */
  rowName: (row: Row) => string;
  /**
   * Tells apart rows whose names repeat: added to the name of every row that shares its
   * name with another ("Select Genome QC (project-123)"). Keep it stable, as `columns`.
   */
  rowNameDetail?: (row: Row) => string;
  status: LoadStatus;
  /** Shown when there are no rows at all (filters that match nothing say so themselves). */
  empty: ReactNode;
  /** With this, rows get checkboxes and a bulk-action bar appears with a selection. */
  bulkActions?: (selected: Row[], clearSelection: () => void) => ReactNode;
  /**
   * Actions at the end of each row (buttons or a RowActionsMenu; they must not open the
   * row). Their column always shows and stays in view (sticky at the right) when the
   * table scrolls sideways.
   */
  rowActions?: (row: Row) => ReactNode;
  /** Width in pixels of the row-actions column (default 180; 56 fits a "⋯" RowActionsMenu). */
  rowActionsWidth?: number;
  /**
   * Where a row leads (e.g. `/projects/<id>`): its row header cell becomes a link there
   * (Ctrl/Cmd- or middle-click opens a new tab), and a click elsewhere on the row follows it.
   */
  rowLink?: (row: Row) => string;
  /** Extra controls at the start of the toolbar (e.g. an "Invite" button). */
  toolbar?: ReactNode;
  /** Exported after the columns shown, never shown in the table (e.g. raw recorded values beside their wording). */
  exportOnlyColumns?: DataColumn<Row>[];
}
