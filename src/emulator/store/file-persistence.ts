/** `npm run api -- --data PATH`: the state as a JSON file, replaced atomically after every change. */
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { Persistence } from './emulator';
import type { State } from './state';

export function filePersistence(path: string): Persistence {
  let writes = 0;
  return {
    async load() {
      try {
        return JSON.parse(await readFile(path, 'utf8')) as State;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw new Error(`Cannot read the data file ${path}: ${(error as Error).message}`, { cause: error });
      }
    },
    async save(state) {
      writes += 1;
      const temporary = `${path}.${process.pid}.${writes}.tmp`;
      await writeFile(temporary, JSON.stringify(state));
      await rename(temporary, path);
    },
  };
}
