/** `npm run api`: the same MSW handlers behind a plain Node HTTP server. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import type { Emulator } from '../store/emulator';
import { createHandlers } from './handlers';

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, status: number, headers: Headers | Record<string, string>, body: Buffer): void {
  const plain = headers instanceof Headers ? Object.fromEntries(headers.entries()) : headers;
  // Drop any length the handler set (MSW's Response has `content-length`): two of them is a
  // protocol error for Node's HTTP parser (`Duplicate Content-Length`).
  const rest = Object.fromEntries(Object.entries(plain).filter(([name]) => name.toLowerCase() !== 'content-length'));
  response.writeHead(status, { ...rest, 'Content-Length': String(body.length) });
  response.end(body);
}

const errorJson = (type: string, message: string) => Buffer.from(JSON.stringify({ error: { type, message } }));

export function createApiServer(emulator: Emulator): Server {
  const handlers = createHandlers(emulator);
  return createServer((request, response) => {
    void (async () => {
      try {
        const url = new URL(request.url ?? '/', `http://${request.headers.host ?? '127.0.0.1'}`);
        const body = await readBody(request);
        const fetchRequest = new Request(url, {
          method: request.method ?? 'GET',
          headers: Object.entries(request.headers).flatMap(([name, value]) =>
            value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value] as [string, string]],
          ),
          body: request.method === 'GET' || request.method === 'HEAD' ? undefined : new Uint8Array(body),
        });
        const answer = await getResponse(handlers, fetchRequest);
        if (answer) {
          send(response, answer.status, answer.headers, Buffer.from(await answer.arrayBuffer()));
        } else {
          const headers = { 'Content-Type': 'application/json', Allow: 'POST, OPTIONS' };
          send(response, 405, headers, errorJson('InvalidInput', `The API takes POST /<subject>/<method>; got ${request.method} ${url.pathname}`));
        }
      } catch (error) {
        send(response, 500, { 'Content-Type': 'application/json' }, errorJson('InternalError', (error as Error).message));
      }
    })();
  });
}
