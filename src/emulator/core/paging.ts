/**
 * Paging of every `find*` route: `limit` and `starting` in, `{results, next}` out. `next`
 * names the last ID returned and a fingerprint of the query, so a `starting` taken from
 * another query (or made up) is refused.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { invalidInput } from './errors';

export interface PageInput {
  limit?: number | undefined;
  starting?: unknown;
}

export interface Page<T> {
  results: T[];
  next: { after: string; query: string } | null;
}

const startingShape = z.strictObject({ after: z.string(), query: z.string() });

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function fingerprint(route: string, input: Record<string, unknown>): string {
  const query: Record<string, unknown> = { ...input, route };
  delete query.limit;
  delete query.starting;
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(query)))).slice(0, 24);
}

/**
 * One page of `items`, which must already be filtered and ordered by `keyOf` (ascending,
 * or descending when `descending`). The page after `starting.after` holds at most `limit`.
 */
export function paginate<T, R>(
  route: string,
  input: PageInput & Record<string, unknown>,
  items: readonly T[],
  keyOf: (item: T) => string,
  toResult: (item: T) => R,
  descending = false,
): Page<R> {
  const limit = input.limit ?? 1000;
  const query = fingerprint(route, input);
  let start = 0;
  if (input.starting !== undefined) {
    const parsed = startingShape.safeParse(input.starting);
    if (!parsed.success || parsed.data.query !== query) {
      throw invalidInput('"starting" must be the "next" value of a previous page of this same query');
    }
    start = firstIndexAfter(items, keyOf, parsed.data.after, descending);
  }
  const slice = items.slice(start, start + limit);
  const hasMore = start + limit < items.length;
  const last = slice[slice.length - 1];
  return {
    results: slice.map(toResult),
    next: hasMore && last !== undefined ? { after: keyOf(last), query } : null,
  };
}

function firstIndexAfter<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  after: string,
  descending: boolean,
): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const key = keyOf(items[mid]!);
    const isBeyond = descending ? key < after : key > after;
    if (isBeyond) high = mid;
    else low = mid + 1;
  }
  return low;
}
