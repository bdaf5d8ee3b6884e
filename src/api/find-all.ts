/**
 * How every list loads a `find*` route: all of it, page after page through `next`
 * (`fetchAllPages`), with the number loaded so far visible while it runs
 * ("12,000 loaded…"); the table then sorts and filters client-side.
 *
 *   const members = useFindAll(findAllQueryOptions({
 *     queryKey: memberKeys.list(orgId),
 *     path: `/${orgId}/findMembers`,
 *     body: { describe: true },
 *     parse: parseMember,
 *   }));
 *   <DataTable rows={members.rows} status={members.status} … />
 *
 * A query with its own queryFn reports progress with `findProgressReporter(queryKey)`
 * as `fetchAllPages`' `onProgress`. The progress lives in a tiny store keyed by the
 * query's hash, outside the cache: it is about a fetch in flight, not about data.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { hashKey, queryOptions, useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import type { LoadStatus } from '../components/data-table/types';
import { describeError } from './client';
import { fetchAllPages } from './paging';

// ---- Progress of the fetches in flight, per query ----

const progress = new Map<string, number>();
const listeners = new Set<() => void>();

function setProgress(hash: string, loaded: number | null): void {
  if (loaded === null) progress.delete(hash);
  else progress.set(hash, loaded);
  for (const listener of listeners) listener();
}

function subscribeProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How many results the fetch in flight for `queryKey` has loaded (0 when none is running). */
export function readFindProgress(queryKey: QueryKey): number {
  return progress.get(hashKey(queryKey)) ?? 0;
}

/**
 * An `onProgress` for `fetchAllPages` that shows as this query's loading progress.
 * Call `done()` when the fetch ends (findAllQueryOptions does).
 */
export function findProgressReporter(queryKey: QueryKey): { onProgress: (loaded: number) => void; done: () => void } {
  const hash = hashKey(queryKey);
  setProgress(hash, 0);
  return { onProgress: (loaded) => setProgress(hash, loaded), done: () => setProgress(hash, null) };
}

// ---- Query options and the hook ----

export interface FindAllSpec<T, TKey extends QueryKey> {
  queryKey: TKey;
  /** The `find*` route, e.g. `/org-acme/findMembers`. */
  path: string;
  /** The route's input, sent with every page (plus `starting`). */
  body: object;
  /** One result → one row; throw an ApiError for a result of the wrong shape. */
  parse: (item: unknown) => T;
}

export function findAllQueryOptions<T, TKey extends QueryKey>({ queryKey, path, body, parse }: FindAllSpec<T, TKey>) {
  // The caller's key (from its area's key factory) names this query; path, body and parse follow from it.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey,
    queryFn: async ({ signal }): Promise<T[]> => {
      const reporter = findProgressReporter(queryKey);
      try {
        return await fetchAllPages(path, body, parse, { signal, onProgress: reporter.onProgress });
      } finally {
        reporter.done();
      }
    },
  });
}

export interface FindAllResult<T> {
  /** Every row once loaded (kept while a refetch runs); a stable empty list before. */
  rows: T[];
  /** For the data table: loading (with the count so far), error (type, message, retry) or ready. */
  status: LoadStatus;
  /** The query itself, for `isFetching`, `refetch`, a failed background refetch (`isError` with rows). */
  query: ReturnType<typeof useQuery<T[], Error, T[], QueryKey>>;
}

const NO_ROWS: never[] = [];

export function useFindAll<T, TKey extends QueryKey>(options: UseQueryOptions<T[], Error, T[], TKey>): FindAllResult<T> {
  const query = useQuery(options);
  const hash = hashKey(options.queryKey);
  const loaded = useSyncExternalStore(
    subscribeProgress,
    () => progress.get(hash) ?? 0,
    () => 0,
  );

  const { data, error, refetch } = query;
  const hasError = query.isError;
  const status = useMemo((): LoadStatus => {
    if (data !== undefined) return { state: 'ready' };
    if (hasError) {
      const { type, message } = describeError(error);
      return { state: 'error', type, message, retry: () => void refetch() };
    }
    return { state: 'loading', loaded };
  }, [data, hasError, error, refetch, loaded]);

  return { rows: data ?? NO_ROWS, status, query: query as FindAllResult<T>['query'] };
}
