import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { clearSession, setSession } from './session';
import { SYNC_CHANNEL, afterMutation, listenForSync } from './sync';

const API = 'http://127.0.0.1:4312/api';

/** A client holding `key` with fresh data, as a tab that has shown it. */
function tabWith(key: readonly unknown[]): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  client.setQueryData(key, 'shown');
  return client;
}

function isInvalidated(client: QueryClient, key: readonly unknown[]): boolean {
  return client.getQueryState(key)?.isInvalidated ?? false;
}

/** Resolves once `check` holds (BroadcastChannel delivers asynchronously). */
async function eventually(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('afterMutation and listenForSync', () => {
  let stops: (() => void)[] = [];
  beforeEach(() => setSession({ mode: 'remote', apiBase: API, token: 't', userId: 'user-alice' }));
  afterEach(() => {
    stops.forEach((stop) => stop());
    stops = [];
    clearSession();
  });

  it('invalidates the keys in this tab and, through the channel, in another tab', async () => {
    const lists = ['orgs', 'list'] as const;
    const here = tabWith([...lists, { level: 'ADMIN' }]);
    const there = tabWith([...lists, { level: 'ADMIN' }]);
    here.setQueryData(['users', 'detail', 'user-alice'], 'unrelated');
    there.setQueryData(['users', 'detail', 'user-alice'], 'unrelated');
    stops.push(listenForSync(there));

    await afterMutation(here, [lists]);

    expect(isInvalidated(here, [...lists, { level: 'ADMIN' }])).toBe(true);
    await eventually(() => isInvalidated(there, [...lists, { level: 'ADMIN' }]));
    expect(isInvalidated(there, [...lists, { level: 'ADMIN' }])).toBe(true);
    expect(isInvalidated(here, ['users', 'detail', 'user-alice'])).toBe(false);
    expect(isInvalidated(there, ['users', 'detail', 'user-alice'])).toBe(false);
  });

  it('is ignored by a tab signed in to another API, and by malformed messages', async () => {
    const there = tabWith(['orgs', 'list']);
    there.setQueryData(['users'], 'shown');
    stops.push(listenForSync(there));
    const other = new BroadcastChannel(SYNC_CHANNEL);
    other.postMessage({ kind: 'invalidate', apiBase: 'https://elsewhere.example.org', keys: [['orgs']] });
    other.postMessage({ kind: 'invalidate', apiBase: API, keys: 'orgs' });
    other.postMessage('orgs');
    // A valid message sent last: once it has arrived, the ones before it were handled too.
    other.postMessage({ kind: 'invalidate', apiBase: API, keys: [['users']] });
    await eventually(() => isInvalidated(there, ['users']));
    other.close();

    expect(isInvalidated(there, ['users'])).toBe(true);
    expect(isInvalidated(there, ['orgs', 'list'])).toBe(false);
  });
});
