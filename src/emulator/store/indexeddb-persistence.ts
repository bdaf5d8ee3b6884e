/** In the browser the state lives in IndexedDB, so it survives reloads. */
import { createStore, del, get, getMany, setMany } from 'idb-keyval';
import type { Persistence } from './emulator';
import type { State } from './state';

const STATE_KEY = 'state';
/** Changes with every save, so a tab can tell that another tab saved (`changedElsewhere`). */
const REVISION_KEY = 'revision';

export function indexedDbPersistence(databaseName = 'org-console-emulator'): Persistence & { clear(): Promise<void> } {
  const store = createStore(databaseName, 'emulator');
  // The revision this tab last loaded or saved.
  let known: string | undefined;
  return {
    async load() {
      const [state, revision] = await getMany<unknown>([STATE_KEY, REVISION_KEY], store);
      known = revision as string | undefined;
      const loaded = state as State | undefined;
      return loaded?.schemaVersion === 1 ? loaded : null;
    },
    async save(state) {
      const revision = crypto.randomUUID();
      await setMany([[STATE_KEY, state], [REVISION_KEY, revision]], store);
      known = revision;
    },
    async changedElsewhere() {
      return (await get<string>(REVISION_KEY, store)) !== known;
    },
    clear: () => del(STATE_KEY, store),
  };
}
