/**
 * The emulator's HTTP face as MSW handlers: the same in the browser (service worker)
 * and in Node (`npm run api`). They only translate HTTP to an ApiCall and back.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { EmulatorService, JsonAnswer } from '../service/emulator-service';
import { SCENARIOS, type Scenario } from '../seed';

export interface HandlerOptions {
  /**
   * Who may use the emulator's own routes (/emulator/demoUsers and /emulator/issueToken
   * hand out tokens, /emulator/reset wipes the state): `'open'` for everyone, or a test
   * on the request. By default nobody: those paths then reach the API like any unknown
   * subject.
   */
  controls?: 'open' | ((request: Request) => boolean);
}

export function corsHeaders(origin: string | null | undefined): Record<string, string> {
  return origin ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : {};
}

export function bearerToken(authorization: string | null | undefined): string | null {
  const match = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
  return match?.[1]?.trim() || null;
}

function jsonText(request: Request, answer: JsonAnswer): Response {
  return new HttpResponse(answer.json, {
    status: answer.status,
    headers: { 'Content-Type': 'application/json', ...corsHeaders(request.headers.get('origin')) },
  });
}

function json(request: Request, body: unknown, status = 200): Response {
  return HttpResponse.json(body as Record<string, unknown>, {
    status,
    headers: corsHeaders(request.headers.get('origin')),
  });
}

const malformed = (message: string) => ({ error: { type: 'MalformedJSON', message } });

/**
 * The body as text, or null when it is not UTF-8. `request.text()` would silently turn
 * bad bytes into U+FFFD and let them into names and IDs.
 */
async function bodyText(request: Request): Promise<string | null> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await request.arrayBuffer());
  } catch {
    return null;
  }
}

const NOT_UTF8 = 'The request body is not valid UTF-8';

const invalidInput = (message: string) => ({ error: { type: 'InvalidInput', message } });

/** A control route's body: `{}` when empty, else a JSON object or null. */
async function jsonBody(
  request: Request,
): Promise<{ value: Record<string, unknown> | null } | ReturnType<typeof malformed>> {
  const text = await bodyText(request);
  if (text === null) return malformed(NOT_UTF8);
  if (text.trim() === '') return { value: {} };
  try {
    const value: unknown = JSON.parse(text);
    return { value: typeof value === 'object' ? (value as Record<string, unknown> | null) : null };
  } catch {
    return malformed('The request body is not valid JSON');
  }
}

/** `prefix` is where the API lives on its origin: `/api` in the browser, `` for the server. */
export function createHandlers(emulator: EmulatorService, prefix = '', options: HandlerOptions = {}): HttpHandler[] {
  const apiPath = (request: Request) => new URL(request.url).pathname.slice(prefix.length);
  const { controls } = options;
  const controlsAllowed = (request: Request) => controls === 'open' || (controls?.(request) ?? false);

  return [
    http.options(`*${prefix}/*`, ({ request }) => {
      return new HttpResponse(null, {
        status: 204,
        headers: {
          ...corsHeaders(request.headers.get('origin')),
          'Access-Control-Allow-Methods': 'POST, OPTIONS',
          'Access-Control-Allow-Headers':
            request.headers.get('access-control-request-headers') ?? 'authorization, content-type',
          'Access-Control-Max-Age': '600',
        },
      });
    }),
    // Emulator controls, not part of the platform API (docs/decisions.md). Returning nothing
    // hands the request to the API handler below.
    http.post(`*${prefix}/emulator/demoUsers`, async ({ request }) => {
      if (!controlsAllowed(request)) return undefined;
      return json(request, await emulator.demoUsers());
    }),
    http.post(`*${prefix}/emulator/reset`, async ({ request }) => {
      if (!controlsAllowed(request)) return undefined;
      const body = await jsonBody(request);
      if ('error' in body) return json(request, body, 400);
      const scenario = body.value?.scenario;
      if (scenario !== undefined && !SCENARIOS.includes(scenario as Scenario)) {
        return json(request, invalidInput(`scenario must be one of ${SCENARIOS.join(', ')}`), 422);
      }
      await emulator.reset(scenario as Scenario | undefined);
      return json(request, {});
    }),
    http.post(`*${prefix}/emulator/issueToken`, async ({ request }) => {
      if (!controlsAllowed(request)) return undefined;
      const body = await jsonBody(request);
      if ('error' in body) return json(request, body, 400);
      const userId = body.value?.userId;
      if (typeof userId !== 'string') return json(request, invalidInput('userId must be a user ID'), 422);
      const token = await emulator.issueToken(userId);
      if (token === null)
        return json(request, { error: { type: 'ResourceNotFound', message: `${userId} does not exist` } }, 404);
      return json(request, { id: userId, token });
    }),
    http.post(`*${prefix}/*`, async ({ request }) => {
      const body = await bodyText(request);
      if (body === null) return json(request, malformed(NOT_UTF8), 400);
      const answer = await emulator.respond({
        path: apiPath(request),
        token: bearerToken(request.headers.get('authorization')),
        body,
        contentType: request.headers.get('content-type'),
      });
      return jsonText(request, answer);
    }),
  ];
}
