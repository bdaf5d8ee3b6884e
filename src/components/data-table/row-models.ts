/* eslint-disable @typescript-eslint/no-explicit-any -- row models are shared by tables of every row type */
/**
 * The data table's own sorted, filtered and faceted row models, plugged into TanStack
 * Table's row-model slots (see table-features.ts) in place of the stock ones, which
 * call a sort or filter function per comparison or per row × column. Here:
 *
 * - Sorting ranks the rows of a data set once per column, lazily on the first sort by
 *   it (collator order, or a column's own `order`): ascending is the cached order,
 *   descending its reverse (equal values keep the data's order, empty values stay
 *   last, as TanStack does), unsorted the rows as they come. A filtered subset is
 *   ordered by walking the cached order: no comparisons at all.
 * - The text filter searches one lower-cased string per row, made once per row and
 *   set of searched columns: one substring search per row per keystroke, and when the
 *   text only grows, only among the rows that matched before.
 * - The faceted filters keep per-row pass flags, from which the facet counts come
 *   without TanStack's per-row filter state objects.
 */
import { tableMemo } from '@tanstack/react-table';
import { compareValues, facetKey, valueText } from './cell-values';
import type { CellValue, DataColumn } from './types';

type AnyTable = any;
type AnyRow = any;

interface RowModelLike {
  rows: AnyRow[];
  flatRows: AnyRow[];
  rowsById: Record<string, AnyRow>;
}

/** A row model over `rows` whose `rowsById` is only built when someone asks for it. */
function rowModelOf(rows: AnyRow[]): RowModelLike {
  let byId: Record<string, AnyRow> | undefined;
  return {
    rows,
    flatRows: rows,
    get rowsById() {
      if (!byId) {
        byId = Object.create(null) as Record<string, AnyRow>;
        for (const row of rows) byId[row.id] = row;
      }
      return byId;
    },
  };
}

// ---------------------------------------------------------------------------------------
// Sorting on precomputed ranks

/** A column's order over one data set: row indexes (core order) ascending, and where groups of equal values start. */
export interface ColumnRanks {
  /** Core row indexes of the rows with a value, ascending (equal values in data order). */
  ascending: Int32Array;
  /** `groupStart[i]` is the position in `ascending` where the group of values equal to position i's starts. */
  groupStart: Int32Array;
  /** Core row indexes of the rows without a value, in data order (last in both directions). */
  empty: Int32Array;
}

/** The comparison of two non-empty values of a column: its `order` first, then natural text or numbers. */
export function valueComparator(column: DataColumn<any> | undefined): (a: CellValue, b: CellValue) => number {
  const order = column?.order;
  if (!order) return compareValues;
  const rank = new Map(order.map((value, index) => [value, index]));
  const rankOf = (value: CellValue) => rank.get(String(value)) ?? order.length;
  return (a, b) => rankOf(a) - rankOf(b) || compareValues(a, b);
}

/**
 * Ranks `values` (undefined = empty): one sort of the non-empty ones. Strings compare
 * through the collator only here, once per data set and column.
 */
export function rankValues(values: readonly CellValue[], compare: (a: CellValue, b: CellValue) => number): ColumnRanks {
  const filled: number[] = [];
  const empty: number[] = [];
  for (let i = 0; i < values.length; i++) (values[i] === undefined ? empty : filled).push(i);
  filled.sort((a, b) => compare(values[a], values[b]) || a - b);
  const ascending = Int32Array.from(filled);
  const groupStart = new Int32Array(ascending.length);
  for (let i = 1; i < ascending.length; i++) {
    groupStart[i] = compare(values[ascending[i - 1]!], values[ascending[i]!]) === 0 ? groupStart[i - 1]! : i;
  }
  return { ascending, groupStart, empty: Int32Array.from(empty) };
}

/**
 * Core row indexes in sort order: ascending as ranked; descending group by group from the
 * end, each group of equal values in data order; then the empty ones.
 */
export function orderedIndexes(ranks: ColumnRanks, desc: boolean): Int32Array {
  const { ascending, groupStart, empty } = ranks;
  const out = new Int32Array(ascending.length + empty.length);
  if (!desc) {
    out.set(ascending);
  } else {
    let at = 0;
    let end = ascending.length;
    while (end > 0) {
      const start = groupStart[end - 1]!;
      for (let i = start; i < end; i++) out[at++] = ascending[i]!;
      end = start;
    }
  }
  out.set(empty, ascending.length);
  return out;
}

interface SortCache {
  coreRows: AnyRow[];
  ranks: Map<string, ColumnRanks>;
  /** Full-data orders by "columnId:asc|desc", rows ready to hand out. */
  orders: Map<string, AnyRow[]>;
}

// Keyed by the data set's core rows, not by the table: React's useTable hands out a new
// table object on every render, while the row models see the core one.
const sortCaches = new WeakMap<AnyRow[], SortCache>();

function sortCacheOf(table: AnyTable): SortCache {
  const coreRows: AnyRow[] = table.getCoreRowModel().rows;
  let cache = sortCaches.get(coreRows);
  if (!cache) {
    cache = { coreRows, ranks: new Map(), orders: new Map() };
    sortCaches.set(coreRows, cache);
  }
  return cache;
}

function ranksOf(table: AnyTable, cache: SortCache, columnId: string): ColumnRanks {
  let ranks = cache.ranks.get(columnId);
  if (!ranks) {
    const column = table.getColumn(columnId);
    const values = cache.coreRows.map((row: AnyRow) => row.getValue(columnId) as CellValue);
    ranks = rankValues(values, valueComparator(column?.columnDef.meta?.dataColumn));
    cache.ranks.set(columnId, ranks);
  }
  return ranks;
}

function sortRows(table: AnyTable, preRows: AnyRow[], columnId: string, desc: boolean): AnyRow[] {
  const cache = sortCacheOf(table);
  const { coreRows } = cache;
  const key = `${columnId}:${desc ? 'desc' : 'asc'}`;
  const full = preRows.length === coreRows.length;
  if (full) {
    const cached = cache.orders.get(key);
    if (cached) return cached;
  }
  const order = orderedIndexes(ranksOf(table, cache, columnId), desc);
  if (full) {
    const rows = Array.from(order, (index) => coreRows[index]);
    cache.orders.set(key, rows);
    return rows;
  }
  // A filtered subset: the rows of the full order that are in it.
  const shown = new Uint8Array(coreRows.length);
  for (const row of preRows) shown[row.index] = 1;
  const rows: AnyRow[] = [];
  for (const index of order) if (shown[index] === 1) rows.push(coreRows[index]);
  return rows;
}

/**
 * Ranks a column of the table's rows ahead of its first sort (the table calls it when
 * idle, once all rows are in, for the row header's column), so that sort only reorders.
 */
export function prepareSort(table: AnyTable, columnId: string): void {
  const cache = sortCacheOf(table);
  if (cache.coreRows.length > 0 && table.getColumn(columnId)?.getCanSort()) ranksOf(table, cache, columnId);
}

/** The sorted row model: single-column sorts on cached ranks (the table sorts by one column at a time). */
export function createRankedSortedRowModel() {
  return (table: AnyTable) =>
    tableMemo({
      feature: 'rowSortingFeature',
      table,
      fnName: 'table.getSortedRowModel',
      memoDeps: () => [table.atoms.sorting?.get(), table.getPreSortedRowModel()],
      fn: () => {
        const pre: RowModelLike = table.getPreSortedRowModel();
        const sorting: { id: string; desc: boolean }[] | undefined = table.atoms.sorting?.get();
        const sort = sorting?.find((entry) => table.getColumn(entry.id)?.getCanSort());
        if (!pre.rows.length || !sort) return pre;
        return rowModelOf(sortRows(table, pre.rows, sort.id, sort.desc));
      },
    }) as () => any;
}

// ---------------------------------------------------------------------------------------
// Filtering over precomputed text and facet flags

/** The text filter's value: the typed text and the columns it searches. */
export interface TextFilter {
  text: string;
  columnIds: readonly string[];
}

/** Column values don't contain it, so a match never spans two columns. */
const COLUMN_SEPARATOR = '\u0000';

/** The lower-cased text of a row's searched columns, made once per row object and set of columns. */
const rowTexts = new WeakMap<object, { columnIds: readonly string[]; lowerText: string }>();

export function rowText(
  original: object,
  valueOf: (columnId: string) => CellValue,
  columnIds: readonly string[],
): string {
  const cached = rowTexts.get(original);
  if (cached?.columnIds === columnIds) return cached.lowerText;
  const lowerText = columnIds.map((columnId) => valueText(valueOf(columnId)).toLowerCase()).join(COLUMN_SEPARATOR);
  rowTexts.set(original, { columnIds, lowerText });
  return lowerText;
}

interface TextIndex {
  rows: AnyRow[];
  columnIds: readonly string[];
  texts: string[];
  /** The last search, to narrow from when the text grows. */
  last?: { needle: string; matches: Int32Array };
}

// Keyed by the rows (the data set's core rows), as the sort caches are.
const textIndexes = new WeakMap<AnyRow[], TextIndex>();

function textIndexOf(rows: AnyRow[], columnIds: readonly string[]): TextIndex {
  let index = textIndexes.get(rows);
  if (!index || index.columnIds !== columnIds) {
    const texts = rows.map((row: AnyRow) =>
      rowText(row.original as object, (id) => row.getValue(id) as CellValue, columnIds),
    );
    index = { rows, columnIds, texts };
    textIndexes.set(rows, index);
  }
  return index;
}

/**
 * Makes the searched text of the table's rows ahead of the first keystroke (the table
 * calls it when idle, once all rows are in), so that keystroke only searches.
 */
export function prepareTextSearch(table: AnyTable, columnIds: readonly string[]): void {
  const rows: AnyRow[] = table.getPreFilteredRowModel().rows;
  if (rows.length > 0) textIndexOf(rows, columnIds);
}

/** Positions (in `index.rows`) of the rows whose text holds `needle`. */
export function searchTexts(index: Pick<TextIndex, 'texts' | 'last'>, needle: string): Int32Array {
  const { texts, last } = index;
  const found: number[] = [];
  if (last && needle.startsWith(last.needle)) {
    for (const i of last.matches) if (texts[i]!.includes(needle)) found.push(i);
  } else {
    for (let i = 0; i < texts.length; i++) if (texts[i]!.includes(needle)) found.push(i);
  }
  const matches = Int32Array.from(found);
  index.last = { needle, matches };
  return matches;
}

/** The table's global filter as DataTable sets it: a TextFilter, or nothing to search for. */
function asTextFilter(value: unknown): TextFilter | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const filter = value as TextFilter;
  return filter.text === '' ? undefined : filter;
}

interface FilterResult {
  preRows: AnyRow[];
  /** Per position in preRows: passes the text filter (absent: no text filter). */
  text?: Uint8Array;
  /** Per faceted column with a choice: per position, passes it. */
  facets: Map<string, Uint8Array>;
}

const filterResults = new WeakMap<object, FilterResult>();

function computeFilter(table: AnyTable): FilterResult {
  const preRows: AnyRow[] = table.getPreFilteredRowModel().rows;
  const result: FilterResult = { preRows, facets: new Map() };
  const textFilter = asTextFilter(table.atoms.globalFilter?.get());
  if (textFilter) {
    const index = textIndexOf(preRows, textFilter.columnIds);
    const pass = new Uint8Array(preRows.length);
    for (const i of searchTexts(index, textFilter.text.toLowerCase())) pass[i] = 1;
    result.text = pass;
  }
  const columnFilters: { id: string; value: unknown }[] = table.atoms.columnFilters?.get() ?? [];
  for (const { id, value } of columnFilters) {
    if (!Array.isArray(value) || value.length === 0 || !table.getColumn(id)) continue;
    const chosen = new Set(value.map(String));
    const pass = new Uint8Array(preRows.length);
    for (let i = 0; i < preRows.length; i++) {
      if (chosen.has(facetKey(preRows[i].getValue(id) as CellValue))) pass[i] = 1;
    }
    result.facets.set(id, pass);
  }
  filterResults.set(table, result);
  return result;
}

function filterResultOf(table: AnyTable): FilterResult {
  table.getFilteredRowModel(); // computes it when its inputs changed
  return filterResults.get(table) ?? computeFilter(table);
}

/** The rows passing every filter but `skip` (a faceted column's own choice), or null when none applies. */
function passingRows(result: FilterResult, skip: string | undefined): AnyRow[] | null {
  const flags: Uint8Array[] = [];
  if (result.text) flags.push(result.text);
  for (const [id, pass] of result.facets) if (id !== skip) flags.push(pass);
  if (flags.length === 0) return null;
  const rows: AnyRow[] = [];
  const { preRows } = result;
  outer: for (let i = 0; i < preRows.length; i++) {
    for (const pass of flags) if (pass[i] !== 1) continue outer;
    rows.push(preRows[i]);
  }
  return rows;
}

/** The filtered row model: the text filter over cached row text, the faceted filters over their flags. */
export function createIndexedFilteredRowModel() {
  return (table: AnyTable) =>
    tableMemo({
      feature: 'columnFilteringFeature',
      table,
      fnName: 'table.getFilteredRowModel',
      memoDeps: () => [
        table.getPreFilteredRowModel(),
        table.atoms.columnFilters?.get(),
        table.atoms.globalFilter?.get(),
      ],
      fn: () => {
        const pre: RowModelLike = table.getPreFilteredRowModel();
        const rows = pre.rows.length ? passingRows(computeFilter(table), undefined) : null;
        return rows === null ? pre : rowModelOf(rows);
      },
    }) as () => any;
}

/** A column's faceted row model: the rows passing every filter but the column's own (for its option counts). */
export function createIndexedFacetedRowModel() {
  return (table: AnyTable, columnId: string) =>
    tableMemo({
      feature: 'columnFacetingFeature',
      table,
      fnName: 'createFacetedRowModel',
      memoDeps: () => [
        table.getPreFilteredRowModel(),
        table.atoms.columnFilters?.get(),
        table.atoms.globalFilter?.get(),
        table.getFilteredRowModel(),
      ],
      fn: () => {
        const pre: RowModelLike = table.getPreFilteredRowModel();
        const rows = pre.rows.length ? passingRows(filterResultOf(table), columnId) : null;
        return rows === null ? pre : rowModelOf(rows);
      },
    }) as () => any;
}
