/**
 * The state as one readable JSON file (`--export`, `--import`): written owner-only to a
 * temporary file, synced, then renamed over the target, so a reader never sees half a dump.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { upgradedState } from './records';
import type { State } from '../core/state';

export async function writeJsonDump(path: string, state: State): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const file = await open(temporary, 'wx', 0o600);
    try {
      await file.writeFile(JSON.stringify(state));
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  const folder = await open(dirname(path), 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

export async function readJsonDump(path: string): Promise<State> {
  return upgradedState(JSON.parse(await readFile(path, 'utf8')));
}
