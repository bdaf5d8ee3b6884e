/** Timing helpers for `npm run bench`: median and worst of a few runs after one warm-up run. */
export interface Figure {
  name: string;
  medianMs: number;
  maxMs: number;
  runs: number;
  targetMs?: number;
}

function figure(name: string, times: number[], targetMs?: number): Figure {
  times.sort((a, b) => a - b);
  return {
    name,
    medianMs: times[Math.floor(times.length / 2)]!,
    maxMs: times.at(-1)!,
    runs: times.length,
    ...(targetMs ? { targetMs } : {}),
  };
}

export function measure(name: string, runs: number, work: () => void, targetMs?: number): Figure {
  const times: number[] = [];
  work();
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return figure(name, times, targetMs);
}

/** `measure` for work that awaits (calls through the Emulator service). */
export async function measureAsync(
  name: string,
  runs: number,
  work: () => Promise<void>,
  targetMs?: number,
): Promise<Figure> {
  const times: number[] = [];
  await work();
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return figure(name, times, targetMs);
}

export function printFigures(title: string, figures: Figure[]): void {
  console.log(`\n${title}`);
  for (const figure of figures) {
    const target =
      figure.targetMs === undefined
        ? ''
        : `  (target < ${figure.targetMs} ms: ${figure.medianMs < figure.targetMs ? 'met' : 'MISSED'})`;
    console.log(
      `  ${figure.name.padEnd(72)} median ${figure.medianMs.toFixed(1).padStart(8)} ms  max ${figure.maxMs.toFixed(1).padStart(8)} ms  n=${figure.runs}${target}`,
    );
  }
}
