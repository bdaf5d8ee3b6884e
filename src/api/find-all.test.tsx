import { afterEach, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { stubApi } from './fetch-stub';
import { findAllQueryOptions, useFindAll } from './find-all';
import { clearSession } from './session';

afterEach(() => clearSession());

describe('useFindAll', () => {
  it('never blinks back to no rows between the first page and the whole list', async () => {
    let page = 0;
    stubApi(() => {
      page += 1;
      return page === 1
        ? { body: { results: ['a', 'b'], next: { after: 'b' } } }
        : { body: { results: ['c'], next: null } };
    });
    const client = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const seen: string[] = [];
    const { result } = renderHook(
      () => {
        const found = useFindAll(
          findAllQueryOptions({
            queryKey: ['orgs', 'blink'],
            route: 'system.findOrgs',
            body: { level: 'ADMIN' },
            parse: String,
          }),
          { total: 3 },
        );
        const { status } = found;
        seen.push(`${found.rows.length} ${status.state}${status.state === 'loading' ? ` of ${status.total}` : ''}`);
        return found;
      },
      { wrapper },
    );
    await waitFor(() => expect(result.current.status.state).toBe('ready'));
    expect(result.current.rows).toEqual(['a', 'b', 'c']);
    const firstRows = seen.findIndex((entry) => entry.startsWith('2 '));
    expect(firstRows).toBeGreaterThan(-1);
    expect(seen.slice(firstRows).filter((entry) => entry.startsWith('0 '))).toEqual([]);
    // The total given is part of the loading status.
    expect(seen[firstRows]).toBe('2 loading of 3');
  });
});
