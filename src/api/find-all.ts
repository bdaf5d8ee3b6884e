/**
 * How every list loads a `find*` route: all of it, page after page through `next`
 * (`fetchAllPages`), with the number loaded so far visible while it runs
 * ("12,000 of 50,000 loaded…"); the table sorts and filters client-side. The first page's
 * rows show while the rest load, so a large org's first rows appear after one page, and
 * the rows shown grow each time the count loaded doubles, so people can sort and filter
 * what is in already (growing them page after page would slow the load down).
 *
 *   const members = useFindAll(findAllQueryOptions({
 *     queryKey: memberKeys.list(orgId),
 *     route: 'org.findMembers',
 *     subject: orgId,
 *     body: { describe: true },
 *     parse: parseMember,
 *   }), { total: org.memberCount });
 *   <DataTable rows={members.rows} status={members.status} … />
 *
 * A query with its own queryFn reports progress with `findProgressReporter(queryKey)`
 * as `fetchAllPages`' `onProgress`. The progress lives in a tiny store keyed by the
 * query's hash, outside the cache: it is about a fetch in flight, not about data.
 */
import { useState, useSyncExternalStore } from 'react';
import { hashKey, queryOptions, useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useLoadStatus, type LoadStatus } from './load-status';
import { fetchAllPages, type FindRoute } from './paging';
import type { RouteRequest } from './route';

// ---- Progress of the fetches in flight, per query ----

export interface Progress {
  loaded: number;
  /** A snapshot of the rows loaded so far (taken at the first page, then at each doubling), shown until every page is in. */
  rows: readonly unknown[];
}

const progress = new Map<string, Progress>();
const listeners = new Set<() => void>();

function setProgress(hash: string, next: Progress | null): void {
  if (next === null) progress.delete(hash);
  else progress.set(hash, next);
  for (const listener of listeners) listener();
}

function subscribeProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const NOT_LOADING: Progress = { loaded: 0, rows: [] };

/** How many results the fetch in flight for `queryKey` has loaded, and the rows it shows so far. */
export function readFindProgress(queryKey: QueryKey): Progress {
  return progress.get(hashKey(queryKey)) ?? NOT_LOADING;
}

/**
 * An `onProgress` for `fetchAllPages` that shows as this query's loading progress.
 * Call `done()` when the fetch ends (findAllQueryOptions does).
 */
export function findProgressReporter(queryKey: QueryKey): {
  onProgress: (loaded: number, soFar?: readonly unknown[]) => void;
  done: () => void;
} {
  const hash = hashKey(queryKey);
  let shown: readonly unknown[] = [];
  setProgress(hash, { loaded: 0, rows: shown });
  return {
    onProgress: (loaded, soFar) => {
      // The first page, then each time the count doubles: re-sorting and re-rendering a
      // growing list page after page would slow the load down, yet people can work on
      // what is in (a few copies in all: about twice the rows, once).
      if (soFar && soFar.length > 0 && soFar.length >= 2 * shown.length) shown = soFar.slice();
      setProgress(hash, { loaded, rows: shown });
    },
    done: () => setProgress(hash, null),
  };
}

// ---- Query options and the hook ----

/**
 * The `find*` route (e.g. `'org.findMembers'` with the org as `subject`) and its body,
 * sent with every page (plus `starting`), under the caller's key.
 */
export type FindAllSpec<T, TKey extends QueryKey, R extends FindRoute> = RouteRequest<R> & {
  queryKey: TKey;
  /** One result → one row; throw an ApiError for a result of the wrong shape. */
  parse: (item: unknown) => T;
};

export function findAllQueryOptions<T, TKey extends QueryKey, R extends FindRoute>(spec: FindAllSpec<T, TKey, R>) {
  const { queryKey, parse } = spec;
  // The caller's key (from its area's key factory) names this query; route, body and parse follow from it.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey,
    queryFn: async ({ signal }): Promise<T[]> => {
      const reporter = findProgressReporter(queryKey);
      try {
        return await fetchAllPages<R, T>(spec, parse, { signal, onProgress: reporter.onProgress });
      } finally {
        reporter.done();
      }
    },
  });
}

export interface FindAllResult<T> {
  /** Every row once loaded (kept while a refetch runs); while the first load runs, those loaded so far (a snapshot). */
  rows: T[];
  /** For the data table: loading (with the count so far), error (type, message, retry) or ready. */
  status: LoadStatus;
  /** The query itself, for `isFetching`, `refetch`, a failed background refetch (`isError` with rows). */
  query: ReturnType<typeof useQuery<T[], Error, T[], QueryKey>>;
}

const NO_ROWS: never[] = [];

export interface FindAllOptions {
  /** How many rows there will be, when known beforehand (e.g. the org describe's `memberCount`): shown with the progress. */
  total?: number;
}

export function useFindAll<T, TKey extends QueryKey>(
  options: UseQueryOptions<T[], Error, T[], TKey>,
  { total }: FindAllOptions = {},
): FindAllResult<T> {
  const query = useQuery(options);
  const hash = hashKey(options.queryKey);
  const reported = useSyncExternalStore(
    subscribeProgress,
    () => progress.get(hash),
    () => undefined,
  );
  // The fetch reports "done" a moment before the cache holds its rows: until then, keep
  // showing what it reported last, so the table does not blink back to "Loading…".
  const [lastReported, setLastReported] = useState(reported);
  if (reported !== undefined && reported !== lastReported) setLastReported(reported);
  const inFlight = reported ?? (query.isFetching && query.data === undefined ? lastReported : undefined);
  const loaded = inFlight?.loaded ?? 0;

  const status = useLoadStatus(query, loaded, total);
  const rows = query.data ?? (inFlight?.rows as T[] | undefined) ?? NO_ROWS;
  return { rows, status, query: query as FindAllResult<T>['query'] };
}
