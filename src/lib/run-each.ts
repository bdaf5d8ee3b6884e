/**
 * Runs one call per item with a small concurrency (the API has no bulk invite or
 * remove), collecting each item's outcome instead of stopping at the first failure.
 */
export type Settled<T, R> = { item: T; ok: true; value: R } | { item: T; ok: false; error: unknown };

export async function runEach<T, R>(
  items: readonly T[],
  call: (item: T) => Promise<R>,
  { concurrency = 3, onSettled }: { concurrency?: number; onSettled?: (done: number) => void } = {},
): Promise<Settled<T, R>[]> {
  const results: Settled<T, R>[] = new Array(items.length);
  let next = 0;
  let done = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      const item = items[index]!;
      try {
        results[index] = { item, ok: true, value: await call(item) };
      } catch (error) {
        results[index] = { item, ok: false, error };
      }
      done += 1;
      onSettled?.(done);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
