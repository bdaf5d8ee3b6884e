/**
 * `npm run api -- --data PATH`: the state in an SQLite database, one row per record, so a
 * change writes only what it touched, in one transaction, synced to the disk before the
 * call is answered. The file (and SQLite's journal beside it) is readable by its owner only.
 */
import { chmodSync, closeSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { State } from '../core/state';
import { recordsOf, stateFrom, type RecordChange, type RecordKind } from './records';

export interface SqliteOptions {
  /** Caps the database's size in pages, as a full disk would (for tests). */
  maxPages?: number;
}

/** The service's Persistence (by shape: the store does not import the service), plus `close`. */
export type SqlitePersistence = ReturnType<typeof sqlitePersistence>;

/** Creates the file owner-only before SQLite opens it; SQLite gives its journal the same mode. */
function ownerOnlyFile(path: string): void {
  closeSync(openSync(path, 'a', 0o600));
  chmodSync(path, 0o600);
}

export function sqlitePersistence(path: string, options: SqliteOptions = {}) {
  ownerOnlyFile(path);
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
  } catch (error) {
    db.close();
    throw new Error(`${path} is not an SQLite database (a JSON dump? load it with --import)`, { cause: error });
  }
  db.pragma('synchronous = FULL');
  if (options.maxPages !== undefined) db.pragma(`max_page_count = ${options.maxPages}`);
  db.exec(
    'CREATE TABLE IF NOT EXISTS records (kind TEXT NOT NULL, id TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID',
  );

  const selectAll = db.prepare<[], { kind: RecordKind; id: string; value: string }>(
    'SELECT kind, id, value FROM records',
  );
  const upsert = db.prepare<[string, string, string]>(
    'INSERT OR REPLACE INTO records (kind, id, value) VALUES (?, ?, ?)',
  );
  const remove = db.prepare<[string, string]>('DELETE FROM records WHERE kind = ? AND id = ?');
  const removeAll = db.prepare('DELETE FROM records');

  const write = db.transaction((changes: readonly RecordChange[]) => {
    for (const { kind, id, value } of changes) {
      if (value === null) remove.run(kind, id);
      else upsert.run(kind, id, JSON.stringify(value));
    }
  });
  const replace = db.transaction((records: Iterable<RecordChange>) => {
    removeAll.run();
    for (const { kind, id, value } of records) upsert.run(kind, id, JSON.stringify(value));
  });

  return {
    async load(): Promise<State | null> {
      return stateFrom(
        (function* rows() {
          for (const row of selectAll.iterate())
            yield { kind: row.kind, id: row.id, value: JSON.parse(row.value) as unknown };
        })(),
      );
    },
    async replace(state: State): Promise<void> {
      replace(recordsOf(state));
      // A replaced state may leave a large journal behind: fold it into the database.
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    async write(changes: RecordChange[]): Promise<void> {
      write(changes);
    },
    close(): void {
      db.close();
    },
  };
}
