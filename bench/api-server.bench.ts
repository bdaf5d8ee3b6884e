/**
 * The API server's costs on the `large` scenario, in Node, through the Emulator service
 * as `npm run api` runs it: a change in memory and with `--data` (SQLite), an unknown
 * token against a good one, and the worst name patterns. Printed, never asserted.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator } from '../src/emulator/service/emulator';
import { LARGE_ORG_ID } from '../src/emulator/seed/large';
import { sqlitePersistence } from '../src/emulator/store/sqlite-persistence';
import { measureAsync, type Figure } from './measure';

interface Setup {
  emulator: Emulator;
  token: string;
  members: string[];
  close: () => void;
}

async function largeEmulator(dataFile: string | null): Promise<Setup> {
  const persistence = dataFile ? sqlitePersistence(dataFile) : null;
  const emulator = await Emulator.open({ scenario: 'large', persistence });
  const org = emulator.state.orgs[LARGE_ORG_ID]!;
  const adminId = Object.keys(org.members).find((id) => org.members[id]!.level === 'ADMIN')!;
  const token = (await emulator.issueToken(adminId))!;
  const members = Object.keys(org.members)
    .filter((id) => org.members[id]!.level === 'MEMBER')
    .slice(0, 5000);
  return { emulator, token, members, close: () => persistence?.close() };
}

async function post(setup: Setup, path: string, body: string, token = setup.token): Promise<number> {
  const answer = await setup.emulator.call({ path, token, body, contentType: 'application/json' });
  return answer.status;
}

/** setMemberAccess bodies for `count` members, alternating so that every call changes them. */
function accessBodies(setup: Setup, count: number): [string, string] {
  const body = (allowBillableActivities: boolean) =>
    JSON.stringify(
      Object.fromEntries(setup.members.slice(0, count).map((id) => [id, { level: 'MEMBER', allowBillableActivities }])),
    );
  return [body(true), body(false)];
}

async function memberAccessFigures(setup: Setup, label: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [count, runs] of [
    [1, 30],
    [5000, 8],
  ] as const) {
    const bodies = accessBodies(setup, count);
    let run = 0;
    figures.push(
      await measureAsync(
        `setMemberAccess, ${count.toLocaleString('en')} member${count === 1 ? '' : 's'}, ${label}`,
        runs,
        async () => {
          run += 1;
          if ((await post(setup, `/${LARGE_ORG_ID}/setMemberAccess`, bodies[run % 2]!)) !== 200)
            throw new Error('setMemberAccess failed');
        },
      ),
    );
  }
  return figures;
}

export async function apiServerFigures(): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'org-api-bench-'));
  const figures: Figure[] = [];
  try {
    const memory = await largeEmulator(null);
    const inMemory = await memberAccessFigures(memory, 'in memory');

    const seedStart = performance.now();
    const stored = await largeEmulator(join(dir, 'large.sqlite'));
    const seedMs = performance.now() - seedStart;
    const withData = await memberAccessFigures(stored, 'with --data (SQLite)');
    stored.close();
    const reopenStart = performance.now();
    const reopened = await largeEmulator(join(dir, 'large.sqlite'));
    const reopenMs = performance.now() - reopenStart;
    reopened.close();
    figures.push(
      { name: 'seed the large scenario into a new --data file', medianMs: seedMs, maxMs: seedMs, runs: 1 },
      { name: 'open an existing --data file of the large scenario', medianMs: reopenMs, maxMs: reopenMs, runs: 1 },
    );
    for (const [index, figure] of withData.entries()) {
      const ratio = figure.medianMs / inMemory[index]!.medianMs;
      figures.push(inMemory[index]!, {
        ...figure,
        name: `${figure.name} (${ratio.toFixed(1)}× in memory; target ≤ 3×)`,
      });
    }

    figures.push(
      await measureAsync(
        'whoami with a good token',
        200,
        async () => void (await post(memory, '/system/whoami', '{}')),
      ),
    );
    figures.push(
      await measureAsync(
        'whoami with an unknown token (401)',
        200,
        async () => void (await post(memory, '/system/whoami', '{}', 'not-a-token')),
      ),
    );

    const longName = 'a'.repeat(256);
    await post(memory, '/project/new', JSON.stringify({ name: longName, billTo: LARGE_ORG_ID }));
    for (const [label, query] of [
      ['glob *a*a*a*a*a*a*b', { glob: '*a*a*a*a*a*a*b' }],
      ['regexp ^(a+)+$', { regexp: '^(a+)+$' }],
    ] as const) {
      figures.push(
        await measureAsync(
          `findProjects over ${'20,000'} projects, name ${label} (one 256-character name)`,
          5,
          async () => {
            if (
              (await post(memory, `/${LARGE_ORG_ID}/findProjects`, JSON.stringify({ name: query, limit: 1000 }))) !==
              200
            ) {
              throw new Error('findProjects failed');
            }
          },
        ),
      );
    }
    memory.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}
