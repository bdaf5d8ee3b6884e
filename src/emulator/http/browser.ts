/** Starts the embedded emulator: an MSW service worker serving it under `/api`, state in IndexedDB. */
import { setupWorker } from 'msw/browser';
import { Emulator } from '../service/emulator';
import { indexedDbPersistence } from '../store/indexeddb-persistence';
import { SCENARIOS, type Scenario } from '../seed';
import { createHandlers } from './handlers';

export const EMBEDDED_API_PREFIX = '/api';

/** `?scenario=large` on first load (or after a reset) seeds the large scenario instead of the demo. */
function requestedScenario(): Scenario {
  const asked = new URLSearchParams(window.location.search).get('scenario');
  return SCENARIOS.includes(asked as Scenario) ? (asked as Scenario) : 'demo';
}

export async function startBrowserEmulator(): Promise<void> {
  const emulator = await Emulator.open({ persistence: indexedDbPersistence(), scenario: requestedScenario() });
  // Open controls: the worker answers only this origin's own pages, and the sign-in list and
  // "Reset demo data" need them.
  const worker = setupWorker(...createHandlers(emulator, EMBEDDED_API_PREFIX, { controls: 'open' }));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
