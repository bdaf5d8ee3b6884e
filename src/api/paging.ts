/** Load every page of a `find*` route by resending the same body plus `starting: next`. */
import { z } from 'zod';
import type { RouteName } from '../wire/inputs';
import { ApiError, CLIENT_ERROR_TYPES, apiCall, type CallOptions } from './client';
import { parseAnswer, requestPath, type RouteRequest } from './route';

const pageSchema = z.looseObject({ results: z.array(z.unknown()), next: z.unknown() });

/** The routes that answer a page of results and take `starting`. */
export type FindRoute = Extract<RouteName, `${string}.find${string}`>;

export interface FetchAllOptions<T = unknown> extends CallOptions {
  /** Called after each page with the results loaded so far (the array grows in place: copy what you keep). */
  onProgress?: (loaded: number, soFar: readonly T[]) => void;
}

export async function fetchAllPages<R extends FindRoute, T>(
  request: RouteRequest<R>,
  parseItem: (item: unknown) => T,
  options: FetchAllOptions<T> = {},
): Promise<T[]> {
  const { onProgress, ...callOptions } = options;
  const path = requestPath(request);
  const body: object = request.body;
  const all: T[] = [];
  let starting: unknown = undefined;
  const seen = new Set<string>();
  for (;;) {
    const raw = await apiCall<unknown>(path, starting === undefined ? body : { ...body, starting }, callOptions);
    const page = parseAnswer(pageSchema, raw, `${path} answered without the expected {results, next} page.`);
    for (const item of page.results) all.push(parseItem(item));
    onProgress?.(all.length, all);
    const next = page.next;
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
