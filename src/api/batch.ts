/**
 * Collects items and hands them to `flush` in batches, at most once every `delayMs`,
 * so that many quick successes update a long list a few times instead of once each.
 */
export interface Batcher<T> {
  add: (item: T) => void;
  /** Hands over what is still collected now; resolves when every flush so far is done. */
  flush: () => Promise<void>;
}

export function batchEvery<T>(delayMs: number, flush: (items: T[]) => Promise<void> | void): Batcher<T> {
  let items: T[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();

  function handOver(): Promise<void> {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (items.length > 0) {
      const batch = items;
      items = [];
      running = running.then(() => flush(batch));
    }
    return running;
  }

  return {
    add(item) {
      items.push(item);
      timer ??= setTimeout(() => void handOver(), delayMs);
    },
    flush: handOver,
  };
}
