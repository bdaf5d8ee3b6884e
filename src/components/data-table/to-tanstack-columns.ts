/**
 * Turns the screens' plain column descriptions into TanStack Table column
 * definitions: the value becomes the accessor (so TanStack caches it per row),
 * empty values sort last in both directions, facets filter on the option keys,
 * and the text filter matches the visible text columns.
 */
import { createElement, type ReactNode } from 'react';
import type { FilterFn, SortFn } from '@tanstack/react-table';
import { compareValues, facetKey, isEmptyValue, valueText } from './cell-values';
import { rowText, type TextFilter } from './row-models';
import type { ColumnDefOf, DataTableFeatures } from './table-features';
import type { CellValue, DataColumn } from './types';

export const SELECT_COLUMN_ID = '__select';
export const ACTIONS_COLUMN_ID = '__actions';

/** Empty values are `undefined` to TanStack, which then keeps them last (`sortUndefined`). */
function accessorValue(value: CellValue): CellValue {
  return isEmptyValue(value) ? undefined : value;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by tables of every row type
const sortCellValues: SortFn<DataTableFeatures, any> = (rowA, rowB, columnId) =>
  compareValues(rowA.getValue<CellValue>(columnId), rowB.getValue<CellValue>(columnId));

/** Sorts by rank: the position of the value in `order` (values not in it after the rest, by text). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by tables of every row type
export function rankSort(order: readonly string[]): SortFn<DataTableFeatures, any> {
  const rank = new Map(order.map((value, index) => [value, index]));
  const rankOf = (value: CellValue) => rank.get(String(value)) ?? order.length;
  return (rowA, rowB, columnId) => {
    const a = rowA.getValue<CellValue>(columnId);
    const b = rowB.getValue<CellValue>(columnId);
    return rankOf(a) - rankOf(b) || compareValues(a, b);
  };
}

/** A faceted column's filter value is the list of chosen option keys; a row matches any of them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by tables of every row type
export const facetFilter: FilterFn<DataTableFeatures, any> = (row, columnId, chosen: string[]) =>
  chosen.includes(facetKey(row.getValue<CellValue>(columnId)));
facetFilter.autoRemove = (chosen: unknown) => !Array.isArray(chosen) || chosen.length === 0;

/**
 * The text filter: `{ text, columnIds }`, so a change in the visible columns is a
 * new filter value and the table re-filters. Matches case-insensitively anywhere in
 * the value's text. The table's filtered row model (row-models.ts) searches cached row
 * text in one pass; this per-row form is TanStack's `globalFilterFn` for anything else.
 */
export type { TextFilter };

/** Lower-casing the typed text once per filter value, not once per row. */
const lowerNeedles = new WeakMap<TextFilter, string>();

function needleOf(filter: TextFilter): string {
  let needle = lowerNeedles.get(filter);
  if (needle === undefined) lowerNeedles.set(filter, (needle = filter.text.toLowerCase()));
  return needle;
}

/**
 * TanStack asks per column and keeps a row when any column matches: the first filtered
 * column answers for the whole row (one substring search per row), the others say no.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by tables of every row type
export const textFilter: FilterFn<DataTableFeatures, any> = (row, columnId, filter: TextFilter) =>
  columnId === filter.columnIds[0] &&
  rowText(row.original as object, (id) => row.getValue<CellValue>(id), filter.columnIds).includes(needleOf(filter));

function renderDefaultCell(value: CellValue): ReactNode {
  const text = valueText(value);
  if (text !== '') return text;
  return createElement('span', { 'aria-label': 'None', className: 'dt-empty' }, '—');
}

export function renderDataCell<Row>(column: DataColumn<Row>, row: Row): ReactNode {
  return column.cell ? column.cell(row) : renderDefaultCell(column.value(row));
}

export function toTanstackColumns<Row extends object>(columns: readonly DataColumn<Row>[]): ColumnDefOf<Row>[] {
  return columns.map((column): ColumnDefOf<Row> => ({
    id: column.id,
    header: column.header,
    accessorFn: (row: Row) => accessorValue(column.value(row)),
    cell: ({ row }) => renderDataCell(column, row.original),
    enableSorting: column.sortable ?? true,
    sortFn: column.order ? rankSort(column.order) : sortCellValues,
    sortUndefined: 'last',
    // Every column sorts ascending first (TanStack would start numbers descending).
    sortDescFirst: false,
    enableColumnFilter: Boolean(column.facet),
    filterFn: facetFilter,
    enableHiding: !column.rowHeader,
    meta: { dataColumn: column },
  }));
}

/** Whether the text filter searches this column: it shows text, not numbers or yes/no. */
export function isTextColumn<Row>(column: DataColumn<Row>, sample: Row | undefined): boolean {
  if (sample === undefined) return true;
  const value = column.value(sample);
  return typeof value === 'string' || value === null || value === undefined;
}
