import { describe, expect, it } from 'vitest';
import { Emulator } from './emulator';
import type { Persistence } from './persistence';
import { recordsOf, stateFrom, type StoredRecord } from '../store/records';

/** One set of stored records shared by several emulators, as IndexedDB is by a browser's tabs. */
function sharedStore() {
  const stored = new Map<string, StoredRecord>();
  let revision = 0;
  return {
    open(): Persistence {
      let known = -1;
      return {
        async load() {
          known = revision;
          return stateFrom(structuredClone([...stored.values()]));
        },
        async replace(state) {
          stored.clear();
          for (const record of recordsOf(state)) stored.set(`${record.kind}/${record.id}`, structuredClone(record));
          known = ++revision;
        },
        async write(changes) {
          for (const change of changes) {
            if (change.value === null) stored.delete(`${change.kind}/${change.id}`);
            else stored.set(`${change.kind}/${change.id}`, structuredClone(change));
          }
          known = ++revision;
        },
        async changedElsewhere() {
          return revision !== known;
        },
      };
    },
  };
}

const NOW = Date.UTC(2026, 10, 21);

function call(emulator: Emulator, path: string, body: object) {
  return emulator.call({
    path,
    token: 'demo-token-alice',
    body: JSON.stringify(body),
    contentType: 'application/json',
  });
}

describe('emulators sharing one stored state (browser tabs)', () => {
  it("each sees the other's change on its next call, and does not overwrite it", async () => {
    const store = sharedStore();
    const tabA = await Emulator.open({ persistence: store.open(), clock: () => NOW });
    const tabB = await Emulator.open({ persistence: store.open(), clock: () => NOW });

    const created = await call(tabA, '/org/new', { handle: 'tab_a_lab', name: 'Tab A Lab' });
    expect(created.status).toBe(200);

    const seenByB = await call(tabB, '/org-tab_a_lab/describe', {});
    expect(seenByB).toMatchObject({ status: 200, body: { name: 'Tab A Lab' } });

    expect((await call(tabB, '/org/new', { handle: 'tab_b_lab', name: 'Tab B Lab' })).status).toBe(200);
    expect((await call(tabA, '/org-tab_a_lab/describe', {})).status).toBe(200);
    expect((await call(tabA, '/org-tab_b_lab/describe', {})).status).toBe(200);
  });

  it('without changedElsewhere, an emulator keeps its own state (as the Node server does)', async () => {
    const store = sharedStore();
    const { changedElsewhere: _ignored, ...plain } = store.open();
    const tabA = await Emulator.open({ persistence: store.open(), clock: () => NOW });
    const tabB = await Emulator.open({ persistence: plain, clock: () => NOW });
    await call(tabA, '/org/new', { handle: 'only_in_a', name: 'Only in A' });
    expect((await call(tabB, '/org-only_in_a/describe', {})).body).toMatchObject({
      error: { type: 'ResourceNotFound' },
    });
  });
});
