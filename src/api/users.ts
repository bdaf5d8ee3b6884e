/** The signed-in user: whoami and describe. */
import { useMemo } from 'react';
import { queryOptions, useQueries } from '@tanstack/react-query';
import { z } from 'zod';
import type { CallOptions } from './client';
import { useApiMutation, type MutationCallbacks } from './mutation';
import { callRoute, parseAnswer, type RouteBody } from './route';

export const userKeys = {
  all: ['users'] as const,
  details: () => [...userKeys.all, 'detail'] as const,
  detail: (userId: string) => [...userKeys.details(), userId] as const,
};

const whoamiSchema = z.looseObject({ id: z.string().min(1) });

/** `/system/whoami`: who the token belongs to. Pass `target` to check a token before signing in. */
export async function whoami(options: CallOptions = {}): Promise<string> {
  const raw = await callRoute('system.whoami', {}, options);
  return parseAnswer(whoamiSchema, raw, '/system/whoami answered without a user ID.').id;
}

export const userSchema = z.looseObject({
  id: z.string(),
  class: z.literal('user').optional(),
  handle: z.string(),
  first: z.string().optional().default(''),
  middle: z.string().optional().default(''),
  last: z.string().optional().default(''),
  email: z.string().optional(),
  billTo: z.string().optional(),
});
export type User = z.infer<typeof userSchema>;

export async function describeUser(userId: string, signal?: AbortSignal): Promise<User> {
  const raw = await callRoute('user.describe', userId, {}, { signal });
  return parseAnswer(userSchema, raw, `/${userId}/describe answered with an unexpected shape.`);
}

export function userQueryOptions(userId: string) {
  return queryOptions({
    queryKey: userKeys.detail(userId),
    queryFn: ({ signal }) => describeUser(userId, signal),
    staleTime: 5 * 60_000,
  });
}

/** "Alice Smith", or the handle when the user has no name. */
export function displayName(user: Pick<User, 'first' | 'last' | 'handle'>): string {
  const name = [user.first, user.last].filter(Boolean).join(' ').trim();
  return name || user.handle;
}

/** `/user/new`: only the provisioning org may be given as `billTo` (their default billing account). */
/**
 * People's names by ID, from `/user-x/describe` (public view): a person whose describe has
 * not come (or was refused) has no entry, so callers show the ID. The Map stays the same
 * while the names do: tables downstream memoise on it.
 */
export function useUserNames(userIds: readonly string[]): Map<string, string> {
  const unique = [...new Set(userIds)].filter((id) => id.startsWith('user-'));
  const results = useQueries({ queries: unique.map((id) => userQueryOptions(id)) });
  const entries: [string, string][] = [];
  unique.forEach((id, i) => {
    const user = results[i]?.data;
    if (user) entries.push([id, displayName(user)]);
  });
  const key = JSON.stringify(entries);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => new Map(entries), [key]);
}

export type NewUserInput = RouteBody<'user.new'>;

/** `/user/new`: an admin of an org holding `licenses.accountProvisioning` creates an account. */
export async function createUser(input: NewUserInput): Promise<{ id: string }> {
  const raw = await callRoute('user.new', input);
  const { id } = parseAnswer(z.looseObject({ id: z.string() }), raw, "/user/new answered without the new user's ID.");
  return { id };
}

/** A token to check, on the API it is for. */
export interface TokenCheck {
  apiBase: string;
  token: string;
}

/** Whose `token` is on `apiBase` (`/system/whoami`), before signing in with it: answers the session to start. */
export function useCheckToken<V extends TokenCheck = TokenCheck>(
  callbacks?: MutationCallbacks<TokenCheck & { userId: string }, V>,
) {
  return useApiMutation(
    {
      mutationFn: async ({ apiBase, token }: V) => {
        const userId = await whoami({ target: { apiBase, token } });
        return { apiBase, token, userId };
      },
    },
    callbacks,
  );
}
