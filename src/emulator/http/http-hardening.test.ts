// @vitest-environment node
/**
 * The Node server's HTTP face under hostile or broken clients, over real HTTP: the server
 * runs in-process on a free port; raw sockets send what fetch will not (bad request lines,
 * TRACE, odd Host headers, announced bodies that never come).
 */
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import type { Server } from 'node:http';
import { getResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { Emulator } from '../service/emulator';
import { createHandlers } from './handlers';
import { createApiServer, DEFAULT_MAX_BODY_BYTES, type ApiServerOptions } from './node-server';

const ALICE = 'demo-token-alice';
const CONTROL_TOKEN = 'control-token-for-tests-0123456789abcdef';
const EVIL = 'https://evil.example';
const RENAMED = 'Acme Genomics (renamed before the attack)';

let server: Server | null = null;
let base = '';
let port = 0;

async function start(options: ApiServerOptions = {}): Promise<void> {
  server = createApiServer(await Emulator.open({ scenario: 'demo' }), options);
  await new Promise<void>((ready) => server!.listen(0, '127.0.0.1', ready));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
}

afterEach(async () => {
  if (!server) return;
  const closing = server;
  server = null;
  closing.closeAllConnections();
  await new Promise((done) => closing.close(done));
});

function post(
  path: string,
  body: string | Uint8Array<ArrayBuffer>,
  headers: Record<string, string>,
): Promise<Response> {
  return fetch(`${base}${path}`, { method: 'POST', headers, body });
}

function asAlice(path: string, input: unknown = {}): Promise<Response> {
  return post(path, JSON.stringify(input), { Authorization: `Bearer ${ALICE}`, 'Content-Type': 'application/json' });
}

async function acmeName(): Promise<string> {
  const response = await asAlice('/org-acme/describe');
  expect(response.status).toBe(200);
  return ((await response.json()) as { name: string }).name;
}

interface Envelope {
  type: string;
  message: string;
}

/** Checks what every error must be: JSON with a true length, the envelope, no server path or stack. */
function envelopeOf(contentType: string | null, contentLength: string | null, bytes: Buffer): Envelope {
  expect(contentType).toMatch(/^application\/json\b/);
  expect(contentLength).toBe(String(bytes.length));
  const { error } = JSON.parse(bytes.toString('utf8')) as { error: Envelope };
  expect(typeof error.type).toBe('string');
  expect(error.message).not.toMatch(/\/(work|src|home|tmp)\/|\.ts\b|\n\s+at /);
  return error;
}

async function errorOf(response: Response): Promise<Envelope> {
  const bytes = Buffer.from(await response.arrayBuffer());
  return envelopeOf(response.headers.get('content-type'), response.headers.get('content-length'), bytes);
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Splits what a raw socket received into responses (a 100 Continue, then the answer). */
function parseResponses(received: Buffer): RawResponse[] {
  const responses: RawResponse[] = [];
  let rest = received;
  while (rest.length > 0) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) break;
    const [statusLine, ...fields] = rest.subarray(0, end).toString('latin1').split('\r\n');
    const headers = Object.fromEntries(
      fields.map((field) => [
        field.slice(0, field.indexOf(':')).toLowerCase(),
        field.slice(field.indexOf(':') + 1).trim(),
      ]),
    );
    const length = Number(headers['content-length'] ?? 0);
    const body = rest.subarray(end + 4, end + 4 + length);
    responses.push({ status: Number(/^HTTP\/1\.1 (\d{3}) /.exec(statusLine!)?.[1]), headers, body });
    rest = rest.subarray(end + 4 + length);
  }
  return responses;
}

/** A raw connection: what it wrote is up to the test; `closed` resolves with all it received once the server hangs up. */
function rawConnection() {
  const socket = connect(port, '127.0.0.1');
  const chunks: Buffer[] = [];
  const waiting: (() => void)[] = [];
  socket.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    for (const check of waiting) check();
  });
  socket.on('error', () => undefined); // a reset after the answer changes nothing here
  const received = () => Buffer.concat(chunks);
  return {
    write: (data: string | Buffer) => socket.write(typeof data === 'string' ? Buffer.from(data, 'latin1') : data),
    /** Resolves once what was received matches `pattern`. */
    until: (pattern: RegExp) =>
      new Promise<void>((done) => {
        const check = () => pattern.test(received().toString('latin1')) && done();
        waiting.push(check);
        check();
      }),
    closed: new Promise<RawResponse[]>((done) => socket.on('close', () => done(parseResponses(received())))),
  };
}

/** Sends `request` as is and answers the one response, after checking the server closed the connection. */
async function rawExchange(request: string | Buffer): Promise<RawResponse & { error: Envelope }> {
  const connection = rawConnection();
  connection.write(request);
  const responses = await connection.closed;
  expect(responses).toHaveLength(1);
  const response = responses[0]!;
  return {
    ...response,
    error: envelopeOf(response.headers['content-type']!, response.headers['content-length']!, response.body),
  };
}

describe('the emulator controls on the Node server', () => {
  it('are not served without a control token: a reset from another origin changes nothing, demoUsers hands out no token', async () => {
    await start();
    expect((await asAlice('/org-acme/update', { name: RENAMED })).status).toBe(200);

    const evilReset = await post('/emulator/reset', 'x', { 'Content-Type': 'text/plain', Origin: EVIL });
    expect(evilReset.status).toBe(401);
    expect((await errorOf(evilReset)).type).toBe('InvalidAuthentication');

    // Even a signed-in caller reaches the API, where `emulator` is an unknown subject.
    const aliceReset = await asAlice('/emulator/reset');
    expect(aliceReset.status).toBe(404);
    expect((await errorOf(aliceReset)).type).toBe('ResourceNotFound');

    const demoUsers = await post('/emulator/demoUsers', '{}', { 'Content-Type': 'application/json' });
    expect(demoUsers.status).toBe(401);
    const text = await demoUsers.text();
    expect(text).not.toContain('demo-token');
    expect((await asAlice('/emulator/demoUsers')).status).toBe(404);
    expect((await asAlice('/emulator/issueToken', { userId: 'user-bob' })).status).toBe(404);

    expect(await acmeName()).toBe(RENAMED);
  });

  it('with a control token, are served only to its bearer', async () => {
    await start({ controlToken: CONTROL_TOKEN });
    expect((await asAlice('/org-acme/update', { name: RENAMED })).status).toBe(200);
    const asControl = (path: string, token: string) =>
      post(path, '{}', { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Origin: EVIL });

    const guessed = await asControl('/emulator/reset', `${CONTROL_TOKEN}0`);
    expect(guessed.status).toBe(401);
    expect((await errorOf(guessed)).type).toBe('InvalidAuthentication');
    expect((await asControl('/emulator/reset', ALICE)).status).toBe(404);
    expect(await acmeName()).toBe(RENAMED);

    const demoUsers = await asControl('/emulator/demoUsers', CONTROL_TOKEN);
    expect(demoUsers.status).toBe(200);
    expect(((await demoUsers.json()) as { users: { token: string }[] }).users.map((user) => user.token)).toContain(
      ALICE,
    );

    const reset = await asControl('/emulator/reset', CONTROL_TOKEN);
    expect(reset.status).toBe(200);
    expect(await acmeName()).not.toBe(RENAMED);
  });
});

describe('refusals before the body is read', () => {
  it('answers 401 at once to a POST announcing 100 MB without a known token, and hangs up without reading it', async () => {
    await start();
    for (const authorization of ['', `Authorization: Bearer not-a-token\r\n`]) {
      const connection = rawConnection();
      connection.write(
        `POST /org-acme/update HTTP/1.1\r\nHost: localhost\r\n${authorization}Origin: ${EVIL}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${100 * 1024 * 1024}\r\n\r\n{"na`,
      );
      // Only 4 of the announced bytes were sent, and the socket is left open: the answer and
      // the hang-up come from the server.
      const [response, ...more] = await connection.closed;
      expect(more).toEqual([]);
      expect(response!.status).toBe(401);
      expect(response!.headers.connection).toBe('close');
      expect(response!.headers['access-control-allow-origin']).toBe(EVIL);
      const error = envelopeOf(
        response!.headers['content-type']!,
        response!.headers['content-length']!,
        response!.body,
      );
      expect(error.type).toBe('InvalidAuthentication');
    }
  });

  it('answers 413 to a body announced over the limit (8 MiB by default), before reading it', async () => {
    expect(DEFAULT_MAX_BODY_BYTES).toBe(8 * 1024 * 1024);
    await start();
    const connection = rawConnection();
    connection.write(
      `POST /org-acme/update HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${ALICE}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${DEFAULT_MAX_BODY_BYTES + 1}\r\n\r\n{`,
    );
    const [response] = await connection.closed;
    expect(response!.status).toBe(413);
    const error = envelopeOf(response!.headers['content-type']!, response!.headers['content-length']!, response!.body);
    expect(error).toMatchObject({ type: 'InvalidInput', message: expect.stringContaining('8 MiB') as unknown });
  });

  it('answers 413 to a chunked body once it passes the limit, without waiting for its end, and changes nothing', async () => {
    await start({ maxBodyBytes: 1000 });
    const before = await acmeName();
    const connection = rawConnection();
    const chunk = (text: string) => `${text.length.toString(16)}\r\n${text}\r\n`;
    connection.write(
      `POST /org-acme/update HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${ALICE}\r\n` +
        `Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n` +
        chunk(`{"name": "${'x'.repeat(600)}`) +
        chunk(`${'y'.repeat(600)}`),
    );
    // No final chunk is ever sent.
    const [response] = await connection.closed;
    expect(response!.status).toBe(413);
    const error = envelopeOf(response!.headers['content-type']!, response!.headers['content-length']!, response!.body);
    expect(error).toMatchObject({ type: 'InvalidInput', message: expect.stringContaining('1000 bytes') as unknown });
    expect(await acmeName()).toBe(before);

    const atTheLimit = JSON.stringify({ name: RENAMED }).padEnd(1000, ' ');
    const accepted = await post('/org-acme/update', atTheLimit, {
      Authorization: `Bearer ${ALICE}`,
      'Content-Type': 'application/json',
    });
    expect(accepted.status).toBe(200);
    expect(await acmeName()).toBe(RENAMED);
  });

  it('sends 100 Continue only once the token is known', async () => {
    await start();
    const head = (token: string) =>
      `POST /system/whoami HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${token}\r\n` +
      'Content-Type: application/json\r\nContent-Length: 2\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n';

    const refused = rawConnection();
    refused.write(head('not-a-token'));
    const refusedResponses = await refused.closed;
    expect(refusedResponses.map((response) => response.status)).toEqual([401]);

    const accepted = rawConnection();
    accepted.write(head(ALICE));
    await accepted.until(/^HTTP\/1\.1 100 /);
    accepted.write('{}');
    const acceptedResponses = await accepted.closed;
    expect(acceptedResponses.map((response) => response.status)).toEqual([100, 200]);
    expect(JSON.parse(acceptedResponses[1]!.body.toString())).toEqual({ id: 'user-alice' });
  });
});

describe('malformed requests get a 4xx envelope', () => {
  it('answers every method but POST and OPTIONS with 405 and Allow: POST, OPTIONS', async () => {
    await start();
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH', 'TRACE']) {
      const response = await rawExchange(
        `${method} /system/whoami HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${ALICE}\r\n\r\n`,
      );
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe('POST, OPTIONS');
      expect(response.error.type).toBe('InvalidInput');
    }
    const connect = await rawExchange('CONNECT localhost:443 HTTP/1.1\r\nHost: localhost:443\r\n\r\n');
    expect(connect.status).toBe(405);
    expect(connect.error.type).toBe('InvalidInput');
  });

  it('does not build URLs from the Host header: a malformed one still gets its answer', async () => {
    await start();
    for (const host of ['exa mple', '[::1', 'a:b:c', '%']) {
      const connection = rawConnection();
      connection.write(
        `POST /system/whoami HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${ALICE}\r\n` +
          'Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
      );
      const [response] = await connection.closed;
      expect(response!.status, host).toBe(200);
      expect(JSON.parse(response!.body.toString())).toEqual({ id: 'user-alice' });
    }
  });

  it('answers 400 to an HTTP/1.1 request with no Host or two of them, and to a target that is not a path', async () => {
    await start();
    const whoami = (target: string, hosts: string) =>
      rawExchange(`POST ${target} HTTP/1.1\r\n${hosts}Authorization: Bearer ${ALICE}\r\nContent-Length: 0\r\n\r\n`);
    for (const response of [
      await whoami('/system/whoami', ''),
      await whoami('/system/whoami', 'Host: a\r\nHost: b\r\n'),
      await whoami('*', 'Host: localhost\r\n'),
    ]) {
      expect(response.status).toBe(400);
      expect(response.error.type).toBe('InvalidInput');
    }
  });

  it('answers a broken request line and conflicting length headers with a raw 400 envelope', async () => {
    await start();
    for (const request of [
      'GARBAGE\r\n\r\n',
      'POST /a b HTTP/1.1\r\nHost: localhost\r\n\r\n',
      'POST /system/whoami HTTP/9.9 extra\r\nHost: localhost\r\n\r\n',
      `POST /system/whoami HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${ALICE}\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
      `POST /system/whoami HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${ALICE}\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}`,
      `POST /system/whoami HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${ALICE}\r\nContent-Length: -1\r\n\r\n`,
    ]) {
      const response = await rawExchange(request);
      expect(response.status, JSON.stringify(request)).toBe(400);
      expect(response.error.type).toBe('InvalidInput');
    }
  });

  it('answers headers over 16 KiB with 431', async () => {
    await start();
    const response = await rawExchange(
      `POST /system/whoami HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'p'.repeat(20_000)}\r\n\r\n`,
    );
    expect(response.status).toBe(431);
    expect(response.error.type).toBe('InvalidInput');
  });

  it('answers a body that is not UTF-8 with 400 MalformedJSON and changes nothing', async () => {
    await start();
    const before = await acmeName();
    const invalid = Buffer.concat([Buffer.from('{"name": "Acme '), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const response = await post('/org-acme/update', new Uint8Array(invalid), {
      Authorization: `Bearer ${ALICE}`,
      'Content-Type': 'application/json',
    });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).type).toBe('MalformedJSON');
    expect(await acmeName()).toBe(before);
  });

  it('answers 408 and hangs up on a client that never finishes its headers, or its body', async () => {
    await start({ headersTimeoutMs: 200, requestTimeoutMs: 400 });
    const headers = rawConnection();
    headers.write('POST /system/whoami HTTP/1.1\r\nHost: localhost\r\n');
    const body = rawConnection();
    body.write(
      `POST /system/whoami HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${ALICE}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 10\r\n\r\n{',
    );
    for (const connection of [headers, body]) {
      const [response] = await connection.closed;
      expect(response!.status).toBe(408);
      const error = envelopeOf(
        response!.headers['content-type']!,
        response!.headers['content-length']!,
        response!.body,
      );
      expect(error.type).toBe('InvalidInput');
    }
  });

  it('keeps CORS preflights, Origin echo and keep-alive for well-formed requests', async () => {
    await start();
    const preflight = await fetch(`${base}/org-acme/describe`, {
      method: 'OPTIONS',
      headers: {
        Origin: EVIL,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(EVIL);

    const connection = rawConnection();
    const whoami = (close: boolean) =>
      `POST /system/whoami HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${ALICE}\r\nOrigin: ${EVIL}\r\n` +
      `Content-Type: application/json\r\nContent-Length: 2\r\n${close ? 'Connection: close\r\n' : ''}\r\n{}`;
    connection.write(whoami(false));
    await connection.until(/"user-alice"/);
    connection.write(whoami(true));
    const responses = await connection.closed;
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    expect(responses[0]!.headers['access-control-allow-origin']).toBe(EVIL);
  });
});

describe("the browser worker's handlers", () => {
  it('keep the controls open (the sign-in list needs them) and refuse a body that is not UTF-8', async () => {
    const handlers = createHandlers(await Emulator.open({ scenario: 'demo' }), '/api', { controls: 'open' });
    const demoUsers = await getResponse(
      handlers,
      new Request('http://console.example/api/emulator/demoUsers', { method: 'POST', body: '{}' }),
    );
    expect(demoUsers?.status).toBe(200);

    const invalid = new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]);
    const answer = await getResponse(
      handlers,
      new Request('http://console.example/api/system/whoami', {
        method: 'POST',
        headers: { Authorization: `Bearer ${ALICE}`, 'Content-Type': 'application/json' },
        body: invalid,
      }),
    );
    expect(answer?.status).toBe(400);
    expect(((await answer!.json()) as { error: Envelope }).error.type).toBe('MalformedJSON');
  });
});
