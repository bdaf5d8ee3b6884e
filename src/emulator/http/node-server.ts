/**
 * `npm run api`: the same MSW handlers behind a plain Node HTTP server. It may listen on
 * `0.0.0.0`, so it refuses what it can before reading a body (no token, too large), bounds
 * how long a request may take, and answers every malformed request with the JSON envelope.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { getResponse } from 'msw';
import type { Emulator } from '../service/emulator';
import { platformOnly } from '../service/platform-only';
import { bearerToken, corsHeaders, createHandlers } from './handlers';

/** Far above any real call (a 5,000-user setMemberAccess is ~200 KiB), small enough to hold in memory. */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const MAX_HEADER_BYTES = 16 * 1024;
/** How long a refused client may go on sending (discarded) before its connection is cut. */
const LINGER_MS = 1_000;
/** The Host header is the client's word, so requests are rebuilt on this fixed origin. */
const BASE_URL = 'http://emulator.invalid';
const ALLOW = 'POST, OPTIONS';

export interface ApiServerOptions {
  /** Serves /emulator/* to requests bearing this token (`Authorization: Bearer …`); without it they are not served. */
  controlToken?: string;
  /** The largest request body, in bytes (413 beyond). Default DEFAULT_MAX_BODY_BYTES (8 MiB). */
  maxBodyBytes?: number;
  /** How long a client may take to send its headers (default 10 s) and its whole request (default 30 s). */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Answer only the platform's public routes and fields, as the platform would (`--platform-only`). */
  platformOnly?: boolean;
}

type Refusal = { status: number; type: string; message: string; headers?: Record<string, string> };

const refusal = (status: number, message: string, headers?: Record<string, string>): Refusal => ({
  status,
  type: status === 401 ? 'InvalidAuthentication' : 'InvalidInput',
  message,
  headers,
});

const errorJson = (type: string, message: string) => Buffer.from(JSON.stringify({ error: { type, message } }));

function describeBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

/** Compares digests so that neither the content nor the length of the token leaks through timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function send(response: ServerResponse, status: number, headers: Headers | Record<string, string>, body: Buffer): void {
  const plain = headers instanceof Headers ? Object.fromEntries(headers.entries()) : headers;
  // Drop any length the handler set (MSW's Response has `content-length`): two of them is a
  // protocol error for Node's HTTP parser (`Duplicate Content-Length`).
  const rest = Object.fromEntries(Object.entries(plain).filter(([name]) => name.toLowerCase() !== 'content-length'));
  response.writeHead(status, { ...rest, 'Content-Length': String(body.length) });
  response.end(body);
}

/** Sends the envelope and ends the connection: whatever body the client still sends is discarded, then cut off. */
function refuse(request: IncomingMessage, response: ServerResponse, { status, type, message, headers }: Refusal): void {
  if (response.headersSent || request.socket.destroyed) return;
  const socket = request.socket;
  response.once('finish', () => setTimeout(() => socket.destroy(), LINGER_MS).unref());
  request.resume();
  const all = {
    ...corsHeaders(request.headers.origin),
    ...headers,
    'Content-Type': 'application/json',
    Connection: 'close',
  };
  send(response, status, all, errorJson(type, message));
}

/** A raw response for a socket whose request Node could not parse (no ServerResponse exists). */
function rawRefusal(status: number, message: string): string {
  const body = errorJson('InvalidInput', message);
  return (
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.toString()}`
  );
}

/** Node's parser errors worth their own status; any other is a 400. */
const CLIENT_ERRORS: Record<string, [status: number, message: string]> = {
  HPE_HEADER_OVERFLOW: [431, `The request's headers exceed ${MAX_HEADER_BYTES / 1024} KiB`],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, 'The chunk extensions of the request body are too large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request was not received in time'],
};

function onClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const [status, message] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'The request is not valid HTTP/1.1'];
  socket.end(rawRefusal(status, message), () => socket.destroy());
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}

/** The body; 'too large' once it grows past `limit` (reading stops there); 'gone' if the client left. */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | 'too large' | 'gone'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: Buffer | 'too large' | 'gone') => {
      request.off('data', onData).off('end', onEnd).off('close', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) done('too large');
      else chunks.push(chunk);
    };
    const onEnd = () => done(Buffer.concat(chunks));
    const onClose = () => done('gone');
    request.on('data', onData).on('end', onEnd).on('close', onClose);
  });
}

function toFetchRequest(request: IncomingMessage, body: Buffer | undefined): Request | null {
  try {
    return new Request(new URL(request.url ?? '/', BASE_URL), {
      method: request.method,
      headers: Object.entries(request.headers).flatMap(([name, value]) =>
        value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value] as [string, string]],
      ),
      body: body === undefined ? undefined : new Uint8Array(body),
    });
  } catch {
    return null;
  }
}

export function createApiServer(emulator: Emulator, options: ApiServerOptions = {}): Server {
  const { controlToken } = options;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const headersTimeout = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  const requestTimeout = Math.max(options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, headersTimeout);
  const tooLarge = refusal(413, `The request body exceeds the limit of ${describeBytes(maxBodyBytes)}`);

  const isControlToken = (token: string | null) =>
    controlToken !== undefined && token !== null && sameSecret(token, controlToken);
  const service = options.platformOnly ? platformOnly(emulator) : emulator;
  const handlers = createHandlers(service, '', {
    controls: (request) => isControlToken(bearerToken(request.headers.get('authorization'))),
  });

  /** What can be refused from the request line and headers alone. */
  function refusalBeforeBody(request: IncomingMessage): Refusal | null {
    const hosts = request.rawHeaders.filter((field, index) => index % 2 === 0 && field.toLowerCase() === 'host').length;
    if (hosts > 1 || (hosts === 0 && request.httpVersion === '1.1'))
      return refusal(400, 'The request needs exactly one Host header');
    if (request.method !== 'POST' && request.method !== 'OPTIONS') {
      return refusal(405, `The API takes POST /<subject>/<method>, not ${request.method}`, { Allow: ALLOW });
    }
    if (!request.url?.startsWith('/') || request.url.startsWith('//')) {
      return refusal(400, 'The request target must be a path: /<subject>/<method>');
    }
    if (request.method === 'OPTIONS') return null;
    const token = bearerToken(request.headers.authorization);
    if (!token) return refusal(401, 'No authentication token was given');
    if (!emulator.knowsToken(token) && !isControlToken(token))
      return refusal(401, 'The authentication token is not valid');
    if (Number(request.headers['content-length'] ?? 0) > maxBodyBytes) return tooLarge;
    return null;
  }

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const early = refusalBeforeBody(request);
    if (early) return refuse(request, response, early);
    if (request.httpVersion === '1.1' && request.headers.expect?.toLowerCase() === '100-continue')
      response.writeContinue();

    const body = request.method === 'POST' ? await readBody(request, maxBodyBytes) : undefined;
    if (body === 'gone') return;
    if (body === 'too large') return refuse(request, response, tooLarge);
    const fetchRequest = toFetchRequest(request, body);
    if (!fetchRequest) return refuse(request, response, refusal(400, 'The request line or headers cannot be read'));
    const handled = await getResponse(handlers, fetchRequest);
    if (!handled)
      return refuse(request, response, refusal(405, 'The API takes POST /<subject>/<method>', { Allow: ALLOW }));
    send(response, handled.status, handled.headers, Buffer.from(await handled.arrayBuffer()));
  }

  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    answer(request, response).catch((error: unknown) => {
      // The details (paths, stacks) go to the operator's terminal, not to the client.
      process.stderr.write(
        `org API emulator: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      if (request.socket.destroyed || response.headersSent) return;
      const failure = {
        status: 500,
        type: 'InternalError',
        message: 'The emulator failed; the details are in its log',
      };
      refuse(request, response, failure);
    });
  };

  const server = createServer(
    {
      headersTimeout,
      requestTimeout,
      connectionsCheckingInterval: Math.min(1_000, headersTimeout),
      maxHeaderSize: MAX_HEADER_BYTES,
      requireHostHeader: false, // checked above, to answer with the envelope
    },
    onRequest,
  );
  // With this listener, `Expect: 100-continue` requests come here first: the 100 is only
  // sent once the token and the announced length are accepted.
  server.on('checkContinue', onRequest);
  server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) =>
    refuse(request, response, refusal(417, 'The only expectation supported is 100-continue')),
  );
  server.on('connect', (_request: IncomingMessage, socket: Duplex) => {
    socket.end(rawRefusal(405, 'The API takes POST /<subject>/<method>, not CONNECT'), () => socket.destroy());
  });
  server.on('clientError', onClientError);
  return server;
}
