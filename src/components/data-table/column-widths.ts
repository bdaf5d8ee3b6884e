/**
 * Column widths that fit the table's box: every column gets its preferred width when
 * there is room (the room left over shared out among the data columns); when there is
 * not, the data columns give up width down to their minimum (a header never truncates),
 * and only then does the table grow wider than its box and scroll inside it.
 */
import type { DataColumn } from './types';
import type { ViewportTier } from './viewport';

export const DEFAULT_COLUMN_WIDTH = 160;

/** Pixels per character of a header (0.875rem semibold), a first guess: the table widens a header it finds cut short. */
const HEADER_CHAR_WIDTH = 7;
/** The cell's padding (2 × 0.75rem) and the sort button's icon and gap. */
const HEADER_PADDING = 24;
const SORT_ICON = 20;

/** How wide a header needs to be to show its text whole. */
export function headerWidth(header: string, sortable: boolean): number {
  return Math.ceil(header.length * HEADER_CHAR_WIDTH) + HEADER_PADDING + (sortable ? SORT_ICON : 0);
}

export interface ColumnWidth {
  preferred: number;
  min: number;
  /** The checkbox and actions columns keep their width. */
  fixed?: boolean;
}

export function dataColumnWidth(
  column: Pick<DataColumn<never>, 'header' | 'width' | 'minWidth' | 'rowHeader' | 'sortable'>,
  tier: ViewportTier,
): ColumnWidth {
  const header = headerWidth(column.header, column.sortable !== false);
  const width = column.width ?? DEFAULT_COLUMN_WIDTH;
  const floor = column.rowHeader ? (tier === 'narrow' ? 140 : 180) : 120;
  const min = Math.max(header, column.minWidth ?? Math.min(width, floor));
  return { preferred: Math.max(width, min), min };
}

export interface FittedWidths {
  widths: number[];
  /** The table's width: the box's when the columns fit in it, more when they cannot. */
  tableWidth: number;
}

/** `box`: the inner width of the table's scroll box (0 when unknown: the preferred widths). */
export function fitColumnWidths(columns: readonly ColumnWidth[], box: number): FittedWidths {
  const preferred = columns.map((column) => column.preferred);
  const sum = (widths: readonly number[]) => widths.reduce((total, width) => total + width, 0);
  const total = sum(preferred);
  if (box <= 0) return { widths: preferred, tableWidth: total };

  const flexible = columns.flatMap((column, index) => (column.fixed ? [] : [index]));
  const widths = [...preferred];
  if (flexible.length === 0) return { widths, tableWidth: total };

  if (total <= box) {
    // Room to spare: shared in proportion to the preferred widths.
    const extra = box - total;
    const flexibleTotal = sum(flexible.map((index) => preferred[index]!));
    for (const index of flexible)
      widths[index] = Math.floor(preferred[index]! + (extra * preferred[index]!) / flexibleTotal);
  } else {
    const need = total - box;
    const slack = sum(flexible.map((index) => preferred[index]! - columns[index]!.min));
    if (slack < need) {
      for (const index of flexible) widths[index] = columns[index]!.min;
      return { widths, tableWidth: sum(widths) };
    }
    // Each column gives up width in proportion to what it can spare.
    for (const index of flexible) {
      const spare = preferred[index]! - columns[index]!.min;
      widths[index] = Math.floor(preferred[index]! - (need * spare) / slack);
    }
  }
  // What rounding left over goes to the last data column.
  const last = flexible[flexible.length - 1]!;
  widths[last] = widths[last]! + box - sum(widths);
  return { widths, tableWidth: box };
}
