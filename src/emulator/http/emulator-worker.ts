/**
 * The embedded emulator's home in the browser: a dedicated Worker, so that its state, its
 * work and its garbage stay off the page's thread (issue 13). The page's MSW handlers reach
 * it through `worker-emulator.ts`; state lives in IndexedDB, which Workers share with pages.
 */
import { expose } from 'comlink';
import { Emulator } from '../service/emulator';
import type { EmulatorService, ServiceCall } from '../service/emulator-service';
import { indexedDbPersistence } from '../store/indexeddb-persistence';
import type { Scenario } from '../seed';

let opened: Promise<Emulator> | null = null;

function emulator(): Promise<Emulator> {
  if (!opened) throw new Error('The emulator was used before it was opened');
  return opened;
}

/** What the Worker offers the page: open once, then the service's calls. */
export interface EmulatorWorker extends EmulatorService {
  open(scenario: Scenario): Promise<void>;
}

const worker: EmulatorWorker = {
  async open(scenario) {
    opened ??= Emulator.open({
      persistence: indexedDbPersistence(),
      scenario,
      onFault: (error) => console.error('The embedded emulator failed a call; nothing was changed:', error),
    });
    await opened;
  },
  respond: async (call: ServiceCall) => (await emulator()).respond(call),
  demoUsers: async () => (await emulator()).demoUsers(),
  reset: async (scenario) => (await emulator()).reset(scenario),
  issueToken: async (userId) => (await emulator()).issueToken(userId),
};

expose(worker);
