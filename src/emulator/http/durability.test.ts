// @vitest-environment node
/**
 * `npm run api --data` under a crash and a full disk, over real HTTP: every acknowledged
 * change survives `kill -9`, and a change the filesystem refuses is answered as failed and
 * leaves nothing behind, in memory or after a restart.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { killApi, postJson, startApi, stopApi, type ApiProcess } from '../testing/api-process';

const ALICE = 'demo-token-alice';
let dir = '';
let running: ApiProcess | null = null;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'org-api-durability-'));
});

afterEach(async () => {
  if (running) await stopApi(running);
  running = null;
  await rm(dir, { recursive: true, force: true });
});

async function pendingRequestIds(url: string): Promise<string[]> {
  const { body } = await postJson(`${url}/org-acme/describe`, ALICE);
  return (body as { spendingLimitRequests: { id: string }[] }).spendingLimitRequests.map((request) => request.id);
}

describe('a crash', () => {
  it('loses no acknowledged change: four kill -9s in the middle of concurrent writes', async () => {
    const dataFile = join(dir, 'state.sqlite');
    const acknowledged: string[] = [];
    for (let round = 1; round <= 4; round++) {
      running = await startApi(['--data', dataFile]);
      const server = running;
      let stopped = false;
      const writer = async (client: number) => {
        for (let n = 0; !stopped && n < 500; n++) {
          try {
            const { status, body } = await postJson(`${server.url}/org-acme/requestSpendingLimitChange`, ALICE, {
              amount: 1000 + n,
              poNumber: `PO-${round}-${client}-${n}`,
            });
            if (status === 200) acknowledged.push((body as { requestId: string }).requestId);
          } catch {
            return; // the server is gone
          }
        }
      };
      const writers = [1, 2, 3, 4].map(writer);
      await new Promise((done) => setTimeout(done, 150 + round * 60));
      await killApi(server);
      stopped = true;
      await Promise.all(writers);
      running = null;
    }
    expect(acknowledged.length).toBeGreaterThan(8);

    running = await startApi(['--data', dataFile]);
    const stored = new Set(await pendingRequestIds(running.url));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  }, 60_000);
});

/** A filesystem of `size`, mounted on `dir` (root only: CI and this machine run as root). */
function mountSmallFilesystem(size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function fillTheDisk(path: string): Promise<void> {
  const filler = await open(path, 'w');
  const chunk = Buffer.alloc(64 * 1024);
  try {
    for (;;) await filler.write(chunk);
  } catch (error) {
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
  } finally {
    await filler.close();
  }
}

const canMount = process.getuid?.() === 0;

describe('a full disk', () => {
  it.runIf(canMount)(
    'refuses the change, keeps memory as it was, and a restart finds the state before it',
    async () => {
      expect(mountSmallFilesystem('8m')).toBe(true);
      try {
        const dataFile = join(dir, 'state.sqlite');
        running = await startApi(['--data', dataFile]);
        const before = await postJson(`${running.url}/org-acme/describe`, ALICE);
        await fillTheDisk(join(dir, 'filler'));

        const refused = await postJson(`${running.url}/org-acme/setMemberAccess`, ALICE, {
          'user-carol': { level: 'ADMIN' },
        });
        expect(refused.status).toBe(500);
        expect(JSON.stringify(refused.body)).toContain('could not be saved, so it was not made');
        expect(JSON.stringify(refused.body)).not.toContain(dir);
        const renamed = await postJson(`${running.url}/org-acme/update`, ALICE, { name: 'Never saved' });
        expect(renamed.status).toBe(500);
        expect(await postJson(`${running.url}/org-acme/describe`, ALICE)).toEqual(before);
        const carol = await postJson(`${running.url}/org-acme/findMembers`, ALICE, { id: ['user-carol'] });
        expect(carol.body).toMatchObject({ results: [{ id: 'user-carol', level: 'MEMBER' }] });

        await stopApi(running);
        await rm(join(dir, 'filler'));
        running = await startApi(['--data', dataFile]);
        expect(await postJson(`${running.url}/org-acme/describe`, ALICE)).toEqual(before);
        expect((await postJson(`${running.url}/org-acme/update`, ALICE, { name: 'Saved now' })).status).toBe(200);
      } finally {
        if (running) await stopApi(running);
        running = null;
        execFileSync('umount', [dir]);
      }
    },
    60_000,
  );
});
