/**
 * The TanStack Table v9 features every data table registers: sorting, column
 * filters (faceted), the text filter (global filter), faceting for the counts,
 * column visibility (selection is the table's own: selection.ts). Module scope, so the registry is stable.
 */
import {
  columnFacetingFeature,
  columnFilteringFeature,
  columnVisibilityFeature,
  createFacetedUniqueValues,
  globalFilteringFeature,
  rowSortingFeature,
  tableFeatures,
  type Column,
  type ColumnDef,
  type Row,
  type Table,
} from '@tanstack/react-table';
import { createIndexedFacetedRowModel, createIndexedFilteredRowModel, createRankedSortedRowModel } from './row-models';
import type { DataColumn } from './types';

export interface DataColumnMeta {
  /** The screen's own description of the column (absent on the checkbox and actions columns). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry is shared by tables of every row type
  dataColumn?: DataColumn<any>;
}

export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  // Our own row models (row-models.ts): sorting on cached ranks, filtering over cached row text.
  sortedRowModel: createRankedSortedRowModel(),
  columnFilteringFeature,
  filteredRowModel: createIndexedFilteredRowModel(),
  globalFilteringFeature,
  columnFacetingFeature,
  facetedRowModel: createIndexedFacetedRowModel(),
  facetedUniqueValues: createFacetedUniqueValues(),
  columnVisibilityFeature,
  columnMeta: {} as DataColumnMeta,
});

export type DataTableFeatures = typeof dataTableFeatures;
export type TableOf<T extends object> = Table<DataTableFeatures, T>;
export type RowOf<T extends object> = Row<DataTableFeatures, T>;
export type ColumnOf<T extends object> = Column<DataTableFeatures, T, unknown>;
export type ColumnDefOf<T extends object> = ColumnDef<DataTableFeatures, T, unknown>;
