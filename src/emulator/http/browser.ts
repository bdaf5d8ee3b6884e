/**
 * Starts the embedded emulator: an MSW service worker serving it under `/api`; the emulator
 * itself runs in a dedicated Worker (`emulator-worker.ts`), its state in IndexedDB.
 *
 * MSW's worker is made for mocking during development, and two of its habits hurt an app
 * whose only backend it is (issue 12):
 *
 * - On every `beforeunload` the page tells the worker CLIENT_CLOSED, and the worker, when that
 *   page was its only client, unregisters itself. A reload or a typed URL in a single tab
 *   therefore loads the next page under an uninstalling registration: it comes up
 *   uncontrolled, MSW reloads it (`location.reload()`), and the `registration.update()` it
 *   started just before is aborted by that reload; MSW never handles that promise, so
 *   "Failed to update a ServiceWorker … An unknown error occurred when fetching the script"
 *   reaches the console. Requests made meanwhile go past the worker to the web server.
 * - If the page survives its `beforeunload` (a "leave without saving?" prompt answered Stay),
 *   the worker has already forgotten it (CLIENT_CLOSED) and passes its requests through, and
 *   MSW has stopped its keep-alive, so an idle worker is stopped by the browser and comes back
 *   knowing no client: the embedded API stops answering.
 *
 * So this page never sends CLIENT_CLOSED (the worker stays registered for the next page, and
 * keeps serving this one), keeps the worker alive itself once MSW stops doing so, handles
 * the update check MSW leaves unhandled (a failed check leaves the current worker in place),
 * and starts the app only once the worker controls the page.
 */
import { setupWorker } from 'msw/browser';
import { SCENARIOS, type Scenario } from '../seed';
import { createHandlers } from './handlers';
import { openWorkerEmulator } from './worker-emulator';

export const EMBEDDED_API_PREFIX = '/api';

/** What MSW's page sends its worker on `beforeunload`; the worker then may unregister itself. */
export const CLIENT_CLOSED = 'CLIENT_CLOSED';
/** What MSW's page sends every few seconds so that the browser does not stop an idle worker. */
export const KEEPALIVE_REQUEST = 'KEEPALIVE_REQUEST';
/** MSW's own keep-alive period. */
export const KEEPALIVE_INTERVAL_MS = 5_000;

/** `?scenario=large` on first load (or after a reset) seeds the large scenario instead of the demo. */
function requestedScenario(): Scenario {
  const asked = new URLSearchParams(window.location.search).get('scenario');
  return SCENARIOS.includes(asked as Scenario) ? (asked as Scenario) : 'demo';
}

type UpdateCheck = (this: ServiceWorkerRegistration) => Promise<unknown>;

/**
 * Runs `start` with every `registration.update()` it starts handled: MSW calls it without
 * awaiting it, and a check cut short (by a navigation or a reload) would otherwise be an
 * unhandled rejection in the console. The caller still gets the same promise.
 */
export async function withUpdateChecksHandled<T>(
  start: () => Promise<T>,
  registrations: { update: UpdateCheck } = ServiceWorkerRegistration.prototype,
): Promise<T> {
  const update = registrations.update;
  registrations.update = function (this: ServiceWorkerRegistration) {
    const checking = update.call(this);
    // A failed check only means the current worker stays; nothing to report.
    checking.catch(() => undefined);
    return checking;
  };
  try {
    return await start();
  } finally {
    registrations.update = update;
  }
}

/** The worker MSW talks to in a registration (MSW looks for it among the same three). */
export function workerOf(registration: ServiceWorkerRegistration): ServiceWorker | null {
  return registration.active ?? registration.waiting ?? registration.installing;
}

/** Drops CLIENT_CLOSED on its way to `worker`, so that the worker neither forgets this page nor unregisters. */
export function neverSendClientClosed(worker: ServiceWorker): void {
  const post = worker.postMessage.bind(worker) as (message: unknown, ...rest: unknown[]) => void;
  Object.defineProperty(worker, 'postMessage', {
    configurable: true,
    writable: true,
    value: (message: unknown, ...rest: unknown[]) => {
      if (message === CLIENT_CLOSED) return;
      post(message, ...rest);
    },
  });
}

/**
 * MSW stops its keep-alive on `beforeunload`; from then on this page keeps the worker alive
 * itself, for as long as the page lives (if it is really leaving, that is not long).
 */
export function keepAliveAfterBeforeUnload(
  worker: ServiceWorker,
  page: Pick<Window, 'addEventListener' | 'setInterval'> = window,
  intervalMs = KEEPALIVE_INTERVAL_MS,
): void {
  let keepingAlive = false;
  page.addEventListener('beforeunload', () => {
    if (keepingAlive) return;
    keepingAlive = true;
    page.setInterval(() => worker.postMessage(KEEPALIVE_REQUEST), intervalMs);
  });
}

/**
 * Resolves once a service worker controls this page: at once if one does, when one claims it
 * (the first visit), or after `timeoutMs`. A page loaded past the worker (a hard reload) is
 * reloaded by MSW; waiting here keeps it from sending requests the worker never sees.
 */
export function untilControlled(
  container: Pick<
    ServiceWorkerContainer,
    'controller' | 'addEventListener' | 'removeEventListener'
  > = navigator.serviceWorker,
  timeoutMs = 5_000,
): Promise<void> {
  if (container.controller) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      container.removeEventListener('controllerchange', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    container.addEventListener('controllerchange', done);
  });
}

export async function startBrowserEmulator(): Promise<void> {
  const emulator = await openWorkerEmulator(requestedScenario());
  // Open controls: the worker answers only this origin's own pages, and the sign-in list and
  // "Reset demo data" need them.
  const worker = setupWorker(...createHandlers(emulator, EMBEDDED_API_PREFIX, { controls: 'open' }));
  const registration = await withUpdateChecksHandled(() => worker.start({ onUnhandledRequest: 'bypass', quiet: true }));
  const serviceWorker = registration ? workerOf(registration) : null;
  if (!serviceWorker) return;
  neverSendClientClosed(serviceWorker);
  keepAliveAfterBeforeUnload(serviceWorker);
  await untilControlled();
}
