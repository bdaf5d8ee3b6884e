// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { License } from '../../wire/entities';
import { admin, call, ok, org, outcome, project, user, world } from '../testing/world';

function setup(licensed: Partial<Record<License, boolean>> = {}) {
  const acme = org('acme', { 'user-alice': admin() });
  acme.licenses = { ...acme.licenses, ...licensed };
  const billed = project('org-acme', { 'user-alice': 'ADMINISTER' });
  return { state: world({ users: [user('alice'), user('bob')], orgs: [acme], projects: [billed] }), billed };
}

const gated: { license: License; path: (p: string) => string; body: unknown }[] = [
  {
    license: 'accountProvisioning',
    path: () => '/user/new',
    body: { username: 'newbie', email: 'n@example.org', first: 'New', provisioningOrg: 'org-acme' },
  },
  {
    license: 'projectSpendingLimits',
    path: () => '/org-acme/bulkUpdateProjectLimit',
    body: { projects: 'all', limits: { monthlyComputeLimit: 100 } },
  },
  { license: 'projectSpendingLimits', path: (p) => `/${p}/update`, body: { monthlyStorageLimit: 5 } },
  {
    license: 'projectSpendingLimits',
    path: () => '/org-acme/update',
    body: { policies: { projectLimits: { monthlyComputeLimit: 10 } } },
  },
  { license: 'usageReports', path: () => '/org-acme/usageReport', body: { kind: 'perProject', month: '2026-10' } },
  {
    license: 'jobLogsForwarding',
    path: () => '/org-acme/update',
    body: { jobLogsForwarding: { url: 'https://hec.example/services/collector', token: 'secret' } },
  },
];

describe('licensed features', () => {
  it.each(gated)('$license gates $body', ({ license, path, body }) => {
    const unlicensed = setup();
    const before = JSON.stringify(unlicensed.state);
    const refused = call(unlicensed.state, 'alice', path(unlicensed.billed.id), body);
    expect(outcome(refused)).toBe('PermissionDenied');
    expect((refused.body as { error: { message: string } }).error.message).toContain(license);
    expect(JSON.stringify(unlicensed.state)).toBe(before);

    const licensed = setup({ [license]: true });
    expect(outcome(call(licensed.state, 'alice', path(licensed.billed.id), body))).toBe('ok');
  });

  it('copies the org default limits into new projects', () => {
    const { state } = setup({ projectSpendingLimits: true });
    ok(
      call(state, 'alice', '/org-acme/update', {
        policies: { projectLimits: { monthlyComputeLimit: 50, action: 'BLOCK' } },
      }),
    );
    const { id } = ok<{ id: string }>(call(state, 'alice', '/project/new', { name: 'Fresh', billTo: 'org-acme' }));
    expect(state.projects[id]).toMatchObject({ monthlyComputeLimit: 50, monthlyStorageLimit: null });
  });

  it('applies limits to every project with bulkUpdateProjectLimit', () => {
    const { state, billed } = setup({ projectSpendingLimits: true });
    const other = project('org-acme', {});
    state.projects[other.id] = other;
    const result = ok<{ updated: string[] }>(
      call(state, 'alice', '/org-acme/bulkUpdateProjectLimit', {
        projects: 'all',
        limits: { monthlyEgressBytesLimit: 1e9 },
      }),
    );
    expect(result.updated.sort()).toEqual([billed.id, other.id].sort());
    expect(state.projects[other.id]!.monthlyEgressBytesLimit).toBe(1e9);
  });
});

describe('job logs forwarding', () => {
  const TOKEN = 'hec-token-6f1e0c0b-do-not-leak';
  const enable = { jobLogsForwarding: { url: 'https://splunk.example/services/collector', token: TOKEN } };

  it('stores the URL and the token signature, never the token', () => {
    const { state } = setup({ jobLogsForwarding: true });
    const answers = [call(state, 'alice', '/org-acme/update', enable)];
    answers.push(call(state, 'alice', '/org-acme/describe'));
    answers.push(call(state, 'alice', '/org-acme/findAuditEvents', {}));
    const forwarding = (answers[1]!.body as { jobLogsForwarding: Record<string, unknown> }).jobLogsForwarding;
    expect(forwarding).toEqual({
      url: 'https://splunk.example/services/collector',
      tokenSignature: expect.stringMatching(/^[0-9a-f]{64}$/),
      updated: expect.any(Number),
      updatedBy: 'user-alice',
    });
    expect(JSON.stringify(state)).not.toContain(TOKEN);
    for (const answer of answers) expect(JSON.stringify(answer.body)).not.toContain(TOKEN);
  });

  it('refuses a URL that is not https and an empty token', () => {
    const { state } = setup({ jobLogsForwarding: true });
    expect(
      outcome(
        call(state, 'alice', '/org-acme/update', { jobLogsForwarding: { url: 'http://splunk.example', token: 't' } }),
      ),
    ).toBe('InvalidInput');
    expect(
      outcome(
        call(state, 'alice', '/org-acme/update', { jobLogsForwarding: { url: 'https://splunk.example', token: '' } }),
      ),
    ).toBe('InvalidInput');
    expect(state.orgs['org-acme']!.jobLogsForwarding).toBeNull();
  });

  it('disables with {}, keeping who did it and when; disabling again changes nothing', () => {
    const { state } = setup({ jobLogsForwarding: true });
    ok(call(state, 'alice', '/org-acme/update', enable));
    ok(call(state, 'alice', '/org-acme/update', { jobLogsForwarding: {} }));
    expect(state.orgs['org-acme']!.jobLogsForwarding).toEqual({ updated: expect.any(Number), updatedBy: 'user-alice' });
    const before = JSON.stringify(state);
    ok(call(state, 'alice', '/org-acme/update', { jobLogsForwarding: {} }));
    expect(JSON.stringify(state)).toBe(before);
  });

  it('is shown to admins only', () => {
    const { state } = setup({ jobLogsForwarding: true });
    state.orgs['org-acme']!.members['user-bob'] = { ...admin(), level: 'MEMBER', projectAccess: 'VIEW' };
    ok(call(state, 'alice', '/org-acme/update', enable));
    expect(ok(call(state, 'bob', '/org-acme/describe'))).not.toHaveProperty('jobLogsForwarding');
  });
});
