// @vitest-environment node
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Emulator } from '../service/emulator';
import { sqlitePersistence, type SqlitePersistence } from './sqlite-persistence';

const NOW = Date.UTC(2026, 10, 21, 12);
let dir = '';
let opened: SqlitePersistence[] = [];

function open(file: string, maxPages?: number): SqlitePersistence {
  const persistence = sqlitePersistence(file, { maxPages });
  opened.push(persistence);
  return persistence;
}

function asAlice(emulator: Emulator, path: string, body: unknown) {
  return emulator.call({
    path,
    token: 'demo-token-alice',
    body: JSON.stringify(body),
    contentType: 'application/json',
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'org-api-sqlite-'));
});

afterEach(async () => {
  for (const persistence of opened) persistence.close();
  opened = [];
  await rm(dir, { recursive: true, force: true });
});

describe('the SQLite store', () => {
  it('seeds once, then opens where it stopped: a change is one small write, kept across a reopen', async () => {
    const file = join(dir, 'state.sqlite');
    const first = await Emulator.open({ persistence: open(file), clock: () => NOW });
    const seeded = structuredClone(first.state);
    expect((await asAlice(first, '/org-acme/setMemberAccess', { 'user-carol': { level: 'ADMIN' } })).status).toBe(200);
    opened.pop()!.close();

    const again = await Emulator.open({ persistence: open(file), clock: () => NOW + 1 });
    expect(again.state.orgs['org-acme']!.members['user-carol']!.level).toBe('ADMIN');
    expect(again.state.sequence).toBe(seeded.sequence + 1);
    expect({ ...again.state, orgs: {}, audit: {}, sequence: 0 }).toEqual({
      ...seeded,
      orgs: {},
      audit: {},
      sequence: 0,
    });
  });

  it('syncs every commit to the disk and keeps its files readable by their owner only', async () => {
    const file = join(dir, 'state.sqlite');
    const emulator = await Emulator.open({ persistence: open(file), clock: () => NOW });
    expect((await asAlice(emulator, '/org-acme/update', { name: 'Synced' })).status).toBe(200);
    const names = await readdir(dir);
    expect(names).toEqual(expect.arrayContaining(['state.sqlite', 'state.sqlite-wal']));
    for (const name of names) expect((await stat(join(dir, name))).mode & 0o777, name).toBe(0o600);
    const reader = new Database(file, { readonly: true });
    expect(reader.pragma('journal_mode', { simple: true })).toBe('wal');
    reader.close();
  });

  it('keeps no token in the clear', async () => {
    const file = join(dir, 'state.sqlite');
    const emulator = await Emulator.open({ persistence: open(file), clock: () => NOW });
    const token = await emulator.issueToken('user-isaac.bauer');
    opened.pop()!.close();
    const reader = new Database(file, { readonly: true });
    const rows = reader.prepare('SELECT value FROM records').all() as { value: string }[];
    reader.close();
    const everything = rows.map((row) => row.value).join('\n');
    expect(everything).not.toContain(token);
    expect(everything).not.toContain('demo-token-alice');
  });

  it('refuses a change it has no room for: answered 500, not made in memory, not there after a reopen', async () => {
    const file = join(dir, 'state.sqlite');
    const seeding = await Emulator.open({ persistence: open(file), clock: () => NOW });
    const before = structuredClone(seeding.state);
    opened.pop()!.close();
    const pages = (() => {
      const db = new Database(file);
      const count = db.pragma('page_count', { simple: true }) as number;
      db.close();
      return count;
    })();

    // As a full disk would: the database may not grow by a single page.
    const full = await Emulator.open({ persistence: open(file, pages), clock: () => NOW });
    const everyone = Object.fromEntries(
      Object.keys(full.state.orgs['org-acme']!.members).map((id) => [id, { level: 'ADMIN' }]),
    );
    const refused = await asAlice(full, '/org-acme/setMemberAccess', everyone);
    expect(refused.status).toBe(500);
    expect(JSON.stringify(refused.body)).not.toContain(dir);
    expect(full.state).toEqual(before);
    opened.pop()!.close();

    const reopened = await Emulator.open({ persistence: open(file), clock: () => NOW });
    expect(reopened.state).toEqual(before);
  });

  it('says plainly when the data file is not a database', async () => {
    const file = join(dir, 'state.json');
    await writeFile(file, JSON.stringify({ schemaVersion: 1 }).padEnd(4096, ' '));
    expect(() => open(file)).toThrow(/is not an SQLite database .*--import/);
  });
});
