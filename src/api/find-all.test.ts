import { describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { findAllQueryOptions, findProgressReporter, readFindProgress } from './find-all';
import { setSession } from './session';

describe('findAllQueryOptions', () => {
  it('loads every page and shows the count loaded so far while the fetch runs', async () => {
    vi.stubGlobal('window', {
      location: { origin: 'http://localhost' },
      localStorage: undefined,
      sessionStorage: undefined,
    });
    setSession({ mode: 'remote', apiBase: 'https://api.example.org', token: 'tok', userId: 'user-a' });
    const queryKey = ['things', 'list', { level: 'ADMIN' }] as const;
    const seen: number[] = [];
    const pages = [
      { results: ['a', 'b'], next: { after: 'b' } },
      { results: ['c'], next: null },
    ];
    let call = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        // What a progress display would read while this page is on its way.
        seen.push(readFindProgress(queryKey).loaded);
        return new Response(JSON.stringify(pages[call++]), { status: 200 });
      }),
    );
    const client = new QueryClient();
    const rows = await client.fetchQuery(
      findAllQueryOptions({
        queryKey,
        route: 'system.findOrgs',
        body: { level: 'ADMIN' },
        parse: (item) => String(item).toUpperCase(),
      }),
    );
    expect(rows).toEqual(['A', 'B', 'C']);
    expect(seen).toEqual([0, 2]);
    // Done: nothing in flight any more.
    expect(readFindProgress(queryKey).loaded).toBe(0);
  });

  it('keeps a snapshot of the rows loaded so far, taken at the first page and each time the count doubles', () => {
    const queryKey = ['things', 'snapshots'] as const;
    const reporter = findProgressReporter(queryKey);
    const soFar: string[] = [];
    const shown: number[] = [];
    for (let page = 0; page < 8; page += 1) {
      soFar.push(`row-${page}`);
      reporter.onProgress(soFar.length, soFar);
      const { loaded, rows } = readFindProgress(queryKey);
      expect(loaded).toBe(page + 1);
      shown.push(rows.length);
    }
    expect(shown).toEqual([1, 2, 2, 4, 4, 4, 4, 8]);
    // A snapshot, not the growing array itself.
    soFar.push('row-8');
    reporter.onProgress(soFar.length, soFar);
    expect(readFindProgress(queryKey).rows).toHaveLength(8);
    reporter.done();
    expect(readFindProgress(queryKey)).toEqual({ loaded: 0, rows: [] });
  });
});
