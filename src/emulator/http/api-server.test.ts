// @vitest-environment node
/**
 * `npm run api` over real HTTP, as its own process, then restarted on the same data file
 * to show that a mutation survives.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, stopApi, type ApiProcess } from '../testing/api-process';

const ALICE = 'demo-token-alice';
const ORIGIN = 'http://console.example:5173';

let dataDir = '';
let dataFile = '';
let running: ApiProcess | null = null;

const start = () => startApi(['--data', dataFile]);
const stop = stopApi;

function post(path: string, body: string | undefined, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${running!.url}${path}`, { method: 'POST', headers, body });
}

function asAlice(path: string, input: unknown = {}, headers: Record<string, string> = {}): Promise<Response> {
  return post(path, JSON.stringify(input), {
    Authorization: `Bearer ${ALICE}`,
    'Content-Type': 'application/json',
    ...headers,
  });
}

/** The body as JSON, after checking the content type and that Content-Length matches the bytes. */
async function jsonOf(response: Response): Promise<unknown> {
  expect(response.headers.get('content-type')).toMatch(/^application\/json\b/);
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(response.headers.get('content-length')).toBe(String(bytes.length));
  return JSON.parse(bytes.toString('utf8')) as unknown;
}

async function errorOf(response: Response): Promise<{ type: string; message: string }> {
  const body = (await jsonOf(response)) as { error: { type: string; message: string } };
  expect(typeof body.error.message).toBe('string');
  return body.error;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'org-api-'));
  dataFile = join(dataDir, 'state.sqlite');
  running = await start();
}, 15_000);

afterAll(async () => {
  if (running) await stop(running);
  running = null;
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('npm run api over HTTP', () => {
  it('prints a real port for --port 0', () => {
    expect(running!.url).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*$/);
  });

  it('answers every success with application/json and a correct Content-Length', async () => {
    const whoami = await asAlice('/system/whoami');
    expect(whoami.status).toBe(200);
    expect(await jsonOf(whoami)).toEqual({ id: 'user-alice' });

    const describeOrg = await asAlice('/org-acme/describe');
    expect(describeOrg.status).toBe(200);
    expect(await jsonOf(describeOrg)).toMatchObject({ id: 'org-acme', class: 'org' });

    const members = await asAlice('/org-acme/findMembers', { limit: 3 });
    expect(members.status).toBe(200);
    const page = (await jsonOf(members)) as { results: unknown[]; next: unknown };
    expect(page.results).toHaveLength(3);
    expect(page).toHaveProperty('next');

    // Non-ASCII content: the length is in bytes, not characters.
    const emptyFind = await asAlice('/org-acme/findProjects', { name: { glob: 'ünïcødé*' } });
    expect(emptyFind.status).toBe(200);
    expect(await jsonOf(emptyFind)).toEqual({ results: [], next: null });
  });

  it('answers a CORS preflight with 204, echoing the origin and the requested headers', async () => {
    const response = await fetch(`${running!.url}/org-acme/describe`, {
      method: 'OPTIONS',
      headers: {
        Origin: ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type, x-custom',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization, content-type, x-custom');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(await response.text()).toBe('');
  });

  it('echoes the Origin on a POST, and on an error', async () => {
    const response = await asAlice('/system/whoami', {}, { Origin: ORIGIN });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    await jsonOf(response);

    const denied = await post('/system/whoami', '{}', { Origin: ORIGIN, 'Content-Type': 'application/json' });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });

  it('answers 401 InvalidAuthentication without a token or with an unknown one', async () => {
    const missing = await post('/system/whoami', '{}', { 'Content-Type': 'application/json' });
    expect(missing.status).toBe(401);
    expect((await errorOf(missing)).type).toBe('InvalidAuthentication');

    const unknown = await post('/system/whoami', '{}', {
      'Content-Type': 'application/json',
      Authorization: 'Bearer nope',
    });
    expect(unknown.status).toBe(401);
    expect((await errorOf(unknown)).type).toBe('InvalidAuthentication');
  });

  it('answers 400 MalformedJSON for a broken body and for a text/plain body', async () => {
    const broken = await post('/system/whoami', '{"limit": ', {
      Authorization: `Bearer ${ALICE}`,
      'Content-Type': 'application/json',
    });
    expect(broken.status).toBe(400);
    expect((await errorOf(broken)).type).toBe('MalformedJSON');

    const text = await post('/system/whoami', '{}', { Authorization: `Bearer ${ALICE}`, 'Content-Type': 'text/plain' });
    expect(text.status).toBe(400);
    expect((await errorOf(text)).type).toBe('MalformedJSON');
  });

  it('keeps a mutation across a restart on the same data file, a database only its owner may read', async () => {
    const renamed = await asAlice('/org-acme/update', { name: 'Acme Genomics (renamed over HTTP)' });
    expect(renamed.status).toBe(200);
    expect(await jsonOf(renamed)).toEqual({ id: 'org-acme' });

    const invited = await asAlice('/org-acme/invite', { invitee: 'user-dave', level: 'MEMBER' });
    expect(invited.status).toBe(200);
    await jsonOf(invited);

    const first = running!;
    running = null;
    expect(await stop(first)).toBe(0);

    const db = new Database(dataFile, { readonly: true });
    const row = db.prepare("SELECT value FROM records WHERE kind = 'orgs' AND id = 'org-acme'").get() as {
      value: string;
    };
    db.close();
    expect(JSON.parse(row.value)).toMatchObject({ name: 'Acme Genomics (renamed over HTTP)' });
    for (const name of await readdir(dataDir)) expect((await stat(join(dataDir, name))).mode & 0o777, name).toBe(0o600);

    running = await start();
    expect(running.url).not.toBe('');
    const described = await asAlice('/org-acme/describe');
    expect(described.status).toBe(200);
    expect(await jsonOf(described)).toMatchObject({ id: 'org-acme', name: 'Acme Genomics (renamed over HTTP)' });

    const dave = await asAlice('/org-acme/findMembers', { id: ['user-dave'] });
    expect(dave.status).toBe(200);
    expect(await jsonOf(dave)).toMatchObject({ results: [{ id: 'user-dave', level: 'MEMBER' }], next: null });
  }, 15_000);
});

describe('npm run api bound to an address others can reach', () => {
  it("replaces the demo people's fixed tokens with random ones, prints them, and refuses the fixed ones", async () => {
    const exposed = await startApi(['--host', '0.0.0.0']);
    try {
      const url = exposed.url.replace('0.0.0.0', '127.0.0.1');
      const printed = /user-alice\s+([0-9a-f]{64})\s/.exec(exposed.output())?.[1];
      expect(printed, exposed.output()).toBeDefined();
      expect(exposed.output()).not.toContain('demo-token-');
      const fixed = await fetch(`${url}/system/whoami`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${ALICE}` },
      });
      expect(fixed.status).toBe(401);
      const random = await fetch(`${url}/system/whoami`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${printed}` },
      });
      expect(await random.json()).toEqual({ id: 'user-alice' });
    } finally {
      await stopApi(exposed);
    }
  }, 30_000);
});
