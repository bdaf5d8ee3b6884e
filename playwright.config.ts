import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/chromium';

/**
 * End-to-end tests run against the production build (`vite preview`), with the
 * embedded emulator answering under /api through the MSW worker.
 *
 * Playwright's own browser download does not work on this machine: use the
 * system Chromium (Debian's `chromium` package), overridable with
 * PLAYWRIGHT_CHROMIUM_PATH.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);
// Its own build and results directories per port, so that runs on different ports can go side by side.
const OUT_DIR = process.env.E2E_PORT ? `dist-e2e-${PORT}` : 'dist';
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: process.env.E2E_PORT ? `test-results-${PORT}` : 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // One retry on CI only: a test that needed it is still reported as flaky in the log, to be fixed.
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  // Budgets, not assertions on speed: CI has 2 cores for two Chromiums, the preview server
  // and the runner, and a flow through several dialogs can take well over 30 s there.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    command: `npx vite build --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
