/**
 * `npm run bench`: prints performance figures. Nothing here is a test; nothing is asserted.
 * `npm run bench -- --emulator-only` skips the browser part (no build, no Chromium).
 */
import { printBundle } from './bundle';
import { consoleFigures } from './console.bench';
import { emulatorFigures } from './emulator.bench';
import { printFigures } from './measure';

printFigures('Emulator (Node, large scenario)', emulatorFigures());

if (!process.argv.includes('--emulator-only')) {
  await consoleFigures();
  printBundle('dist', 150);
}
