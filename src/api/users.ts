/** The signed-in user: whoami and describe. */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiError, CLIENT_ERROR_TYPES, apiCall, type CallOptions } from './client';

export const userKeys = {
  all: ['users'] as const,
  details: () => [...userKeys.all, 'detail'] as const,
  detail: (userId: string) => [...userKeys.details(), userId] as const,
};

const whoamiSchema = z.looseObject({ id: z.string().min(1) });

/** `/system/whoami`: who the token belongs to. Pass `target` to check a token before signing in. */
export async function whoami(options: CallOptions = {}): Promise<string> {
  const raw = await apiCall<unknown>('/system/whoami', {}, options);
  const parsed = whoamiSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ApiError(CLIENT_ERROR_TYPES.invalidResponse, '/system/whoami answered without a user ID.', 200);
  }
  return parsed.data.id;
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
  const raw = await apiCall<unknown>(`/${encodeURIComponent(userId)}/describe`, {}, { signal });
  const parsed = userSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ApiError(
      CLIENT_ERROR_TYPES.invalidResponse,
      `/${userId}/describe answered with an unexpected shape.`,
      200,
    );
  }
  return parsed.data;
}

export function userQueryOptions(userId: string) {
  return queryOptions({
    queryKey: userKeys.detail(userId),
    queryFn: ({ signal }) => describeUser(userId, signal),
    staleTime: 5 * 60_000,
  });
}

/** "Alice Smith", or the handle when the user has no name. */
export function displayName(user: Pick<User, 'first' | 'middle' | 'last' | 'handle'>): string {
  const name = [user.first, user.last].filter(Boolean).join(' ').trim();
  return name || user.handle;
}

export interface NewUserInput {
  username: string;
  email: string;
  first?: string;
  last?: string;
  /** Only the provisioning org may be given: it becomes their default billing account. */
  billTo?: string;
  provisioningOrg: string;
}

/** `/user/new`: an admin of an org holding `licenses.accountProvisioning` creates an account. */
export async function createUser(input: NewUserInput): Promise<{ id: string }> {
  const raw = await apiCall<unknown>('/user/new', input);
  const parsed = z.looseObject({ id: z.string() }).safeParse(raw);
  if (!parsed.success) {
    throw new ApiError(CLIENT_ERROR_TYPES.invalidResponse, "/user/new answered without the new user's ID.", 200);
  }
  return { id: parsed.data.id };
}
