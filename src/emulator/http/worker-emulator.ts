/** The page's handle on the emulator running in its own Worker (`emulator-worker.ts`). */
import { wrap } from 'comlink';
import type { EmulatorService } from '../service/emulator-service';
import type { Scenario } from '../seed';
import type { EmulatorWorker } from './emulator-worker';

/** Starts the Worker and opens the stored state (or seeds `scenario`); rejects when it cannot. */
export async function openWorkerEmulator(scenario: Scenario): Promise<EmulatorService> {
  const worker = new Worker(new URL('./emulator-worker.ts', import.meta.url), {
    type: 'module',
    name: 'org-api-emulator',
  });
  const remote = wrap<EmulatorWorker>(worker);
  const failedToLoad = new Promise<never>((_, reject) =>
    worker.addEventListener(
      'error',
      (event) => reject(new Error(event.message || 'The emulator worker failed to load')),
      {
        once: true,
      },
    ),
  );
  await Promise.race([remote.open(scenario), failedToLoad]);
  return remote;
}
