/**
 * Interactions as a person makes them, timed as a person feels them: real input events through
 * Playwright (a click on a sort header, one key in the filter box, Backspace, a click on the
 * select-all checkbox), from the input's own timestamp to the first frame that shows the rows
 * changed (bench/page-probe.js), each one started only once the page has settled (no long task
 * and no request for QUIET_MS).
 */
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page } from '@playwright/test';

/** Installed in every page before its own scripts (see page-probe.js). */
const PAGE_PROBE = fileURLToPath(new URL('./page-probe.js', import.meta.url));

const QUIET_MS = 300;
const SETTLE_TIMEOUT_MS = 20_000;
/** An interaction that has changed nothing on screen after this long is counted as not done. */
const CHANGE_TIMEOUT_MS = 10_000;

/** What starts the clock: the release of a click, or a key going down. */
export type InputKind = 'click' | 'key';

interface BenchProbe {
  arm: (kind: InputKind) => void;
  result: (timeoutMs: number) => Promise<number>;
  quietForMs: () => number;
  scroll: (frames: number, step: number) => Promise<{ longTasks: number[]; longestFrameMs: number }>;
}
declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A page under test, with its requests in flight counted (the embedded emulator's go through MSW). */
export class DrivenPage {
  private inFlight = 0;
  private lastNetwork = Date.now();

  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    const touch = (delta: number) => {
      this.inFlight += delta;
      this.lastNetwork = Date.now();
    };
    page.on('request', () => touch(1));
    page.on('requestfinished', () => touch(-1));
    page.on('requestfailed', () => touch(-1));
  }

  static async open(context: BrowserContext): Promise<DrivenPage> {
    await context.addInitScript({ path: PAGE_PROBE });
    return new DrivenPage(context, await context.newPage());
  }

  /** Until no long task and no request for QUIET_MS, twice in a row (a long task's entry arrives after it ends). */
  async settle(): Promise<void> {
    const deadline = Date.now() + SETTLE_TIMEOUT_MS;
    let quietChecks = 0;
    while (Date.now() < deadline && quietChecks < 2) {
      await sleep(QUIET_MS / 2);
      const pageQuiet = await this.page.evaluate(() => window.__bench.quietForMs());
      const networkQuiet = this.inFlight <= 0 && Date.now() - this.lastNetwork >= QUIET_MS;
      quietChecks = pageQuiet >= QUIET_MS && networkQuiet ? quietChecks + 1 : 0;
    }
  }

  /** Settles, arms the probe, performs `input` and returns input → rows changed on screen (NaN: no change). */
  async time(kind: InputKind, input: (page: Page) => Promise<void>): Promise<number> {
    await this.settle();
    await this.page.evaluate((inputKind) => window.__bench.arm(inputKind), kind);
    try {
      await input(this.page);
    } catch (error) {
      console.warn(`  (an input could not be made: ${(error as Error).message.split('\n')[0]})`);
      await this.page.evaluate(() => window.__bench.result(0));
      return Number.NaN;
    }
    return this.page.evaluate((timeout) => window.__bench.result(timeout), CHANGE_TIMEOUT_MS);
  }

  /** A fast flick down the table (300 px a frame for `frames` frames), then back to the top: the long tasks meanwhile. */
  async scroll(frames: number): Promise<{ longTasks: number[]; longestFrameMs: number }> {
    await this.settle();
    const figures = await this.page.evaluate((count) => window.__bench.scroll(count, 300), frames);
    await this.page.evaluate(() => window.__bench.scroll(0, 0));
    return figures;
  }

  /** The JS heap after a full garbage collection, in MB. */
  async heapAfterGcMb(): Promise<number> {
    const cdp = await this.context.newCDPSession(this.page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return usedSize / 1024 / 1024;
  }
}

const ACTION_TIMEOUT = { timeout: 5_000 };

function sortHeader(page: Page, header: string): Locator {
  return page.locator('thead th button').filter({ hasText: new RegExp(`^\\s*${header}`) });
}
function filterBox(page: Page): Locator {
  return page.locator('input[type="search"]').first();
}
function selectAllBox(page: Page): Locator {
  return page.locator('thead').locator('input[type="checkbox"], [role="checkbox"]').first();
}

export interface Interaction {
  name: string;
  /** Unmeasured preparation (e.g. focus the filter box), followed by a settle. */
  prepare?: (page: Page) => Promise<void>;
  kind: InputKind;
  input: (page: Page) => Promise<void>;
}

/**
 * One round on a table, from and back to its resting state (unsorted, no filter, nothing selected):
 * sort by the second column, by name (replacing it), name descending, back to unsorted; type one
 * character in the filter box, Backspace; select all, and clear the selection.
 */
export function roundOfInteractions(secondColumn: string, character: string): Interaction[] {
  const click = (locate: (page: Page) => Locator) => ({
    kind: 'click' as const,
    input: (page: Page) => locate(page).click(ACTION_TIMEOUT),
  });
  return [
    { name: `sort by ${secondColumn.toLowerCase()}`, ...click((page) => sortHeader(page, secondColumn)) },
    { name: 'sort by name', ...click((page) => sortHeader(page, 'Name')) },
    { name: 'sort by name, descending', ...click((page) => sortHeader(page, 'Name')) },
    { name: 'back to unsorted', ...click((page) => sortHeader(page, 'Name')) },
    {
      name: 'filter: type 1 character',
      prepare: (page) => filterBox(page).click(ACTION_TIMEOUT),
      kind: 'key',
      input: (page) => page.keyboard.press(character),
    },
    { name: 'filter: clear it (Backspace)', kind: 'key', input: (page) => page.keyboard.press('Backspace') },
    { name: 'select all', ...click(selectAllBox) },
    { name: 'clear the selection', ...click(selectAllBox) },
  ];
}

export async function runRound(driven: DrivenPage, interactions: Interaction[], into: Map<string, number[]>) {
  for (const interaction of interactions) {
    if (interaction.prepare) {
      await driven.settle();
      await interaction.prepare(driven.page).catch(() => undefined);
    }
    const ms = await driven.time(interaction.kind, interaction.input);
    into.set(interaction.name, [...(into.get(interaction.name) ?? []), ms]);
  }
}

/** The q-th quantile (nearest rank) of the finite values; NaN if none. */
export function quantile(values: readonly number[], q: number): number {
  const finished = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (finished.length === 0) return Number.NaN;
  return finished[Math.min(finished.length - 1, Math.max(0, Math.ceil(finished.length * q) - 1))]!;
}
