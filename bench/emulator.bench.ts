/**
 * Emulator figures on the `large` scenario, in Node: each operation runs through the real
 * dispatcher (validation included). Printed, never asserted.
 */
import { effectiveProjectAccess } from '../src/emulator/core/access';
import { handleCall } from '../src/emulator/dispatch/dispatch';
import { dropIndexes, projectsBilledTo } from '../src/emulator/core/indexes';
import { hashToken, newToken } from '../src/emulator/core/tokens';
import { seedScenario } from '../src/emulator/seed';
import { LARGE_ORG_ID } from '../src/emulator/seed/large';
import type { State } from '../src/emulator/core/state';
import { measure, type Figure } from './measure';

/** An admin of the large org, given a token (seeded people have none). */
function caller(state: State): { token: string; id: string } {
  const org = state.orgs[LARGE_ORG_ID]!;
  const adminId = Object.keys(org.members).find((id) => org.members[id]!.level === 'ADMIN')!;
  const token = newToken();
  state.users[adminId]!.tokenHash = hashToken(token);
  return { id: adminId, token };
}

/** `body` may come serialized already, so that building a big request is not what is timed. */
function post(state: State, token: string, path: string, body: unknown) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const answer = handleCall(state, { path, token, body: text, contentType: 'application/json', now: Date.now() });
  if (answer.status !== 200) throw new Error(`${path}: ${JSON.stringify(answer.body).slice(0, 300)}`);
  return answer.body as { results: unknown[]; next: unknown };
}

export function emulatorFigures(): Figure[] {
  const figures: Figure[] = [];
  let state!: State;
  figures.push(
    measure(
      'seed the large scenario (50,000 members, 20,000 projects)',
      3,
      () => {
        state = seedScenario('large', Date.now());
      },
      5000,
    ),
  );
  const admin = caller(state);

  figures.push(
    measure('findMembers, first page of 1,000 right after a change (re-sorts 50,000 IDs)', 5, () => {
      dropIndexes();
      post(state, admin.token, `/${LARGE_ORG_ID}/findMembers`, { limit: 1000, describe: true });
    }),
  );
  figures.push(
    measure('describe the 50,000-member org right after a change (its admins found anew)', 5, () => {
      dropIndexes();
      post(state, admin.token, `/${LARGE_ORG_ID}/describe`, {});
    }),
  );
  const first = post(state, admin.token, `/${LARGE_ORG_ID}/findMembers`, { limit: 1000, describe: true });
  figures.push(
    measure(
      'findMembers, a later page of 1,000 with describe',
      20,
      () => {
        post(state, admin.token, `/${LARGE_ORG_ID}/findMembers`, { limit: 1000, describe: true, starting: first.next });
      },
      20,
    ),
  );
  figures.push(
    measure('findProjects, a page of 1,000 (level per project)', 20, () => {
      post(state, admin.token, `/${LARGE_ORG_ID}/findProjects`, { limit: 1000 });
    }),
  );
  figures.push(
    measure('findProjects, a page of 1,000 with describe', 10, () => {
      post(state, admin.token, `/${LARGE_ORG_ID}/findProjects`, { limit: 1000, describe: true });
    }),
  );

  const org = state.orgs[LARGE_ORG_ID]!;
  const members = Object.keys(org.members)
    .filter((id) => org.members[id]!.level === 'MEMBER')
    .slice(0, 5000);
  const bodies = [true, false].map((allowBillableActivities) =>
    JSON.stringify(Object.fromEntries(members.map((id) => [id, { level: 'MEMBER', allowBillableActivities }]))),
  );
  let run = 0;
  figures.push(
    measure(
      'setMemberAccess for 5,000 users in one call',
      6,
      () => {
        run += 1;
        post(state, admin.token, `/${LARGE_ORG_ID}/setMemberAccess`, bodies[run % 2]);
      },
      200,
    ),
  );

  const someone = members[0]!;
  const projects = projectsBilledTo(state, LARGE_ORG_ID);
  figures.push(
    measure(`effective access of one user over all ${projects.length.toLocaleString('en')} org projects`, 10, () => {
      for (const project of projects) effectiveProjectAccess(state, someone, project);
    }),
  );
  return figures;
}
