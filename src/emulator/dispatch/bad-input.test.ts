// @vitest-environment node
/**
 * Malformed input on every route, property-based: whatever arrives, the answer is a 4xx
 * with the error envelope `{error: {type, message}}` (never a 500), and a refused call
 * changes nothing. The caller is an ADMIN of the org, ADMINISTER on its project and a
 * developer of its app, in a world where every license is held, so that only the input
 * is ever wrong.
 *
 * Some mutated bodies happen to be valid (an optional boolean replaced by another
 * boolean-free value that the schema still accepts, `{}` on a route whose fields are all
 * optional, a new key in a `fields` map). Those answer 200; they are counted, checked
 * against the route's input schema (so a 200 is never a body the schema refuses), and
 * only they skip the unchanged-state check.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { API_ERROR_STATUS } from '../../wire/errors';
import { routeInputs, type RouteName } from '../../wire/inputs';
import type { State } from '../core/state';
import { APP, BILLING_INFORMATION, BYSTANDER, MAIN_PROJECT, matrixWorld, ORG } from '../testing/matrix-world';
import { NOW } from '../testing/world';
import { handleCall, type ApiAnswer } from './dispatch';
import { ROUTES } from './routes';

const CALLER = 'admp';
const TOKEN = `t-${CALLER}`;
const NUM_RUNS = 60;
const FEW_RUNS = 20;

/** The spec's error types (§1), without InternalError: that one is a bug. */
const CLIENT_ERRORS = new Set(Object.keys(API_ERROR_STATUS).filter((type) => type !== 'InternalError'));

const APPLET = `applet-${'acmeTool'.padEnd(24, '0')}`;

function buildWorld(): State {
  const state = matrixWorld();
  state.apps[APP]!.developers.push(`user-${CALLER}`);
  state.projects[MAIN_PROJECT]!.applets = {
    [APPLET]: { id: APPLET, name: 'tool', title: 'Tool', created: 0, createdBy: `user-${CALLER}` },
  };
  return state;
}
/** The world as JSON: each call gets a fresh copy, and this is the state before it. */
const WORLD_JSON = JSON.stringify(buildWorld());
const badInputWorld = (): State => JSON.parse(WORLD_JSON) as State;

/** A valid call of each route, as the caller; each answers 200 in a fresh world. */
const EXAMPLES: Record<RouteName, { path: string; body: Record<string, unknown> }> = {
  'system.whoami': { path: '/system/whoami', body: {} },
  'system.findOrgs': {
    path: '/system/findOrgs',
    body: { level: 'MEMBER', allowBillableActivities: true, describe: { fields: { name: true } }, limit: 10 },
  },
  'system.findApps': { path: '/system/findApps', body: { name: { glob: 'a*' }, describe: true, limit: 5 } },
  'system.findGlobalWorkflows': {
    path: '/system/findGlobalWorkflows',
    body: { name: 'wf', describe: false, limit: 5 },
  },
  'system.findProjects': {
    path: '/system/findProjects',
    body: {
      name: { regexp: '^acme', flags: 'i' },
      level: 'VIEW',
      billTo: [ORG, `user-${CALLER}`],
      describe: true,
      limit: 10,
    },
  },
  'org.new': {
    path: '/org/new',
    body: { handle: 'newlab', name: 'New Lab', policies: { jobReuse: true, projectSharing: 'ADMIN' }, nonce: 'n-1' },
  },
  'user.new': {
    path: '/user/new',
    body: {
      username: 'newbie',
      email: 'newbie@example.org',
      first: 'New',
      middle: 'Q',
      last: 'User',
      occupation: 'Bioinformatician',
      billTo: ORG,
      provisioningOrg: ORG,
      tokenDuration: 86_400_000,
    },
  },
  'project.new': {
    path: '/project/new',
    body: {
      name: 'Fresh',
      billTo: ORG,
      region: 'aws:us-east-1',
      containsPHI: false,
      tags: ['wgs'],
      properties: { cohort: 'B' },
    },
  },
  'org.describe': { path: `/${ORG}/describe`, body: { fields: { name: true, policies: true } } },
  'org.update': {
    path: `/${ORG}/update`,
    body: {
      name: 'Renamed',
      policies: {
        memberListVisibility: 'MEMBER',
        jobReuse: true,
        projectLimits: { monthlyComputeLimit: 10, action: 'NOTIFY' },
      },
      samlIdP: 'https://idp.acme.example',
      jobLogsForwarding: { url: 'https://hec.acme.example/collector', token: 'secret' },
      reportDestination: MAIN_PROJECT,
    },
  },
  'org.findMembers': {
    path: `/${ORG}/findMembers`,
    body: { level: 'MEMBER', id: ['user-mem', 'user-bill'], describe: true, limit: 10 },
  },
  'org.invite': {
    path: `/${ORG}/invite`,
    body: {
      invitee: BYSTANDER,
      level: 'MEMBER',
      allowBillableActivities: true,
      projectAccess: 'VIEW',
      appAccess: false,
      dataSearch: true,
      suppressEmailNotification: true,
    },
  },
  'org.setMemberAccess': {
    path: `/${ORG}/setMemberAccess`,
    body: {
      'user-mem': { level: 'MEMBER', projectAccess: 'VIEW', allowBillableActivities: true },
      'user-bill': { level: 'ADMIN' },
    },
  },
  'org.removeMember': {
    path: `/${ORG}/removeMember`,
    body: { user: 'user-mem', revokeProjectPermissions: true, revokeAppPermissions: false },
  },
  'org.findProjects': {
    path: `/${ORG}/findProjects`,
    body: {
      id: [MAIN_PROJECT],
      name: { glob: 'Acme*' },
      tags: { $and: ['wgs'] },
      properties: { cohort: 'A' },
      created: { after: 0, before: NOW },
      region: 'aws:us-east-1',
      containsPHI: false,
      public: false,
      describe: { fields: { name: true } },
      limit: 10,
    },
  },
  'org.findApps': {
    path: `/${ORG}/findApps`,
    body: { name: 'aligner', created: { before: NOW }, describe: true, limit: 10 },
  },
  'org.bulkUpdateProjectLimit': {
    path: `/${ORG}/bulkUpdateProjectLimit`,
    body: { projects: [MAIN_PROJECT], limits: { monthlyComputeLimit: 100, monthlyStorageLimit: null } },
  },
  'org.findAuditEvents': {
    path: `/${ORG}/findAuditEvents`,
    body: { actor: 'user-adm', action: 'org.invite', after: 0, before: NOW, limit: 10 },
  },
  'org.updateBillingInformation': {
    path: `/${ORG}/updateBillingInformation`,
    body: { billingInformation: { ...BILLING_INFORMATION, city: 'Shelbyville' } },
  },
  'org.confirmBillingContact': { path: `/${ORG}/confirmBillingContact`, body: {} },
  'org.requestSpendingLimitChange': {
    path: `/${ORG}/requestSpendingLimitChange`,
    body: { amount: 5000, poNumber: 'PO-7', note: 'Q4 sequencing' },
  },
  'org.usageReport': { path: `/${ORG}/usageReport`, body: { kind: 'perProject', month: '2026-10' } },
  'org.billingSummary': { path: `/${ORG}/billingSummary`, body: { months: 24 } },
  'user.billingSummary': { path: `/user-${CALLER}/billingSummary`, body: { months: 3 } },
  'user.describe': {
    path: `/user-${CALLER}/describe`,
    body: { fields: { email: true }, appsInstalled: true, subscriptions: false },
  },
  'user.update': { path: `/user-${CALLER}/update`, body: { billTo: ORG } },
  'project.describe': { path: `/${MAIN_PROJECT}/describe`, body: { fields: { name: true, permissions: true } } },
  'project.invite': {
    path: `/${MAIN_PROJECT}/invite`,
    body: { invitee: BYSTANDER, level: 'CONTRIBUTE', suppressEmailNotification: true },
  },
  'project.decreasePermissions': {
    path: `/${MAIN_PROJECT}/decreasePermissions`,
    body: { 'user-view': null, 'user-own': 'CONTRIBUTE' },
  },
  'project.update': {
    path: `/${MAIN_PROJECT}/update`,
    body: {
      name: 'Renamed',
      billTo: ORG,
      dataProtectionNotice: true,
      monthlyComputeLimit: 10,
      monthlyEgressBytesLimit: null,
      monthlyStorageLimit: 5,
    },
  },
  'project.listFolder': {
    path: `/${MAIN_PROJECT}/listFolder`,
    body: { folder: '/', describe: false, only: 'folders', includeHidden: false, hasSubfolderFlags: false },
  },
  'project.destroy': { path: `/${MAIN_PROJECT}/destroy`, body: { terminateJobs: true } },
  'project.addTags': { path: `/${MAIN_PROJECT}/addTags`, body: { tags: ['qc-passed', 'wgs'] } },
  'project.removeTags': { path: `/${MAIN_PROJECT}/removeTags`, body: { tags: ['wgs', 'absent'] } },
  'project.setProperties': {
    path: `/${MAIN_PROJECT}/setProperties`,
    body: { properties: { cohort: 'C', batch: '7', gone: null } },
  },
  'app.describe': { path: `/${APP}/describe`, body: { fields: { name: true, version: true } } },
  'app.addDevelopers': { path: `/${APP}/addDevelopers`, body: { developers: [BYSTANDER] } },
  'app.addAuthorizedUsers': { path: `/${APP}/addAuthorizedUsers`, body: { authorizedUsers: ['PUBLIC', BYSTANDER] } },
  'app.listAuthorizedUsers': { path: `/${APP}/listAuthorizedUsers`, body: {} },
  'app.listCategories': { path: `/${APP}/listCategories`, body: {} },
  'app.addTags': { path: `/${APP}/addTags`, body: { tags: ['default', 'stable'] } },
  'applet.new': {
    path: '/applet/new',
    body: {
      project: MAIN_PROJECT,
      name: 'tool',
      folder: '/',
      dxapi: '1.0.0',
      runSpec: { interpreter: 'bash', code: 'echo hi', distribution: 'Ubuntu' },
      inputSpec: [{ name: 'reads', class: 'file' }],
      outputSpec: [],
      title: 'Tool',
      summary: 'Does things',
      nonce: 'n-2',
    },
  },
  'app.new': {
    path: '/app/new',
    body: {
      name: 'fresh_tool',
      version: '1.0.0-beta.1+build.7',
      regionalOptions: { 'aws:us-east-1': { applet: APPLET } },
      billTo: ORG,
      title: 'Fresh tool',
      description: 'What it does',
      nonce: 'n-3',
    },
  },
};

/** The type of a schema refusal: InvalidInput, but the auth server's own type for `/user/new`. */
const refusal = (route: RouteName) => ROUTES.get(route)!.refusesInputAs;

/** Routes whose input is a map keyed by IDs rather than an object with named fields. */
const KEYED_BY_ID = new Set<RouteName>(['org.setMemberAccess', 'project.decreasePermissions']);
/** Routes that take a whole dxapp.json and drop the fields they do not keep, as the platform does. */
const TAKES_DXAPP_JSON = new Set<RouteName>(['applet.new', 'app.new']);

// ---------------------------------------------------------------------------------------
// JSON surgery.

type JsonPath = (string | number)[];
type JsonType = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as JsonType;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every path to a value inside `value` (not the root itself). */
function valuePaths(value: unknown, prefix: JsonPath = []): JsonPath[] {
  const found: JsonPath[] = [];
  if (Array.isArray(value)) {
    value.forEach((item, i) => found.push([...prefix, i], ...valuePaths(item, [...prefix, i])));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value))
      found.push([...prefix, key], ...valuePaths(item, [...prefix, key]));
  }
  return found;
}

/** Every path to an object inside `value`, the root included: where a key can be added. */
function objectPaths(value: unknown, prefix: JsonPath = []): JsonPath[] {
  if (value === null || typeof value !== 'object') return [];
  const found: JsonPath[] = Array.isArray(value) ? [] : [prefix];
  for (const [key, item] of Object.entries(value)) {
    found.push(...objectPaths(item, [...prefix, Array.isArray(value) ? Number(key) : key]));
  }
  return found;
}

function at(value: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}

function replaced(body: unknown, path: JsonPath, replacement: unknown): unknown {
  const copy = clone(body);
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = replacement;
  return copy;
}

/** Adds `key` as an own property, so that even `__proto__` ends up in the JSON text. */
function withKey(body: unknown, path: JsonPath, key: string, value: unknown): unknown {
  const copy = clone(body);
  Object.defineProperty(at(copy, path), key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

// ---------------------------------------------------------------------------------------
// Arbitraries.

const awkwardKey = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '',
    ' ',
    '$and',
    'id',
    'user-',
    'org-',
  ),
);

/** The fields a route's input schema knows at the top: an "unknown field" must be none of them. */
function knownTopFields(schema: unknown): Set<string> {
  if (typeof schema !== 'object' || schema === null) return new Set();
  if ('shape' in schema) return new Set(Object.keys((schema as { shape: object }).shape));
  if ('in' in schema) return knownTopFields((schema as { in: unknown }).in);
  if ('options' in schema) {
    return new Set((schema as { options: unknown[] }).options.flatMap((option) => [...knownTopFields(option)]));
  }
  return new Set();
}

const notJson = fc
  .oneof(
    fc.string(),
    fc.constantFrom(
      '{',
      '}',
      '{"a":}',
      "{'a': 1}",
      '{"a": 1,}',
      'undefined',
      'NaN',
      '[1, 2',
      '{"a": 01}',
      '\uFEFF{}',
      'nul',
      'True',
      '{"a" 1}',
    ),
    fc.tuple(fc.jsonValue(), fc.string({ minLength: 1 })).map(([value, tail]) => JSON.stringify(value) + tail),
  )
  .filter((text) => {
    if (text.trim() === '') return false;
    try {
      JSON.parse(text);
      return false;
    } catch {
      return true;
    }
  });

const wrongContentType = fc
  .oneof(
    fc.constantFrom(
      'text/plain',
      'text/plain; charset=utf-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=xyz',
      'application/xml',
      'text/json',
      'application/jsonp',
      'application/json-patch+json',
      'application/vnd.api+json',
      'text/html',
      'application/octet-stream',
      '*/*',
    ),
    fc.stringMatching(/^[a-z]{1,12}\/[a-z0-9.+-]{1,20}$/),
  )
  .filter((type) => type !== 'application/json');

// ---------------------------------------------------------------------------------------
// Running and judging one call.

interface Tally {
  calls: number;
  validByChance: number;
}
const tallies = new Map<RouteName, Tally>();
const tally = (route: RouteName) => {
  let t = tallies.get(route);
  if (!t) tallies.set(route, (t = { calls: 0, validByChance: 0 }));
  return t;
};

afterAll(() => {
  let calls = 0;
  let valid = 0;
  for (const t of tallies.values()) {
    calls += t.calls;
    valid += t.validByChance;
  }
  const lucky = [...tallies].filter(([, t]) => t.validByChance > 0).map(([route, t]) => `${route} ${t.validByChance}`);
  console.log(
    `bad input: ${calls} calls on ${tallies.size} routes; valid by chance (200): ${valid}${lucky.length ? ` (${lucky.join(', ')})` : ''}`,
  );
});

function send(
  state: State,
  route: RouteName,
  text: string,
  contentType: string | null = 'application/json',
): ApiAnswer {
  tally(route).calls += 1;
  return handleCall(state, { path: EXAMPLES[route].path, token: TOKEN, body: text, contentType, now: NOW });
}

function expectEnvelope(answer: ApiAnswer, context: string): { type: string; message: string } {
  const body = answer.body as { error?: { type?: unknown; message?: unknown } };
  expect(body, context).toEqual({
    error: expect.objectContaining({ type: expect.any(String), message: expect.any(String) }),
  });
  const error = body.error as { type: string; message: string; details?: unknown };
  expect(
    Object.keys(error).every((key) => ['type', 'message', 'details'].includes(key)),
    context,
  ).toBe(true);
  expect(CLIENT_ERRORS.has(error.type), `${context}: unknown error type ${error.type}`).toBe(true);
  expect(error.message.trim().length, `${context}: empty message`).toBeGreaterThan(0);
  expect(answer.status, context).toBe(API_ERROR_STATUS[error.type as keyof typeof API_ERROR_STATUS]);
  expect(answer.status >= 400 && answer.status < 500, context).toBe(true);
  return error;
}

/**
 * The judgement every malformed call gets: never a 500; a refusal is a 4xx envelope and
 * changes nothing; a 200 is only allowed for a body the route's schema accepts.
 * `mustBe` pins the error type where the spec leaves no choice.
 */
function judge(route: RouteName, body: unknown, mustBe?: string): void {
  const state = badInputWorld();
  const before = JSON.stringify(state);
  const text = JSON.stringify(body);
  const answer = send(state, route, text);
  const context = `${route} ${text.slice(0, 400)} → ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`;
  expect(answer.status, context).not.toBe(500);
  if (answer.status === 200 && mustBe === undefined) {
    tally(route).validByChance += 1;
    expect(routeInputs[route].safeParse(body).success, `${context}: 200 for a body the input schema refuses`).toBe(
      true,
    );
    return;
  }
  const error = expectEnvelope(answer, context);
  if (mustBe !== undefined) expect(error.type, context).toBe(mustBe);
  expect(JSON.stringify(state), `${context}: a refused call changed the state`).toBe(before);
}

// ---------------------------------------------------------------------------------------

const ROUTE_NAMES = [...ROUTES.keys()] as RouteName[];

describe('the examples', () => {
  it('cover every route of the route table', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...ROUTE_NAMES].sort());
  });

  it.each(ROUTE_NAMES)('%s: the example is valid and succeeds as the admin', (route) => {
    const answer = send(badInputWorld(), route, JSON.stringify(EXAMPLES[route].body));
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  });
});

describe.each(ROUTE_NAMES)('%s with bad input', (route) => {
  const example = EXAMPLES[route].body;
  const leaves = valuePaths(example);
  const holders = objectPaths(example);

  it(`answers any JSON value with a 4xx envelope (non-objects: ${refusal(route)}), never a 500`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.dictionary(awkwardKey, fc.jsonValue(), { maxKeys: 6 })), (body) => {
        const isObject = body !== null && typeof body === 'object' && !Array.isArray(body);
        judge(route, body, isObject ? undefined : refusal(route));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  // Routes whose example body has no fields (whoami, confirmBillingContact) have nothing to replace.
  if (leaves.length > 0)
    it('answers a field replaced by a value of another type with a 4xx, never a 500', () => {
      const mutation = fc.constantFrom(...(leaves.length ? leaves : [[]])).chain((path) =>
        fc
          .jsonValue({ maxDepth: 2 })
          .filter((value) => jsonType(value) !== jsonType(at(example, path)))
          .map((value) => ({ path, value })),
      );
      fc.assert(
        fc.property(mutation, ({ path, value }) => judge(route, replaced(example, path, value))),
        { numRuns: NUM_RUNS },
      );
    });

  it(`answers an unknown field with ${TAKES_DXAPP_JSON.has(route) ? 'a 4xx or, at the top, by dropping it' : refusal(route)}${KEYED_BY_ID.has(route) ? ' (or an unknown ID key)' : ''}, at the top and nested`, () => {
    const known = knownTopFields(routeInputs[route]);
    const mutation = fc.constantFrom(...holders).chain((path) =>
      fc
        .tuple(awkwardKey, fc.jsonValue({ maxDepth: 2 }))
        .filter(
          ([key]) =>
            !Object.prototype.hasOwnProperty.call(at(example, path), key) && !(path.length === 0 && known.has(key)),
        )
        .map(([key, value]) => ({ path, key, value })),
    );
    fc.assert(
      fc.property(mutation, ({ path, key, value }) => {
        // §6: "unknown fields … → InvalidInput". Nested maps (fields, properties) take any key.
        const strictTop = path.length === 0 && !KEYED_BY_ID.has(route) && !TAKES_DXAPP_JSON.has(route);
        judge(route, withKey(example, path, key, value), strictTop ? refusal(route) : undefined);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it(`answers a "__proto__" key, at the top or nested, with ${refusal(route)}`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...holders), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        judge(route, withKey(example, path, '__proto__', value), refusal(route));
      }),
      { numRuns: FEW_RUNS },
    );
  });

  it('answers a body that is not JSON with MalformedJSON (400)', () => {
    fc.assert(
      fc.property(notJson, (text) => {
        const state = badInputWorld();
        const before = JSON.stringify(state);
        const answer = send(state, route, text);
        const context = `${route} ${JSON.stringify(text).slice(0, 200)} → ${answer.status}`;
        expect(expectEnvelope(answer, context).type, context).toBe('MalformedJSON');
        expect(answer.status, context).toBe(400);
        expect(JSON.stringify(state), context).toBe(before);
      }),
      { numRuns: FEW_RUNS },
    );
  });

  it('answers a valid body sent with another content type with MalformedJSON (400)', () => {
    fc.assert(
      fc.property(wrongContentType, (contentType) => {
        const state = badInputWorld();
        const before = JSON.stringify(state);
        const answer = send(state, route, JSON.stringify(example), contentType);
        const context = `${route} as ${contentType} → ${answer.status}`;
        expect(expectEnvelope(answer, context).type, context).toBe('MalformedJSON');
        expect(JSON.stringify(state), context).toBe(before);
      }),
      { numRuns: FEW_RUNS },
    );
  });
});

describe('pathological bodies', () => {
  const deep = (depth: number, leaf: string) => '['.repeat(depth) + leaf + ']'.repeat(depth);
  const cases: [string, RouteName, string, string?][] = [
    ['a deeply nested array as the whole body', 'org.describe', deep(20_000, '1')],
    ['a deeply nested "starting"', 'org.findMembers', `{"starting": ${deep(20_000, '{}')}}`],
    ['a deeply nested policy value', 'org.update', `{"policies": {"jobReuse": ${deep(20_000, 'true')}}}`],
    [
      'ten thousand unknown keys',
      'org.update',
      JSON.stringify(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]))),
    ],
    [
      'ten thousand non-member keys',
      'org.setMemberAccess',
      JSON.stringify(
        Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`user-u${i}xx`, { level: 'MEMBER' }])),
      ),
    ],
    ['twenty thousand bad IDs', 'org.findMembers', JSON.stringify({ id: Array.from({ length: 20_000 }, (_, i) => i) })],
    [
      'twenty thousand bad entries in a map',
      'project.new',
      JSON.stringify({
        name: 'P',
        properties: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i])),
      }),
    ],
    ['a megabyte of name', 'org.update', JSON.stringify({ name: 'x'.repeat(1 << 20) })],
    ['numbers out of range', 'org.requestSpendingLimitChange', '{"amount": 1e400, "poNumber": "PO"}', 'InvalidInput'],
    [
      'an amount that is zero in cents (§6: amount > 0)',
      'org.requestSpendingLimitChange',
      '{"amount": 0.001, "poNumber": "PO"}',
      'InvalidInput',
    ],
    ['a negative zero limit', 'org.findMembers', '{"limit": -0}'],
    ['an own __proto__ key', 'org.setMemberAccess', '{"__proto__": {"level": "ADMIN"}}', 'InvalidInput'],
    [
      'an own __proto__ key beside a real change',
      'org.setMemberAccess',
      '{"user-mem": {"level": "MEMBER", "projectAccess": "VIEW"}, "__proto__": 1}',
      'InvalidInput',
    ],
    [
      'an own __proto__ key in policies',
      'org.update',
      '{"policies": {"__proto__": {"jobReuse": true}}}',
      'InvalidInput',
    ],
    [
      'an own __proto__ key in a project property map',
      'project.new',
      '{"name": "P", "properties": {"__proto__": 42}}',
      'InvalidInput',
    ],
    ['a broken regular expression', 'org.findProjects', '{"name": {"regexp": "(", "flags": "i"}}'],
    ['duplicate regular expression flags', 'system.findApps', '{"name": {"regexp": "a", "flags": "ii"}}'],
    [
      'a glob over 1000 characters',
      'org.findProjects',
      JSON.stringify({ name: { glob: '*a'.repeat(501) } }),
      'InvalidInput',
    ],
    [
      'a regular expression over 1000 characters',
      'system.findProjects',
      JSON.stringify({ name: { regexp: 'a'.repeat(1001) } }),
      'InvalidInput',
    ],
    [
      'a backreference, which RE2 lacks',
      'org.findProjects',
      JSON.stringify({ name: { regexp: '(a)\\1' } }),
      'InvalidInput',
    ],
    ['a lookahead, which RE2 lacks', 'system.findApps', JSON.stringify({ name: { regexp: 'a(?=b)' } }), 'InvalidInput'],
    ['a lookbehind, which RE2 lacks', 'org.findApps', JSON.stringify({ name: { regexp: '(?<=a)b' } }), 'InvalidInput'],
    [
      'a regular expression whose repetitions compile too large',
      'system.findProjects',
      JSON.stringify({ name: { regexp: '.{1000}'.repeat(6) } }),
      'InvalidInput',
    ],
    ['a window longer than 36 months', 'org.billingSummary', '{"months": 37}', 'InvalidInput'],
    ['a window of no months', 'user.billingSummary', '{"months": 0}', 'InvalidInput'],
    ['a fractional window', 'org.billingSummary', '{"months": 1.5}', 'InvalidInput'],
    ['a made-up "starting"', 'org.findProjects', '{"starting": {"after": "project-x", "query": "0000"}}'],
    ['a folder path that is not absolute', 'project.listFolder', '{"folder": "data"}', 'InvalidInput'],
    [
      'twenty thousand tags, one of them empty',
      'project.addTags',
      JSON.stringify({ tags: [...Array.from({ length: 20_000 }, (_, i) => `t${i}`), ''] }),
      'InvalidInput',
    ],
    ['no tags to remove', 'project.removeTags', '{"tags": []}', 'InvalidInput'],
    ['no properties to set', 'project.setProperties', '{"properties": {}}', 'InvalidInput'],
    ['a property value that is a number', 'project.setProperties', '{"properties": {"a": 1}}', 'InvalidInput'],
    ['an empty "$and" of tags', 'system.findProjects', '{"tags": {"$and": []}}', 'InvalidInput'],
    [
      "a new user without a first or last name (the auth server's own refusal)",
      'user.new',
      '{"username": "newbie", "email": "newbie@example.org"}',
      'InvalidUserInput',
    ],
    [
      'a two-letter username',
      'user.new',
      '{"username": "bu", "email": "bu@example.org", "first": "B"}',
      'InvalidUserInput',
    ],
    [
      'a token lasting over 30 days',
      'user.new',
      JSON.stringify({ username: 'newbie', email: 'newbie@example.org', first: 'N', tokenDuration: 31 * 86_400_000 }),
      'InvalidUserInput',
    ],
  ];
  it.each(cases)('%s: a 4xx envelope, nothing changed', (_label, route, text, mustBe) => {
    const state = badInputWorld();
    const before = JSON.stringify(state);
    const answer = send(state, route, text);
    const context = `${route} ${text.slice(0, 120)} → ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`;
    expect(answer.status, context).not.toBe(500);
    const error = expectEnvelope(answer, context);
    if (mustBe) expect(error.type, context).toBe(mustBe);
    expect(JSON.stringify(state), context).toBe(before);
  });
});
