/** Load every page of a `find*` route by resending the same body plus `starting: next`. */
import { z } from 'zod';
import { ApiError, CLIENT_ERROR_TYPES, apiCall, type CallOptions } from './client';

const pageSchema = z.looseObject({ results: z.array(z.unknown()), next: z.unknown() });

export interface FetchAllOptions<T = unknown> extends CallOptions {
  /** Called after each page with the results loaded so far (the array grows in place: copy what you keep). */
  onProgress?: (loaded: number, soFar: readonly T[]) => void;
}

export async function fetchAllPages<T>(
  path: string,
  body: object,
  parseItem: (item: unknown) => T,
  options: FetchAllOptions<T> = {},
): Promise<T[]> {
  const { onProgress, ...callOptions } = options;
  const all: T[] = [];
  let starting: unknown = undefined;
  const seen = new Set<string>();
  for (;;) {
    const request = starting === undefined ? body : { ...body, starting };
    const raw = await apiCall<unknown>(path, request, callOptions);
    const page = pageSchema.safeParse(raw);
    if (!page.success) {
      throw new ApiError(
        CLIENT_ERROR_TYPES.invalidResponse,
        `${path} answered without the expected {results, next} page.`,
        200,
        z.treeifyError(page.error),
      );
    }
    for (const item of page.data.results) all.push(parseItem(item));
    onProgress?.(all.length, all);
    const next = page.data.next;
    if (next === null || next === undefined) return all;
    const key = JSON.stringify(next);
    if (seen.has(key)) {
      throw new ApiError(
        CLIENT_ERROR_TYPES.invalidResponse,
        `${path} returned the same 'next' twice; stopped paging.`,
        200,
      );
    }
    seen.add(key);
    starting = next;
  }
}
