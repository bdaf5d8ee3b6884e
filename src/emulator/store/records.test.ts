// @vitest-environment node
/**
 * Persistence writes only the records a call changed. These tests hold that to the
 * strongest check there is: after every kind of change, the state rebuilt from the stored
 * records is the state in memory — so a rule that changed something without telling its
 * transaction fails here. And a change the store refuses is not made, in memory either.
 */
import { describe, expect, it } from 'vitest';
import { hashToken } from '../core/tokens';
import { Transaction } from '../core/transaction';
import { Emulator } from '../service/emulator';
import type { Persistence } from '../service/persistence';
import { recordsOf, stateFrom, upgradedState, type StoredRecord } from './records';
import { seedDemo } from '../seed';

const NOW = Date.UTC(2026, 10, 21, 12);

/** Records in a Map, as SQLite and IndexedDB keep them; `refuse` makes writes fail. */
function memoryStore() {
  const stored = new Map<string, StoredRecord>();
  const store = {
    refuse: false,
    writes: 0,
    persistence: {
      async load() {
        return stateFrom(structuredClone([...stored.values()]));
      },
      async replace(state) {
        stored.clear();
        for (const record of recordsOf(state)) stored.set(`${record.kind}/${record.id}`, structuredClone(record));
      },
      async write(changes) {
        if (store.refuse) throw new Error('ENOSPC: no space left on device, write /srv/secret/path/state.sqlite');
        store.writes += 1;
        for (const change of changes) {
          if (change.value === null) stored.delete(`${change.kind}/${change.id}`);
          else stored.set(`${change.kind}/${change.id}`, structuredClone(change));
        }
      },
    } satisfies Persistence,
    rebuilt: () => stateFrom(structuredClone([...stored.values()])),
  };
  return store;
}

async function demoEmulator() {
  const store = memoryStore();
  const emulator = await Emulator.open({ persistence: store.persistence, clock: () => NOW });
  const as = (handle: string) => (path: string, body: unknown) =>
    emulator.call({ path, token: `demo-token-${handle}`, body: JSON.stringify(body), contentType: 'application/json' });
  return { store, emulator, alice: as('alice'), bob: as('bob') };
}

describe('the state as records', () => {
  it('rebuilds the seeded state exactly, members and audit order included', () => {
    const state = seedDemo(NOW);
    expect(stateFrom(recordsOf(state))).toEqual(state);
  });

  it('is nothing without its meta record', () => {
    expect(stateFrom([])).toBeNull();
  });

  it('upgrades a whole saved state of schema 1: plain tokens become their hashes', () => {
    const state = seedDemo(NOW);
    const old = structuredClone(state) as unknown as {
      schemaVersion: number;
      users: Record<string, Record<string, unknown>>;
    };
    old.schemaVersion = 1;
    for (const user of Object.values(old.users)) {
      user.token = user.tokenHash === null ? `token-${String(user.handle)}` : `demo-token-${String(user.handle)}`;
      delete user.tokenHash;
    }
    const upgraded = upgradedState(old);
    expect(upgraded.schemaVersion).toBe(2);
    expect(upgraded.users['user-alice']!.tokenHash).toBe(hashToken('demo-token-alice'));
    expect(JSON.stringify(upgraded)).not.toContain('"token"');
    expect(() => upgradedState({ schemaVersion: 7 })).toThrow();
  });
});

describe('every change is stored record by record', () => {
  it('leaves the stored records equal to memory after each kind of change', async () => {
    const { store, emulator, alice, bob } = await demoEmulator();
    const state = emulator.state;
    const acmeProjects = Object.values(state.projects).filter((p) => p.billTo === 'org-acme');
    const qc = acmeProjects.find((p) => p.name === 'Shared QC dashboards')!;
    const app = state.apps['app-bwa_mem_fastq_read_mapper']!;
    const steps: [string, () => Promise<{ status: number; body: unknown }>][] = [
      ['org.new with a nonce', () => alice('/org/new', { handle: 'records_lab', name: 'Records Lab', nonce: 'n-1' })],
      [
        'user.new',
        () =>
          alice('/user/new', {
            username: 'rita.records',
            email: 'rita@records.example',
            first: 'Rita',
            provisioningOrg: 'org-helix',
          }),
      ],
      ['project.new', () => alice('/project/new', { name: 'Records project', billTo: 'org-acme' })],
      [
        'org.update',
        () =>
          alice('/org-acme/update', {
            name: 'Acme (records)',
            policies: { jobReuse: false, projectLimits: { monthlyComputeLimit: 500 } },
          }),
      ],
      [
        'org.update job logs',
        () =>
          alice('/org-helix/update', { jobLogsForwarding: { url: 'https://logs.example/hec', token: 'secret-hec' } }),
      ],
      [
        'org.invite',
        () => alice('/org-acme/invite', { invitee: 'user-dave', level: 'MEMBER', allowBillableActivities: true }),
      ],
      [
        'org.setMemberAccess',
        () =>
          alice('/org-acme/setMemberAccess', {
            'user-carol': { level: 'MEMBER', projectAccess: 'CONTRIBUTE' },
            'user-dave': { level: 'ADMIN' },
          }),
      ],
      ['user.update', () => bob('/user-bob/update', { billTo: 'user-bob' })],
      ['org.removeMember', () => alice('/org-acme/removeMember', { user: 'user-beatriz.rossi' })],
      ['project.invite', () => alice(`/${qc.id}/invite`, { invitee: 'user-alice', level: 'ADMINISTER' })],
      ['project.decreasePermissions', () => alice(`/${qc.id}/decreasePermissions`, { 'org-acme': 'VIEW' })],
      [
        'project.update',
        () => alice(`/${qc.id}/update`, { name: 'QC (records)', monthlyComputeLimit: 42, dataProtectionNotice: true }),
      ],
      [
        'org.bulkUpdateProjectLimit',
        () => alice('/org-acme/bulkUpdateProjectLimit', { projects: 'all', limits: { monthlyStorageLimit: 77 } }),
      ],
      ['app.addDevelopers', () => alice(`/${app.id}/addDevelopers`, { developers: ['user-dave'] })],
      ['app.addAuthorizedUsers', () => alice(`/${app.id}/addAuthorizedUsers`, { authorizedUsers: ['user-carol'] })],
      [
        'org.updateBillingInformation',
        () =>
          alice('/org-acme/updateBillingInformation', {
            billingInformation: {
              email: 'ap@acme.example',
              name: 'Accounts',
              address1: '1 Main St',
              city: 'Boston',
              country: 'US',
              phone: '+1 617 555 0100',
            },
          }),
      ],
      ['org.confirmBillingContact', () => alice('/org-acme/confirmBillingContact', {})],
      [
        'org.requestSpendingLimitChange',
        () => alice('/org-acme/requestSpendingLimitChange', { amount: 250000, poNumber: 'PO-7' }),
      ],
    ];
    for (const [name, step] of steps) {
      const answer = await step();
      expect(answer.status, `${name}: ${JSON.stringify(answer.body)}`).toBe(200);
      expect(store.rebuilt(), name).toEqual(emulator.state);
    }
    expect(store.writes).toBe(steps.length);
  });

  it('writes nothing for a read or a refusal', async () => {
    const { store, alice, bob } = await demoEmulator();
    expect((await alice('/org-acme/findMembers', {})).status).toBe(200);
    expect((await bob('/org-acme/setMemberAccess', { 'user-bob': { level: 'ADMIN' } })).status).toBe(401);
    expect(store.writes).toBe(0);
  });
});

describe('a change the store refuses', () => {
  it('is answered with a 500 that names no server path, and is not made in memory', async () => {
    const { store, emulator, alice } = await demoEmulator();
    const before = structuredClone(emulator.state);
    store.refuse = true;
    const steps = [
      () => alice('/org-acme/setMemberAccess', { 'user-carol': { level: 'ADMIN' } }),
      () => alice('/org-acme/removeMember', { user: 'user-beatriz.rossi' }),
      () => alice('/org/new', { handle: 'never_made', name: 'Never made', nonce: 'n-2' }),
      () => alice('/org-acme/update', { name: 'Never renamed' }),
    ];
    for (const step of steps) {
      const answer = await step();
      expect(answer.status).toBe(500);
      const { error } = answer.body as { error: { type: string; message: string } };
      expect(error.type).toBe('InternalError');
      expect(error.message).toMatch(/could not be saved, so it was not made/);
      expect(error.message).not.toMatch(/\//);
      expect(emulator.state).toEqual(before);
    }
    // Reads agree: the audit log has no event for the changes that were not made.
    const audit = await alice('/org-acme/findAuditEvents', {});
    expect(JSON.stringify(audit.body)).not.toContain('Never renamed');

    store.refuse = false;
    expect((await alice('/org-acme/update', { name: 'Renamed at last' })).status).toBe(200);
    expect(store.rebuilt()).toEqual(emulator.state);
    expect(emulator.state.orgs['org-acme']!.members['user-carol']!.level).toBe('MEMBER');
  });
});

describe('issued tokens', () => {
  it('are random, work at once, survive a reload, and are stored only as a hash', async () => {
    const { store, emulator } = await demoEmulator();
    const token = await emulator.issueToken('user-isaac.bauer');
    const other = await emulator.issueToken('user-hana.fischer');
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(other).not.toBe(token);
    expect(emulator.knowsToken(token!)).toBe(true);
    const whoami = await emulator.call({ path: '/system/whoami', token, body: '', contentType: null });
    expect(whoami.body).toEqual({ id: 'user-isaac.bauer' });
    expect(JSON.stringify(store.rebuilt())).not.toContain(token);
    expect(store.rebuilt()!.users['user-isaac.bauer']!.tokenHash).toBe(hashToken(token!));
    expect(await emulator.issueToken('user-nobody')).toBeNull();
  });

  it("replace the demo people's fixed tokens when asked, after which those no longer work", async () => {
    const { emulator } = await demoEmulator();
    expect(emulator.demoPeople().map((person) => person.token)).toEqual([
      'demo-token-alice',
      'demo-token-bob',
      'demo-token-carol',
      'demo-token-dave',
    ]);
    const replaced = await emulator.replaceDemoTokens();
    expect(replaced.map((person) => person.id)).toEqual(['user-alice', 'user-bob', 'user-carol', 'user-dave']);
    expect(emulator.knowsToken('demo-token-alice')).toBe(false);
    expect(emulator.knowsToken(replaced[0]!.token)).toBe(true);
    expect(emulator.demoPeople()).toEqual([]);
    expect(await emulator.replaceDemoTokens()).toEqual([]);
  });
});

describe('a transaction', () => {
  it('puts every record back as it was on rollback, keeping the objects rules hold', () => {
    const state = seedDemo(NOW);
    const before = structuredClone(state);
    const acme = state.orgs['org-acme']!;
    const tx = new Transaction(state);
    tx.editOrg('org-acme').name = 'Changed';
    tx.editOrg('org-acme').policies.jobReuse = !acme.policies.jobReuse;
    tx.setMember(acme, 'user-carol', null);
    tx.setMember(acme, 'user-dave', { ...acme.members['user-bob']! });
    tx.put('users', { ...state.users['user-dave']!, id: 'user-new', handle: 'new' });
    tx.appendAudit({
      id: 'audit-999999',
      time: NOW,
      actor: 'user-alice',
      org: 'org-new',
      action: 'x',
      target: 'y',
      before: null,
      after: null,
    });
    tx.nextSequence();
    expect(
      tx
        .changes()
        .map(({ kind, id }) => `${kind}/${id}`)
        .sort(),
    ).toEqual([
      'audit/audit-999999',
      'members/org-acme/user-carol',
      'members/org-acme/user-dave',
      'meta/state',
      'orgs/org-acme',
      'users/user-new',
    ]);
    tx.rollback();
    expect(state).toEqual(before);
    expect(state.orgs['org-acme']).toBe(acme);
    expect(tx.changed).toBe(false);
  });
});
