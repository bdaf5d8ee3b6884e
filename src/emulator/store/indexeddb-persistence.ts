/** In the browser the state lives in IndexedDB, so it survives reloads. */
import { createStore, del, get, set } from 'idb-keyval';
import type { Persistence } from './emulator';
import type { State } from './state';

const STATE_KEY = 'state';

export function indexedDbPersistence(databaseName = 'org-console-emulator'): Persistence & { clear(): Promise<void> } {
  const store = createStore(databaseName, 'emulator');
  return {
    async load() {
      const state = await get<State>(STATE_KEY, store);
      return state?.schemaVersion === 1 ? state : null;
    },
    save: (state) => set(STATE_KEY, state, store),
    clear: () => del(STATE_KEY, store),
  };
}
