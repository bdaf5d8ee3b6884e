/**
 * The console in Chromium, on the Members and Projects tabs of a small org (demo scenario)
 * and of org-megacohort (large scenario: 50,000 members, 20,000 projects): time to first
 * rows, to all pages loaded, p95 of sort, filter and select-all, the longest task while
 * scrolling, and the large/small ratio.
 * It builds the app, serves it with `vite preview` and drives Debian's Chromium.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';

const PORT = Number(process.env.BENCH_PORT ?? 4400);
const BASE = `http://127.0.0.1:${PORT}`;
const INTERACTIONS = 12;

interface TabFigures {
  firstRowsMs: number;
  allLoadedMs: number;
  rows: number;
  sortP95Ms: number;
  filterP95Ms: number;
  selectAllP95Ms: number;
  longestScrollTaskMs: number;
  longestScrollFrameMs: number;
}

function startPreview(): ChildProcess {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    detached: true,
    stdio: 'ignore',
  });
  return server;
}

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer on ${BASE}`);
}

/** p95 of the interactions that finished; one that changed nothing within 600 frames is reported, not counted. */
function p95(values: number[], what: string): number {
  const finished = values.filter(Number.isFinite);
  if (finished.length < values.length)
    console.warn(`  (${values.length - finished.length} of ${values.length} ${what} changed nothing on screen)`);
  if (finished.length === 0) return Number.NaN;
  const sorted = finished.sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

/** Runs `act` in the page and waits, frame by frame, until `probe` reads differently. */
async function timeUntilChanged(page: Page, act: string, probe: string): Promise<number> {
  return page.evaluate(
    async ([actSource, probeSource]) => {
      const probeFn = new Function(`return (${probeSource})`)() as () => string;
      const actFn = new Function(`return (${actSource})`)() as () => void;
      const before = probeFn();
      const start = performance.now();
      actFn();
      for (let frame = 0; frame < 600; frame += 1) {
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        if (probeFn() !== before) return performance.now() - start;
      }
      return Number.NaN;
    },
    [act, probe] as const,
  );
}

/** The rows in the DOM, in order (virtualised bodies start with a spacer row), and how many rows match. */
const ROW_ORDER = `() => [...document.querySelectorAll('tbody tr[data-index]')].map((row) => row.textContent).join('|')`;
const ROWS_SHOWN = `() => (document.querySelector('table')?.getAttribute('aria-rowcount') ?? '') + '|' + (document.querySelector('tbody tr[data-index]')?.textContent ?? '')`;

/** A tab of the org page, and the org describe's count of its rows. */
const TABS = {
  Members: { countField: 'memberCount', noun: 'members' },
  Projects: { countField: 'projectCount', noun: 'projects' },
} as const;
type TabName = keyof typeof TABS;

async function measureTab(
  browser: Browser,
  tab: TabName,
  scenario: 'demo' | 'large',
  orgId: string,
  orgName: string,
): Promise<TabFigures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/sign-in?scenario=${scenario}`);
  await page
    .getByRole('list', { name: 'Demo people' })
    .getByRole('button', { name: /Alice Liddell/ })
    .click();
  await page.waitForURL(/\/orgs$/);
  const expected = await page.evaluate(
    async ([id, field]) => {
      const response = await fetch(`/api/${id}/describe`, {
        method: 'POST',
        headers: { Authorization: 'Bearer demo-token-alice', 'Content-Type': 'application/json' },
        body: '{}',
      });
      return ((await response.json()) as Record<string, number>)[field]!;
    },
    [orgId, TABS[tab].countField] as const,
  );

  // Open the tab as a person does: a click on the org's row in All Orgs (it opens Members),
  // then, for another tab, a click on its link once Members shows its first rows.
  const orgRow = page.getByRole('rowheader', { name: orgName, exact: true });
  await orgRow.waitFor();
  let start = await page.evaluate(() => performance.now());
  await orgRow.click();
  // The Members table's own rows, not All Orgs' still on screen.
  await page.waitForSelector('table[aria-label^="Members "] tbody tr[data-index]');
  if (tab !== 'Members') {
    const link = page.getByRole('navigation', { name: 'Org sections' }).getByRole('link', { name: tab, exact: true });
    start = await page.evaluate(() => performance.now());
    await link.click();
    await page.waitForSelector(`table[aria-label^="${tab} "] tbody tr[data-index]`);
  }
  const firstRowsMs = (await page.evaluate(() => performance.now())) - start;
  await page.waitForFunction(
    (count) =>
      !/loaded…/.test(document.body.innerText) &&
      document.querySelector('table')?.getAttribute('aria-rowcount') === String(count + 1),
    expected,
    { timeout: 120_000, polling: 50 },
  );
  const allLoadedMs = (await page.evaluate(() => performance.now())) - start;

  const sort: number[] = [];
  for (let run = 0; run < INTERACTIONS; run += 1) {
    sort.push(
      await timeUntilChanged(
        page,
        `() => [...document.querySelectorAll('th button')].find((b) => /^Name/.test(b.textContent ?? ''))?.click()`,
        ROW_ORDER,
      ),
    );
  }
  const filter: number[] = [];
  const terms = ['li', 'ro', 'an', 'er', 'ma', 'ie', 'ov', 'sk', 'ch', 'el', 'ta', 'in'];
  for (const term of terms.slice(0, INTERACTIONS)) {
    filter.push(
      await timeUntilChanged(
        page,
        `() => {
          const input = document.querySelector('input[type="search"], input[aria-label^="Filter"]');
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
          setter.call(input, ${JSON.stringify(term)});
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }`,
        ROWS_SHOWN,
      ),
    );
    await page
      .getByRole('searchbox')
      .or(page.getByRole('textbox', { name: /^Filter/ }))
      .first()
      .fill('');
  }
  const selectAll: number[] = [];
  const SELECTION = `() => document.querySelector('[role="region"][aria-label="Selected rows"]')?.textContent ?? 'none'`;
  for (let run = 0; run < INTERACTIONS; run += 1) {
    selectAll.push(
      await timeUntilChanged(
        page,
        `() => document.querySelector('thead input[type="checkbox"], thead button[role="checkbox"]')?.click()`,
        SELECTION,
      ),
    );
  }

  const scroll = await page.evaluate(async () => {
    const body = document.querySelector('tbody');
    let scroller: HTMLElement | null = body?.parentElement ?? null;
    while (scroller && scroller.scrollHeight <= scroller.clientHeight) scroller = scroller.parentElement;
    let longestTask = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    let longestFrame = 0;
    let last = performance.now();
    // About 18,000 px a second: a fast flick of the wheel, frame after frame.
    for (let frame = 0; frame < 240 && scroller; frame += 1) {
      scroller.scrollTop += 300;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      longestFrame = Math.max(longestFrame, now - last);
      last = now;
    }
    observer.disconnect();
    return { longestTask, longestFrame };
  });
  await context.close();
  return {
    firstRowsMs,
    allLoadedMs,
    rows: expected,
    sortP95Ms: p95(sort, 'sorts'),
    filterP95Ms: p95(filter, 'filters'),
    selectAllP95Ms: p95(selectAll, 'select-alls'),
    longestScrollTaskMs: scroll.longestTask,
    longestScrollFrameMs: scroll.longestFrame,
  };
}

function printTab(tab: TabName, small: TabFigures, large: TabFigures): void {
  const rows: [string, keyof TabFigures, number | null][] = [
    ['time to first rows', 'firstRowsMs', 1000],
    ['all pages loaded', 'allLoadedMs', 5000],
    ['sort, p95', 'sortP95Ms', 100],
    ['filter, p95', 'filterP95Ms', 100],
    ['select all, p95', 'selectAllP95Ms', 100],
    ['longest task while scrolling (0 = none over 50 ms)', 'longestScrollTaskMs', 50],
    ['longest frame while scrolling', 'longestScrollFrameMs', null],
  ];
  const { noun } = TABS[tab];
  console.log(
    `\n${tab} tab in Chromium: small = org-acme (${small.rows} ${noun}), large = org-megacohort (${large.rows.toLocaleString('en')} ${noun})`,
  );
  console.log(`  ${'measure'.padEnd(52)} ${'small'.padStart(9)} ${'large'.padStart(9)} ${'ratio'.padStart(7)}  target`);
  for (const [name, key, target] of rows) {
    const a = small[key];
    const b = large[key];
    const ratio = a > 0 ? (b / a).toFixed(2) : 'n/a';
    const met =
      target === null
        ? ''
        : `< ${target} ms: ${b < target ? 'met' : 'MISSED'}; ratio ≤ 3: ${a > 0 && b / a > 3 ? 'MISSED' : 'met'}`;
    console.log(
      `  ${name.padEnd(52)} ${a.toFixed(1).padStart(9)} ${b.toFixed(1).padStart(9)} ${String(ratio).padStart(7)}  ${met}`,
    );
  }
}

export async function consoleFigures(): Promise<void> {
  const built = spawnSync('npx', ['vite', 'build'], { stdio: 'ignore' });
  if (built.status !== 0) throw new Error('vite build failed');
  const server = startPreview();
  let browser: Browser | null = null;
  try {
    await waitForServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    });
    for (const tab of Object.keys(TABS) as TabName[]) {
      const small = await measureTab(browser, tab, 'demo', 'org-acme', 'Acme Genomics');
      const large = await measureTab(browser, tab, 'large', 'org-megacohort', 'MegaCohort Biobank');
      printTab(tab, small, large);
    }
  } finally {
    await browser?.close();
    if (server.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
}
