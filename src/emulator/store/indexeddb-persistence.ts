/**
 * In the browser the state lives in IndexedDB, one entry per record (`kind/id`), so it
 * survives reloads and a change writes only the records it touched.
 */
import { createStore, entries, get, promisifyRequest, type UseStore } from 'idb-keyval';
import type { State } from '../core/state';
import { recordsOf, stateFrom, upgradedState, type RecordChange, type RecordKind, type StoredRecord } from './records';

/** Changes with every save, so a tab can tell that another tab saved (`changedElsewhere`). */
const REVISION_KEY = 'revision';
/** Where the whole state was kept before records; moved into records on first load. */
const WHOLE_STATE_KEY = 'state';
const RECORD_PREFIX = 'r:';

const recordKey = (kind: RecordKind, id: string) => `${RECORD_PREFIX}${kind}/${id}`;

function storedRecord(key: string, value: unknown): StoredRecord {
  const slash = key.indexOf('/');
  return { kind: key.slice(RECORD_PREFIX.length, slash) as RecordKind, id: key.slice(slash + 1), value };
}

/** Runs `work` in one read-write transaction that also stamps a new revision. */
function inOneTransaction(store: UseStore, work: (objects: IDBObjectStore) => void): Promise<string> {
  const revision = crypto.randomUUID();
  return store('readwrite', (objects) => {
    work(objects);
    objects.put(revision, REVISION_KEY);
    return promisifyRequest(objects.transaction).then(() => revision);
  });
}

/** The service's Persistence (by shape: the store does not import the service), on IndexedDB. */
export function indexedDbPersistence(databaseName = 'org-console-emulator') {
  const store = createStore(databaseName, 'emulator');
  // The revision this tab last loaded or saved.
  let known: string | undefined;

  async function replace(state: State): Promise<void> {
    known = await inOneTransaction(store, (objects) => {
      objects.clear();
      for (const { kind, id, value } of recordsOf(state)) objects.put(value, recordKey(kind, id));
    });
  }

  return {
    async load(): Promise<State | null> {
      const stored = await entries<string, unknown>(store);
      known = stored.find(([key]) => key === REVISION_KEY)?.[1] as string | undefined;
      const whole = stored.find(([key]) => key === WHOLE_STATE_KEY)?.[1];
      if (whole !== undefined) {
        const state = upgradedState(whole);
        await replace(state);
        return state;
      }
      return stateFrom(
        stored.filter(([key]) => key.startsWith(RECORD_PREFIX)).map(([key, value]) => storedRecord(key, value)),
      );
    },
    replace,
    async write(changes: RecordChange[]): Promise<void> {
      known = await inOneTransaction(store, (objects) => {
        for (const { kind, id, value } of changes) {
          if (value === null) objects.delete(recordKey(kind, id));
          else objects.put(value, recordKey(kind, id));
        }
      });
    },
    async changedElsewhere(): Promise<boolean> {
      return (await get<string>(REVISION_KEY, store)) !== known;
    },
  };
}
