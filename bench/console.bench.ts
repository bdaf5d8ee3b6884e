/**
 * The console in Chromium as a person feels it, on the Members and Projects tabs of a small org
 * (org-acme, demo scenario) and of org-megacohort (large scenario: 50,000 members, 20,000
 * projects), each beside a "peer": a bare TanStack Table v9 + TanStack Virtual page of the
 * same rows (bench/peer), which shows what the two libraries cost by themselves.
 *
 * It builds the app and the peer, serves both, and drives Debian's Chromium: every table opens
 * in its own fresh profile; then, for several rounds, on each table and its peer in turn (which
 * goes first alternates), the same real inputs (bench/interactions.ts), each timed from the
 * input to the first frame showing the rows changed, each after the page has settled; then a
 * fast scroll, counting long tasks. Printed: p50/p95 per interaction, product and peer, and
 * their ratio; the loading times; the heap after GC.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { printBundle } from './bundle';
import { DrivenPage, quantile, roundOfInteractions, runRound } from './interactions';
import { startPeer, type PeerSite } from './peer/serve';

const PORT = Number(process.env.BENCH_PORT ?? 4400);
const PEER_PORT = PORT + 100;
const BASE = `http://127.0.0.1:${PORT}`;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SCROLL_FRAMES = 120;
/**
 * One per round: what is typed in the filter box. Rare enough to change the rows in view, and
 * in no row's every cell: not a letter of "project-" or "user-" (every ID has one).
 */
const CHARACTERS = ['q', 'z', 'x', 'k', 'v', 'w', 'y', 'f'];
const VIEWPORT = { width: 1440, height: 900 };

const TABS = {
  Members: { countField: 'memberCount', noun: 'members', secondColumn: 'Shared project access' },
  Projects: { countField: 'projectCount', noun: 'projects', secondColumn: 'Your access' },
} as const;
type TabName = keyof typeof TABS;

const ALL_ORGS = [
  { id: 'org-acme', name: 'Acme Genomics', scenario: 'demo' },
  { id: 'org-megacohort', name: 'MegaCohort Biobank', scenario: 'large' },
] as const;
type Org = (typeof ALL_ORGS)[number];
/** BENCH_ORGS=org-acme (comma-separated IDs) measures only those. */
const ORGS = ALL_ORGS.filter((org) => !process.env.BENCH_ORGS || process.env.BENCH_ORGS.split(',').includes(org.id));

type Side = 'product' | 'peer';
interface ScrollRuns {
  longTaskCounts: number[];
  longestTaskMs: number;
  longestFrameMs: number;
}
interface Target {
  org: Org;
  tab: TabName;
  rows: number;
  firstRowsMs: number;
  allLoadedMs: number;
  pages: Record<Side, DrivenPage>;
  times: Record<Side, Map<string, number[]>>;
  scroll: Record<Side, ScrollRuns>;
  heapMb: Record<Side, number>;
}

function startPreview(outDir: string): ChildProcess {
  return spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { detached: true, stdio: 'ignore' },
  );
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

/** Signs in as Alice on a fresh profile and opens the tab as a person does; times the loading. */
async function openProduct(browser: Browser, tab: TabName, org: Org) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const driven = await DrivenPage.open(context);
  const { page } = driven;
  await page.goto(`${BASE}/sign-in?scenario=${org.scenario}`);
  await page
    .getByRole('list', { name: 'Demo people' })
    .getByRole('button', { name: /Alice Liddell/ })
    .click();
  await page.waitForURL(/\/orgs$/);
  const rows = await page.evaluate(
    async ([id, field]) => {
      const response = await fetch(`/api/${id}/describe`, {
        method: 'POST',
        headers: { Authorization: 'Bearer demo-token-alice', 'Content-Type': 'application/json' },
        body: '{}',
      });
      return ((await response.json()) as Record<string, number>)[field]!;
    },
    [org.id, TABS[tab].countField] as const,
  );

  // A click on the org's row in All Orgs (it opens Members), then, for another tab, a click
  // on its link once Members shows its first rows.
  const orgRow = page.getByRole('rowheader', { name: org.name, exact: true });
  await orgRow.waitFor();
  let start = await page.evaluate(() => performance.now());
  await orgRow.click();
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
    rows,
    { timeout: 120_000, polling: 50 },
  );
  const allLoadedMs = (await page.evaluate(() => performance.now())) - start;
  return { driven, rows, firstRowsMs, allLoadedMs };
}

async function openPeer(browser: Browser, peer: PeerSite, tab: TabName, org: Org): Promise<DrivenPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const driven = await DrivenPage.open(context);
  await driven.page.goto(peer.url(`${org.id}-${TABS[tab].noun}.json`));
  await driven.page.waitForSelector('tbody tr[data-index]', { timeout: 60_000 });
  return driven;
}

const emptyScroll = (): ScrollRuns => ({ longTaskCounts: [], longestTaskMs: 0, longestFrameMs: 0 });

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '–');
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) : '–');

function printTarget(target: Target): void {
  const { org, tab, rows } = target;
  const { noun } = TABS[tab];
  console.log(
    `\n${tab} tab, ${org.id} (${rows.toLocaleString('en')} ${noun}): input → rows changed on screen, ms, ${ROUNDS} rounds; peer = bare TanStack Table v9 + Virtual, same rows`,
  );
  console.log(
    `  loading (product, once): first rows ${ms(target.firstRowsMs)} ms, all ${rows.toLocaleString('en')} loaded ${ms(target.allLoadedMs)} ms`,
  );
  console.log(
    `  ${'interaction'.padEnd(34)} ${'product p50'.padStart(11)} ${'p95'.padStart(5)}   ${'peer p50'.padStart(8)} ${'p95'.padStart(5)}   ${'ratio p50'.padStart(9)} ${'p95'.padStart(5)}   target: p95 < 100 ms, p50 ≤ peer`,
  );
  for (const [name, values] of target.times.product) {
    const peerValues = target.times.peer.get(name) ?? [];
    const [a50, a95, b50, b95] = [
      quantile(values, 0.5),
      quantile(values, 0.95),
      quantile(peerValues, 0.5),
      quantile(peerValues, 0.95),
    ];
    const missing = values.filter((value) => !Number.isFinite(value)).length;
    const peerMissing = peerValues.filter((value) => !Number.isFinite(value)).length;
    const verdict = [
      `p95 ${a95 < 100 ? 'met' : 'MISSED'}`,
      `vs peer ${a50 <= b50 ? 'met' : 'MISSED'}`,
      missing > 0 ? `(${missing} of ${values.length} changed nothing)` : '',
      peerMissing > 0 ? `(peer: ${peerMissing} of ${peerValues.length} changed nothing)` : '',
    ]
      .filter(Boolean)
      .join(', ');
    console.log(
      `  ${name.padEnd(34)} ${ms(a50).padStart(11)} ${ms(a95).padStart(5)}   ${ms(b50).padStart(8)} ${ms(b95).padStart(5)}   ${ratio(a50, b50).padStart(9)} ${ratio(a95, b95).padStart(5)}   ${verdict}`,
    );
  }
  const scroll = (side: Side) => {
    const runs = target.scroll[side];
    const counts = runs.longTaskCounts.join('/');
    return `${counts} long tasks per run (longest ${ms(runs.longestTaskMs)} ms; longest frame ${ms(runs.longestFrameMs)} ms)`;
  };
  console.log(`  scrolling ${SCROLL_FRAMES} frames × 300 px — product: ${scroll('product')}`);
  console.log(`  ${' '.repeat(30)}peer: ${scroll('peer')}`);
  console.log(
    `  JS heap after GC: product ${target.heapMb.product.toFixed(0)} MB, peer ${target.heapMb.peer.toFixed(0)} MB (ratio ${ratio(target.heapMb.product, target.heapMb.peer)})`,
  );
}

export async function consoleFigures(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'org-console-bench-'));
  const built = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { stdio: 'ignore' });
  if (built.status !== 0) throw new Error('vite build failed');
  const server = startPreview(outDir);
  let browser: Browser | null = null;
  let peer: PeerSite | null = null;
  try {
    peer = await startPeer(
      PEER_PORT,
      ORGS.map((org) => org.id),
    );
    await waitForServer();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

    const targets: Target[] = [];
    for (const org of ORGS) {
      for (const tab of Object.keys(TABS) as TabName[]) {
        const product = await openProduct(browser, tab, org);
        const peerPage = await openPeer(browser, peer, tab, org);
        targets.push({
          org,
          tab,
          rows: product.rows,
          firstRowsMs: product.firstRowsMs,
          allLoadedMs: product.allLoadedMs,
          pages: { product: product.driven, peer: peerPage },
          times: { product: new Map(), peer: new Map() },
          scroll: { product: emptyScroll(), peer: emptyScroll() },
          heapMb: { product: Number.NaN, peer: Number.NaN },
        });
      }
    }

    for (let round = 0; round < ROUNDS; round += 1) {
      process.stderr.write(`  console bench: round ${round + 1} of ${ROUNDS}\n`);
      for (const target of targets) {
        const sides: Side[] = round % 2 === 0 ? ['product', 'peer'] : ['peer', 'product'];
        for (const side of sides) {
          const driven = target.pages[side];
          const interactions = roundOfInteractions(
            TABS[target.tab].secondColumn,
            CHARACTERS[round % CHARACTERS.length]!,
          );
          await runRound(driven, interactions, target.times[side]);
          const scrolled = await driven.scroll(SCROLL_FRAMES);
          const runs = target.scroll[side];
          runs.longTaskCounts.push(scrolled.longTasks.length);
          runs.longestTaskMs = Math.max(runs.longestTaskMs, ...scrolled.longTasks);
          runs.longestFrameMs = Math.max(runs.longestFrameMs, scrolled.longestFrameMs);
        }
      }
    }

    for (const target of targets) {
      for (const side of ['product', 'peer'] as const) target.heapMb[side] = await target.pages[side].heapAfterGcMb();
      printTarget(target);
    }
    printBundle(outDir, 150);
  } finally {
    await browser?.close();
    peer?.close();
    if (server.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    rmSync(outDir, { recursive: true, force: true });
  }
}
