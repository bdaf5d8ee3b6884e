/**
 * `npm run bench`: prints performance figures. Nothing here is a test; nothing is asserted.
 * `npm run bench -- --emulator-only` skips the browser part (no build, no Chromium);
 * `npm run bench -- --console-only` runs only the browser part (Members and Projects tabs beside
 * the bare TanStack peer, and the bundle size). BENCH_PORT (default 4400; the peer uses it + 100)
 * BENCH_ROUNDS (default 5) and BENCH_ORGS (e.g. org-acme) adjust it.
 */
import { apiServerFigures } from './api-server.bench';
import { emulatorFigures } from './emulator.bench';
import { printFigures } from './measure';

if (!process.argv.includes('--console-only')) {
  printFigures('Emulator (Node, large scenario)', emulatorFigures());
  printFigures(
    'API server (Node, large scenario, through the service as npm run api runs it)',
    await apiServerFigures(),
  );
}

if (!process.argv.includes('--emulator-only')) {
  // Loaded only here: it brings Vite and Playwright.
  const { consoleFigures } = await import('./console.bench');
  await consoleFigures();
}
