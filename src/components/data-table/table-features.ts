/**
 * The TanStack Table v9 features every data table registers: sorting, column
 * filters (faceted), the text filter (global filter), faceting for the counts,
 * column visibility and row selection. Module scope, so the registry is stable.
 */
import {
  columnFacetingFeature,
  columnFilteringFeature,
  columnVisibilityFeature,
  createFacetedRowModel,
  createFacetedUniqueValues,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  type Column,
  type ColumnDef,
  type Row,
  type Table,
} from '@tanstack/react-table';
import type { DataColumn } from './types';

export interface DataColumnMeta {
  /** The screen's own description of the column (absent on the checkbox and actions columns). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry is shared by tables of every row type
  dataColumn?: DataColumn<any>;
}

export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  globalFilteringFeature,
  columnFacetingFeature,
  facetedRowModel: createFacetedRowModel(),
  facetedUniqueValues: createFacetedUniqueValues(),
  columnVisibilityFeature,
  rowSelectionFeature,
  columnMeta: {} as DataColumnMeta,
});

export type DataTableFeatures = typeof dataTableFeatures;
export type TableOf<T extends object> = Table<DataTableFeatures, T>;
export type RowOf<T extends object> = Row<DataTableFeatures, T>;
export type ColumnOf<T extends object> = Column<DataTableFeatures, T, unknown>;
export type ColumnDefOf<T extends object> = ColumnDef<DataTableFeatures, T, unknown>;
