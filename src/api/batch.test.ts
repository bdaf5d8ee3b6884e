import { afterEach, describe, expect, it, vi } from 'vitest';
import { batchEvery } from './batch';

afterEach(() => {
  vi.useRealTimers();
});

describe('batchEvery', () => {
  it('hands items over in one batch per delay, in order', async () => {
    vi.useFakeTimers();
    const batches: number[][] = [];
    const batcher = batchEvery<number>(100, (items) => {
      batches.push(items);
    });
    batcher.add(1);
    batcher.add(2);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(batches).toEqual([[1, 2]]);
    batcher.add(3);
    await vi.advanceTimersByTimeAsync(100);
    expect(batches).toEqual([[1, 2], [3]]);
  });

  it('flush hands over the rest at once and waits for the flushes to finish', async () => {
    const done: number[] = [];
    const batcher = batchEvery<number>(10_000, async (items) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      done.push(...items);
    });
    batcher.add(1);
    batcher.add(2);
    await batcher.flush();
    expect(done).toEqual([1, 2]);
    await batcher.flush();
    expect(done).toEqual([1, 2]);
  });
});
