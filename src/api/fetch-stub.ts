/**
 * For tests of src/api: signed in to `STUB_API`, where `fetch` answers every call with
 * `answer(url)` (JSON, status 200 unless given). `sent(i)` is the i-th call made, its URL
 * and parsed body; `sent.all()` every call so far.
 */
import { vi } from 'vitest';
import { setSession } from './session';

export const STUB_API = 'https://api.example.org';

export function stubApi(answer: (url: string) => { status?: number; body: unknown }) {
  const fetchMock = vi.fn(async (url: string, _init: RequestInit) => {
    const { status = 200, body } = answer(url);
    return new Response(JSON.stringify(body), { status });
  });
  vi.stubGlobal('fetch', fetchMock);
  setSession({ mode: 'remote', apiBase: STUB_API, token: 't', userId: 'user-alice' });
  const call = ([url, init]: [string, RequestInit]) => ({ url, body: JSON.parse(String(init.body)) as unknown });
  const sent = (i = 0) => call(fetchMock.mock.calls[i]!);
  return Object.assign(sent, { all: () => fetchMock.mock.calls.map(call) });
}
