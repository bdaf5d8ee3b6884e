/**
 * Where a list's load stands, as the data table shows it: loading (with the count loaded
 * so far, and how many there will be when known), failed (the error itself, and how to
 * retry) or ready.
 */
import { useMemo } from 'react';

export type LoadStatus =
  | { state: 'loading'; loaded: number; total?: number }
  | { state: 'error'; error: unknown; retry: () => void }
  | { state: 'ready' };

/** The status of a query's first load: ready once there is data, whatever a later refetch does. */
export function useLoadStatus(
  { data, error, refetch }: { data: unknown; error: unknown; refetch: () => Promise<unknown> },
  loaded = 0,
  total?: number,
): LoadStatus {
  return useMemo((): LoadStatus => {
    if (data !== undefined) return { state: 'ready' };
    if (error) return { state: 'error', error, retry: () => void refetch() };
    return total === undefined ? { state: 'loading', loaded } : { state: 'loading', loaded, total };
  }, [data, error, refetch, loaded, total]);
}
