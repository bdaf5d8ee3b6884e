/**
 * The Chromium that tests and benchmarks drive: Debian's (Playwright's own download does
 * not work on this machine), overridable with PLAYWRIGHT_CHROMIUM_PATH, started without
 * the background connections this machine's closed network refuses.
 */
export const CHROMIUM_PATH = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
