/**
 * Sort and filters live in the URL, so a reload or a shared link shows the same
 * rows: `sort=name` (ascending) or `sort=-name` (descending), `q=text` for the
 * text filter, and `f.<column>=<option>` once per chosen option of a faceted
 * filter (`f.level=ADMIN&f.level=MEMBER`). Other parameters are left alone.
 *
 * A page with more than one table gives the others a `urlKey`, which scopes their
 * parameters (`requests.org-acme.sort`), so that one table's sort or filter is not
 * another's.
 */
import type { ColumnFiltersState, SortingState } from '@tanstack/react-table';
import type { DataColumn } from './types';

export const SORT_PARAM = 'sort';
export const TEXT_PARAM = 'q';
export const FACET_PARAM_PREFIX = 'f.';

interface ParamNames {
  sort: string;
  text: string;
  facetPrefix: string;
}

function paramNames(urlKey: string | undefined): ParamNames {
  const scope = urlKey ? `${urlKey}.` : '';
  return { sort: scope + SORT_PARAM, text: scope + TEXT_PARAM, facetPrefix: scope + FACET_PARAM_PREFIX };
}

export interface TableUrlState {
  /** At most one column: the table sorts by one column at a time. */
  sorting: SortingState;
  text: string;
  /** Chosen option values per faceted column; columns without a choice are absent. */
  facets: Record<string, string[]>;
}

type UrlColumn = Pick<DataColumn<never>, 'id' | 'sortable' | 'facet'>;

/** Reads the table's state; unknown columns, unsortable columns and unknown options are ignored. */
export function parseTableUrlState(
  params: URLSearchParams,
  columns: readonly UrlColumn[],
  urlKey?: string,
): TableUrlState {
  const names = paramNames(urlKey);
  const byId = new Map(columns.map((column) => [column.id, column]));

  let sorting: SortingState = [];
  const sort = params.get(names.sort);
  if (sort) {
    const desc = sort.startsWith('-');
    const id = desc ? sort.slice(1) : sort;
    const column = byId.get(id);
    if (column && column.sortable !== false) sorting = [{ id, desc }];
  }

  const facets: Record<string, string[]> = {};
  for (const column of columns) {
    if (!column.facet) continue;
    const known = new Set(column.facet.options.map((option) => option.value));
    const chosen = [...new Set(params.getAll(names.facetPrefix + column.id))].filter((value) => known.has(value));
    if (chosen.length > 0) facets[column.id] = chosen;
  }

  return { sorting, text: params.get(names.text) ?? '', facets };
}

/** A copy of `params` with the table's state written in (and nothing of the old table state left). */
export function writeTableUrlState(params: URLSearchParams, state: TableUrlState, urlKey?: string): URLSearchParams {
  const names = paramNames(urlKey);
  const next = new URLSearchParams();
  for (const [key, value] of params) {
    if (key === names.sort || key === names.text || key.startsWith(names.facetPrefix)) continue;
    next.append(key, value);
  }
  const [sort] = state.sorting;
  if (sort) next.set(names.sort, `${sort.desc ? '-' : ''}${sort.id}`);
  if (state.text !== '') next.set(names.text, state.text);
  for (const [id, values] of Object.entries(state.facets)) {
    for (const value of values) next.append(names.facetPrefix + id, value);
  }
  return next;
}

export function facetsToColumnFilters(facets: Record<string, string[]>): ColumnFiltersState {
  return Object.entries(facets).map(([id, value]) => ({ id, value }));
}

export function columnFiltersToFacets(filters: ColumnFiltersState): Record<string, string[]> {
  const facets: Record<string, string[]> = {};
  for (const filter of filters) {
    if (Array.isArray(filter.value) && filter.value.length > 0) facets[filter.id] = filter.value.map(String);
  }
  return facets;
}

export function hasActiveFilters(state: Pick<TableUrlState, 'text' | 'facets'>): boolean {
  return state.text.trim() !== '' || Object.keys(state.facets).length > 0;
}
