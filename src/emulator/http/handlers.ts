/**
 * The emulator's HTTP face as MSW handlers: the same in the browser (service worker)
 * and in Node (`npm run api`). They only translate HTTP to an ApiCall and back.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { Emulator } from '../store/emulator';
import { SCENARIOS, type Scenario } from '../store/seed';

function corsHeaders(request: Request): Record<string, string> {
  const origin = request.headers.get('origin');
  return origin ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : {};
}

function json(request: Request, body: unknown, status = 200): Response {
  return HttpResponse.json(body as Record<string, unknown>, { status, headers: corsHeaders(request) });
}

function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1]?.trim() ?? null;
}

/** `prefix` is where the API lives on its origin: `/api` in the browser, `` for the server. */
export function createHandlers(emulator: Emulator, prefix = ''): HttpHandler[] {
  const apiPath = (request: Request) => new URL(request.url).pathname.slice(prefix.length);

  return [
    http.options(`*${prefix}/*`, ({ request }) => {
      return new HttpResponse(null, {
        status: 204,
        headers: {
          ...corsHeaders(request),
          'Access-Control-Allow-Methods': 'POST, OPTIONS',
          'Access-Control-Allow-Headers': request.headers.get('access-control-request-headers') ?? 'authorization, content-type',
          'Access-Control-Max-Age': '600',
        },
      });
    }),
    // Emulator controls, not part of the platform API: who the demo people are, and a reset.
    http.post(`*${prefix}/emulator/demoUsers`, ({ request }) =>
      json(request, { users: emulator.featuredPeople(), scenario: emulator.state.scenario }),
    ),
    http.post(`*${prefix}/emulator/reset`, async ({ request }) => {
      const body = (await request.json().catch(() => ({}))) as { scenario?: unknown };
      const scenario = body?.scenario;
      if (scenario !== undefined && !SCENARIOS.includes(scenario as Scenario)) {
        return json(request, { error: { type: 'InvalidInput', message: `scenario must be one of ${SCENARIOS.join(', ')}` } }, 422);
      }
      await emulator.reset(scenario as Scenario | undefined);
      return json(request, {});
    }),
    http.post(`*${prefix}/*`, async ({ request }) => {
      const answer = await emulator.call({
        path: apiPath(request),
        token: bearerToken(request),
        body: await request.text(),
        contentType: request.headers.get('content-type'),
      });
      return json(request, answer.body, answer.status);
    }),
  ];
}
