import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import { auditKeys } from './audit';
import { memberKeys, useInviteMembers, useSetMemberAccess } from './members';
import { orgKeys } from './orgs';
import { orgProjectKeys, useGrantAdminister, type OrgProject } from './org-projects';
import { projectKeys } from './project-keys';
import { STUB_API as API, stubApi } from './fetch-stub';
import { clearSession } from './session';
import { useUpdateOrg } from './settings';

/** Every query the console might show for org-acme, fresh (no refetch unless invalidated). */
const SHOWN: QueryKey[] = [
  memberKeys.list('org-acme'),
  orgKeys.detail('org-acme'),
  orgKeys.list({ level: 'ADMIN' }),
  auditKeys.log('org-acme', 100),
  memberKeys.list('org-other'),
  projectKeys.detail('project-1'),
];

let client: QueryClient;

function invalidated(): string[] {
  return SHOWN.filter((key) => client.getQueryState(key)?.isInvalidated).map((key) => JSON.stringify(key));
}

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

beforeEach(() => {
  client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity }, mutations: { retry: false } } });
  for (const key of SHOWN) client.setQueryData(key, 'shown');
});

afterEach(() => clearSession());

describe('mutation hooks invalidate what their change touches', () => {
  it('useSetMemberAccess: the org’s member lists, its describe and its audit log, then the caller’s onSuccess', async () => {
    const sent = stubApi(() => ({ body: { id: 'org-acme' } }));
    const seenOnSuccess: string[][] = [];
    const { result } = renderHook(
      () => useSetMemberAccess('org-acme', { onSuccess: () => void seenOnSuccess.push(invalidated()) }),
      { wrapper },
    );
    await act(() => result.current.mutateAsync({ 'user-bob': { level: 'ADMIN' } }));

    expect(sent.all()).toEqual([{ url: `${API}/org-acme/setMemberAccess`, body: { 'user-bob': { level: 'ADMIN' } } }]);
    const expected = [memberKeys.list('org-acme'), orgKeys.detail('org-acme'), auditKeys.log('org-acme', 100)].map(
      (key) => JSON.stringify(key),
    );
    expect(invalidated()).toEqual(expected);
    // The caller hears of the success once the queries are invalidated.
    expect(seenOnSuccess).toEqual([expected]);
  });

  it('useSetMemberAccess: a refusal invalidates nothing and reaches onError', async () => {
    stubApi(() => ({ status: 422, body: { error: { type: 'InvalidState', message: 'no admin left' } } }));
    const onError = vi.fn();
    const { result } = renderHook(() => useSetMemberAccess('org-acme', { onError }), { wrapper });
    act(() => result.current.mutate({ 'user-alice': { level: 'MEMBER' } }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(onError).toHaveBeenCalledTimes(1);
    expect(result.current.error).toMatchObject({ type: 'InvalidState', message: 'no admin left' });
    expect(invalidated()).toEqual([]);
  });

  it('useInviteMembers: one invite per invitee; nothing invalidated when every invitation was refused', async () => {
    const sent = stubApi((url) =>
      url.endsWith('/invite')
        ? { status: 404, body: { error: { type: 'ResourceNotFound', message: 'no' } } }
        : { body: {} },
    );
    const { result } = renderHook(() => useInviteMembers('org-acme'), { wrapper });
    const results = await act(() =>
      result.current.mutateAsync({ invitees: ['user-x', 'user-y'], access: { level: 'MEMBER' } }),
    );
    expect(sent.all().map((call) => call.body)).toEqual([
      { level: 'MEMBER', invitee: 'user-x' },
      { level: 'MEMBER', invitee: 'user-y' },
    ]);
    expect(results.map((r) => r.ok)).toEqual([false, false]);
    expect(invalidated()).toEqual([]);
  });

  it('useUpdateOrg: a rename touches every org query (the lists show the name); SAML only the org', async () => {
    const sent = stubApi(() => ({ body: { id: 'org-acme' } }));
    const { result } = renderHook(() => useUpdateOrg('org-acme'), { wrapper });
    await act(() => result.current.mutateAsync({ samlIdP: 'https://idp.example.org' }));
    expect(invalidated()).toEqual(
      [orgKeys.detail('org-acme'), auditKeys.log('org-acme', 100)].map((key) => JSON.stringify(key)),
    );

    for (const key of SHOWN) client.setQueryData(key, 'shown');
    await act(() => result.current.mutateAsync({ name: 'Acme Two' }));
    expect(sent(1)).toEqual({ url: `${API}/org-acme/update`, body: { name: 'Acme Two' } });
    expect(invalidated()).toEqual(
      [orgKeys.detail('org-acme'), orgKeys.list({ level: 'ADMIN' }), auditKeys.log('org-acme', 100)].map((key) =>
        JSON.stringify(key),
      ),
    );
  });

  it('useGrantAdminister: the cached row reads ADMINISTER before the caller’s onAccepted, then the lists refetch', async () => {
    const sent = stubApi(() => ({ body: { id: 'project-1' } }));
    const row: OrgProject = {
      id: 'project-1',
      name: 'Atlas',
      level: 'VIEW',
      public: false,
      limits: { compute: null, egressBytes: null, storage: null },
    };
    const listKey = orgProjectKeys.described('org-acme');
    client.setQueryData(listKey, [row]);
    const order: string[] = [];
    const { result } = renderHook(
      () =>
        useGrantAdminister('org-acme', 'user-alice', row, {
          onAccepted: () => {
            const level = client.getQueryData<OrgProject[]>(listKey)?.[0]?.level;
            order.push(`accepted, row ${level}, list invalidated: ${client.getQueryState(listKey)?.isInvalidated}`);
          },
          onSuccess: () => {
            order.push(`success, list invalidated: ${client.getQueryState(listKey)?.isInvalidated}`);
          },
        }),
      { wrapper },
    );
    await act(() => result.current.mutateAsync());

    expect(sent.all()).toEqual([
      {
        url: `${API}/project-1/invite`,
        body: { invitee: 'user-alice', level: 'ADMINISTER', suppressEmailNotification: true },
      },
    ]);
    expect(order).toEqual(['accepted, row ADMINISTER, list invalidated: false', 'success, list invalidated: true']);
    expect(invalidated()).toEqual([JSON.stringify(projectKeys.detail('project-1'))]);
  });
});
