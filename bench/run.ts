/**
 * `npm run bench`: prints performance figures. Nothing here is a test; nothing is asserted.
 * `npm run bench -- --emulator-only` skips the browser part (no build, no Chromium);
 * `npm run bench -- --console-only` runs only the browser part (Members and Projects tabs, bundle size).
 */
import { printBundle } from './bundle';
import { consoleFigures } from './console.bench';
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
  await consoleFigures();
  printBundle('dist', 150);
}
