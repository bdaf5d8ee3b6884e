import { describe, expect, it, vi } from 'vitest';
import { ApiError, apiCall, describeError } from './client';
import { fetchAllPages } from './paging';

const target = { apiBase: 'https://api.example.org/', token: 'tok-1' };

function respond(
  status: number,
  body: string,
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
) {
  return vi.fn(async () => new Response(body, { status, headers }));
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the call to fail');
}

describe('apiCall', () => {
  it('POSTs JSON with the bearer token to base + path and returns the JSON', async () => {
    const fetchMock = respond(200, '{"id":"user-alice"}');
    vi.stubGlobal('fetch', fetchMock);

    await expect(apiCall('/system/whoami', {}, { target })).resolves.toEqual({ id: 'user-alice' });

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://api.example.org/system/whoami');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{}');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer tok-1', 'Content-Type': 'application/json' });
  });

  it('sends no Authorization header when the target has no token', async () => {
    const fetchMock = respond(200, '{"users":[]}');
    vi.stubGlobal('fetch', fetchMock);
    await apiCall('/emulator/demoUsers', {}, { target: { apiBase: 'http://localhost/api' } });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).not.toHaveProperty('Authorization');
  });

  it('turns the error envelope into an ApiError with type, message, details and status', async () => {
    vi.stubGlobal(
      'fetch',
      respond(
        422,
        JSON.stringify({
          error: { type: 'InvalidState', message: 'The org would have no admin', details: { users: ['user-alice'] } },
        }),
      ),
    );
    const error = await caught(apiCall('/org-acme/removeMember', { user: 'user-alice' }, { target }));
    expect(error.type).toBe('InvalidState');
    expect(error.message).toBe('The org would have no admin');
    expect(error.status).toBe(422);
    expect(error.details).toEqual({ users: ['user-alice'] });
  });

  it('keeps PermissionDenied on 401 distinct from InvalidAuthentication', async () => {
    vi.stubGlobal('fetch', respond(401, '{"error":{"type":"PermissionDenied","message":"Not an admin"}}'));
    const error = await caught(apiCall('/org-acme/invite', {}, { target }));
    expect([error.type, error.status]).toEqual(['PermissionDenied', 401]);
  });

  it('reports a network failure as a NetworkError naming the API', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = await caught(apiCall('/system/whoami', {}, { target }));
    expect(error.type).toBe('NetworkError');
    expect(error.status).toBe(0);
    expect(error.message).toContain('https://api.example.org/');
    expect(error.message).toContain('Failed to fetch');
  });

  it('reports a non-JSON success as InvalidResponse', async () => {
    vi.stubGlobal('fetch', respond(200, '<!doctype html><title>SPA</title>', { 'Content-Type': 'text/html' }));
    const error = await caught(apiCall('/system/whoami', {}, { target }));
    expect(error.type).toBe('InvalidResponse');
    expect(error.status).toBe(200);
    expect(error.message).toMatch(/not JSON/);
  });

  it('reports an error status without the envelope as InvalidResponse with the status', async () => {
    vi.stubGlobal('fetch', respond(502, 'Bad gateway', { 'Content-Type': 'text/plain' }));
    const error = await caught(apiCall('/system/whoami', {}, { target }));
    expect([error.type, error.status]).toEqual(['InvalidResponse', 502]);
    expect(error.message).toContain('502');
  });

  it('treats JSON without a proper envelope on an error status as InvalidResponse', async () => {
    vi.stubGlobal('fetch', respond(500, '{"oops":true}'));
    const error = await caught(apiCall('/system/whoami', {}, { target }));
    expect([error.type, error.status]).toEqual(['InvalidResponse', 500]);
  });

  it('rethrows an abort unchanged', async () => {
    const controller = new AbortController();
    const abort = new DOMException('Aborted', 'AbortError');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        controller.abort();
        throw abort;
      }),
    );
    await expect(apiCall('/system/whoami', {}, { target, signal: controller.signal })).rejects.toBe(abort);
  });

  it('refuses to call without a session or target', async () => {
    const error = await caught(apiCall('/system/whoami'));
    expect(error.type).toBe('NotSignedIn');
  });

  it('describes errors for display', () => {
    expect(describeError(new ApiError('InvalidInput', 'bad', 422))).toEqual({ type: 'InvalidInput', message: 'bad' });
    expect(describeError(new Error('boom'))).toEqual({ type: 'Error', message: 'boom' });
  });
});

describe('fetchAllPages', () => {
  it('follows next, resending the same body plus starting, until next is null', async () => {
    const pages = [
      { results: [1, 2], next: { after: 'b' } },
      { results: [3], next: { after: 'c' } },
      { results: [], next: null },
    ];
    const bodies: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        bodies.push(JSON.parse(String(init.body)));
        return new Response(JSON.stringify(pages[bodies.length - 1]), { status: 200 });
      }),
    );
    const progress: number[] = [];
    const all = await fetchAllPages({ route: 'system.findOrgs', body: { level: 'ADMIN' } }, (x) => x as number, {
      target,
      onProgress: (n) => progress.push(n),
    });
    expect(all).toEqual([1, 2, 3]);
    expect(bodies).toEqual([
      { level: 'ADMIN' },
      { level: 'ADMIN', starting: { after: 'b' } },
      { level: 'ADMIN', starting: { after: 'c' } },
    ]);
    expect(progress).toEqual([2, 3, 3]);
  });

  it('stops with an error when the server repeats a next value', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"results":[1],"next":"x"}', { status: 200 })),
    );
    const error = await caught(fetchAllPages({ route: 'system.findApps', body: {} }, (x) => x, { target }));
    expect(error.type).toBe('InvalidResponse');
  });

  it('rejects an answer that is not a page', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"items":[]}', { status: 200 })),
    );
    const error = await caught(fetchAllPages({ route: 'system.findApps', body: {} }, (x) => x, { target }));
    expect(error.type).toBe('InvalidResponse');
  });
});
