/**
 * Where the emulator keeps its state: whole (a seed, a reset, an import) or one call's
 * changed records at a time. The service depends on this shape only; store/ provides it
 * (SQLite for the Node server, IndexedDB in the browser) without importing the service.
 */
import type { State } from '../core/state';
import type { RecordChange } from '../core/transaction';

export interface Persistence {
  load(): Promise<State | null>;
  /** Replaces everything stored with `state` (a seed, a reset, an import). */
  replace(state: State): Promise<void>;
  /** Stores the records one call changed: all of them, or none. */
  write(changes: RecordChange[]): Promise<void>;
  /**
   * True when someone else (another browser tab on the same IndexedDB) saved since this
   * emulator last loaded or saved: its next call then starts from their state, so a
   * change made in one tab shows in the others and is not overwritten by them.
   */
  changedElsewhere?(): Promise<boolean>;
}
