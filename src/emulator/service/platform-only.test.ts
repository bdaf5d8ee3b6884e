import { beforeEach, describe, expect, it } from 'vitest';
import { Emulator } from './emulator';
import type { EmulatorService } from './emulator-service';
import { EXTENSION_ORG_FIELDS, EXTENSION_ROUTES, platformOnly, routeOf, withoutExtensionFields } from './platform-only';

const NOW = Date.UTC(2026, 10, 21);
const ALICE = 'demo-token-alice';

async function answer(service: EmulatorService, path: string, body: unknown, token: string | null = ALICE) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const { status, json } = await service.respond({ path, token, body: text, contentType: 'application/json' });
  return { status, body: JSON.parse(json) as Record<string, unknown> };
}

let full: Emulator;
let platform: EmulatorService;
beforeEach(async () => {
  full = await Emulator.open({ clock: () => NOW });
  platform = platformOnly(full);
});

describe('routeOf', () => {
  it('names class and entity routes as <class>.<method>', () => {
    expect(routeOf('/system/findOrgs')?.name).toBe('system.findOrgs');
    expect(routeOf('/org/new')?.name).toBe('org.new');
    expect(routeOf('/org-acme/findAuditEvents')).toEqual({
      name: 'org.findAuditEvents',
      subject: 'org-acme',
      method: 'findAuditEvents',
    });
    expect(routeOf('/user-alice/billingSummary/')?.name).toBe('user.billingSummary');
    expect(routeOf('/nothing')).toBeNull();
    expect(routeOf('/123/describe')).toBeNull();
  });
});

describe('platformOnly: extension routes', () => {
  it('answers each as the emulator answers an unknown method on the same subject', async () => {
    for (const name of EXTENSION_ROUTES) {
      const [kind, method] = name.split('.') as [string, string];
      const subject = kind === 'org' ? 'org-acme' : 'user-alice';
      const got = await answer(platform, `/${subject}/${method}`, {});
      const unknown = await answer(full, `/${subject}/noSuchMethod`, {});
      expect(got.status, name).toBe(unknown.status);
      expect(got.status, name).toBe(422);
      expect(got.body, name).toEqual(
        JSON.parse(JSON.stringify(unknown.body).split('noSuchMethod').join(method)) as unknown,
      );
      expect((got.body.error as { message: string }).message).toContain(method);
      expect(JSON.stringify(got.body)).not.toContain('platformOnly');
    }
  });

  it('keeps the checks that come before the route: token, then subject', async () => {
    expect((await answer(platform, '/org-acme/findAuditEvents', {}, null)).body).toMatchObject({
      error: { type: 'InvalidAuthentication' },
    });
    expect((await answer(platform, '/org-nosuch/findAuditEvents', {})).body).toMatchObject({
      error: { type: 'ResourceNotFound' },
    });
    expect((await answer(platform, '/org-acme/findAuditEvents', '{not json')).body).toMatchObject({
      error: { type: 'MalformedJSON' },
    });
  });

  it('changes nothing: a hidden mutation is not made', async () => {
    const before = JSON.stringify(full.state.orgs['org-acme']);
    const got = await answer(platform, '/org-acme/requestSpendingLimitChange', { amount: 5000, poNumber: 'PO-1' });
    expect(got.status).toBe(422);
    expect(JSON.stringify(full.state.orgs['org-acme'])).toBe(before);
  });

  it('leaves the same routes working on the full emulator', async () => {
    expect((await answer(full, '/org-acme/findAuditEvents', { limit: 1 })).status).toBe(200);
  });
});

describe('platformOnly: extension fields', () => {
  it("leaves them out of an org's describe, and keeps every platform field", async () => {
    const fullDescribe = (await answer(full, '/org-acme/describe', {})).body;
    const got = await answer(platform, '/org-acme/describe', {});
    expect(got.status).toBe(200);
    for (const field of EXTENSION_ORG_FIELDS) {
      expect(fullDescribe, field).toHaveProperty(field);
      expect(got.body, field).not.toHaveProperty(field);
    }
    expect(got.body.policies).not.toHaveProperty('projectLimits');
    expect(got.body.policies).toMatchObject({ memberListVisibility: expect.any(String) as unknown });
    for (const field of ['spendingLimit', 'estSpendingLimitLeft', 'computeCharges', 'level', 'admins', 'billable']) {
      expect(got.body, field).toEqual(expect.objectContaining({ [field]: fullDescribe[field] }));
    }
  });

  it('leaves them out of /system/findOrgs describes, even when asked for by name', async () => {
    const got = await answer(platform, '/system/findOrgs', {
      level: 'MEMBER',
      describe: { fields: { licenses: true, name: true, policies: true } },
    });
    const results = got.body.results as { describe: Record<string, unknown> }[];
    expect(results.length).toBeGreaterThan(0);
    for (const { describe } of results) {
      expect(describe).toHaveProperty('name');
      expect(describe).not.toHaveProperty('licenses');
      expect(describe.policies).not.toHaveProperty('projectLimits');
    }
  });

  it('passes errors through unchanged', async () => {
    const fullAnswer = await answer(full, '/org-nosuch/describe', {});
    expect(await answer(platform, '/org-nosuch/describe', {})).toEqual(fullAnswer);
  });

  it('withoutExtensionFields leaves anything but an object alone', () => {
    expect(withoutExtensionFields(null)).toBeNull();
    expect(withoutExtensionFields([1])).toEqual([1]);
    expect(withoutExtensionFields({ id: 'org-x', licenses: {} })).toEqual({ id: 'org-x' });
  });
});

describe('platformOnly: extension input fields', () => {
  it('refuses them as the emulator refuses any unknown field, and changes nothing', async () => {
    const before = JSON.stringify(full.state.orgs['org-acme']);
    const destination = await answer(platform, '/org-acme/update', { reportDestination: null });
    const unknown = await answer(full, '/org-acme/update', { noSuchField: null });
    expect(destination.status).toBe(unknown.status);
    expect(destination.body).toEqual(
      JSON.parse(JSON.stringify(unknown.body).split('noSuchField').join('reportDestination')) as unknown,
    );

    const limits = await answer(platform, '/org-acme/update', {
      policies: { jobReuse: true, projectLimits: { monthlyComputeLimit: 1 } },
    });
    expect(limits.status).toBe(422);
    expect(JSON.stringify(limits.body)).toContain('projectLimits');
    expect(JSON.stringify(limits.body)).not.toContain('platformOnly');
    expect(JSON.stringify(full.state.orgs['org-acme'])).toBe(before);
  });

  it('takes the platform fields of the same route', async () => {
    const got = await answer(platform, '/org-acme/update', { policies: { jobReuse: true } });
    expect(got).toEqual({ status: 200, body: { id: 'org-acme' } });
    expect(full.state.orgs['org-acme']!.policies.jobReuse).toBe(true);
  });
});

describe('platformOnly: the emulator controls', () => {
  it('are the wrapped service’s own', async () => {
    const people = await platform.demoUsers();
    expect(people.users.map((person) => person.id)).toContain('user-alice');
    expect(await platform.issueToken('user-nosuch')).toBeNull();
  });
});
