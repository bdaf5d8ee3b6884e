/**
 * Turns the screens' plain column descriptions into TanStack Table column
 * definitions: the value becomes the accessor (so TanStack caches it per row),
 * empty values sort last in both directions, facets filter on the option keys,
 * and the text filter matches the visible text columns.
 */
import { createElement, type ReactNode } from 'react';
import type { FilterFn, SortFn } from '@tanstack/react-table';
import { compareValues, facetKey, isEmptyValue, valueText } from './cell-values';
import type { ColumnDefOf, DataTableFeatures } from './table-features';
import type { CellValue, DataColumn } from './types';

export const SELECT_COLUMN_ID = '__select';
export const ACTIONS_COLUMN_ID = '__actions';

export const DEFAULT_COLUMN_WIDTH = 160;

/** Empty values are `undefined` to TanStack, which then keeps them last (`sortUndefined`). */
function accessorValue(value: CellValue): CellValue {
  return isEmptyValue(value) ? undefined : value;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by tables of every row type
const sortCellValues: SortFn<DataTableFeatures, any> = (rowA, rowB, columnId) =>
  compareValues(rowA.getValue<CellValue>(columnId), rowB.getValue<CellValue>(columnId));

/** A faceted column's filter value is the list of chosen option keys; a row matches any of them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by tables of every row type
export const facetFilter: FilterFn<DataTableFeatures, any> = (row, columnId, chosen: string[]) =>
  chosen.includes(facetKey(row.getValue<CellValue>(columnId)));
facetFilter.autoRemove = (chosen: unknown) => !Array.isArray(chosen) || chosen.length === 0;

/**
 * The text filter: `{ text, columnIds }`, so a change in the visible columns is a
 * new filter value and TanStack re-filters (its filtered model does not watch
 * visibility). Matches case-insensitively anywhere in the value's text.
 */
export interface TextFilter {
  text: string;
  columnIds: readonly string[];
}

/** Lower-cased cell text per row and column, made once per row object, not per keystroke. */
const searchableText = new WeakMap<object, Map<string, string>>();

function lowerText(original: object, columnId: string, value: CellValue): string {
  let byColumn = searchableText.get(original);
  if (!byColumn) searchableText.set(original, (byColumn = new Map()));
  let text = byColumn.get(columnId);
  if (text === undefined) byColumn.set(columnId, (text = valueText(value).toLowerCase()));
  return text;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by tables of every row type
export const textFilter: FilterFn<DataTableFeatures, any> = (row, columnId, filter: TextFilter) =>
  filter.columnIds.includes(columnId) &&
  lowerText(row.original as object, columnId, row.getValue<CellValue>(columnId)).includes(filter.text.toLowerCase());

function renderDefaultCell(value: CellValue): ReactNode {
  const text = valueText(value);
  if (text !== '') return text;
  return createElement('span', { 'aria-label': 'None', className: 'dt-empty' }, '—');
}

export function renderDataCell<Row>(column: DataColumn<Row>, row: Row): ReactNode {
  return column.cell ? column.cell(row) : renderDefaultCell(column.value(row));
}

export function toTanstackColumns<Row extends object>(columns: readonly DataColumn<Row>[]): ColumnDefOf<Row>[] {
  return columns.map(
    (column): ColumnDefOf<Row> => ({
      id: column.id,
      header: column.header,
      accessorFn: (row: Row) => accessorValue(column.value(row)),
      cell: ({ row }) => renderDataCell(column, row.original),
      enableSorting: column.sortable ?? true,
      sortFn: sortCellValues,
      sortUndefined: 'last',
      // Every column sorts ascending first (TanStack would start numbers descending).
      sortDescFirst: false,
      enableColumnFilter: Boolean(column.facet),
      filterFn: facetFilter,
      enableHiding: !column.rowHeader,
      meta: { dataColumn: column },
    }),
  );
}

/** Whether the text filter searches this column: it shows text, not numbers or yes/no. */
export function isTextColumn<Row>(column: DataColumn<Row>, sample: Row | undefined): boolean {
  if (sample === undefined) return true;
  const value = column.value(sample);
  return typeof value === 'string' || value === null || value === undefined;
}
