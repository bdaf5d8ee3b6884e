import { describe, expect, it } from 'vitest';
import { runEach } from './run-each';

describe('runEach', () => {
  it('keeps each outcome in item order, failures included, and reports progress', async () => {
    const progress: number[] = [];
    const results = await runEach(
      [1, 2, 3, 4],
      async (n) => {
        await new Promise((resolve) => setTimeout(resolve, (5 - n) * 2));
        if (n === 2) throw new Error('two');
        return n * 10;
      },
      { concurrency: 2, onSettled: (done) => progress.push(done) },
    );
    expect(results.map((r) => (r.ok ? r.value : (r.error as Error).message))).toEqual([10, 'two', 30, 40]);
    expect(progress).toEqual([1, 2, 3, 4]);
  });

  it('never runs more calls at once than allowed', async () => {
    let running = 0;
    let most = 0;
    await runEach(
      Array.from({ length: 10 }, (_, i) => i),
      async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running -= 1;
      },
      { concurrency: 3 },
    );
    expect(most).toBe(3);
  });

  it('does nothing for no items', async () => {
    await expect(runEach([], async () => 1)).resolves.toEqual([]);
  });
});
