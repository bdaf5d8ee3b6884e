/** The embedded emulator's control routes (no token): demo people, reset. */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { emulatorCall } from './client';
import { useApiMutation, type MutationCallbacks } from './mutation';
import { parseAnswer } from './route';
import { embeddedApiBase } from './session';

export const demoUserSchema = z.looseObject({
  id: z.string(),
  handle: z.string(),
  first: z.string().optional().default(''),
  last: z.string().optional().default(''),
  persona: z.string().optional().default(''),
  token: z.string(),
});
export type DemoUser = z.infer<typeof demoUserSchema>;

const demoUsersSchema = z.looseObject({ users: z.array(demoUserSchema) });

export const emulatorKeys = {
  all: ['emulator'] as const,
  demoUsers: () => [...emulatorKeys.all, 'demoUsers'] as const,
};

export async function fetchDemoUsers(signal?: AbortSignal): Promise<DemoUser[]> {
  const raw = await emulatorCall<unknown>('/demoUsers', {}, { signal });
  return parseAnswer(demoUsersSchema, raw, '/emulator/demoUsers answered with an unexpected shape.').users;
}

export function demoUsersQueryOptions() {
  return queryOptions({
    queryKey: emulatorKeys.demoUsers(),
    queryFn: ({ signal }) => fetchDemoUsers(signal),
    staleTime: Infinity,
  });
}

export function resetEmulator(): Promise<Record<string, never>> {
  return emulatorCall('/reset', {});
}

/** Put the embedded emulator back to its seed: everything changed, here and in this browser's other tabs. */
export function useResetEmulator(callbacks?: MutationCallbacks<Record<string, never>, void>) {
  return useApiMutation(
    { mutationFn: () => resetEmulator(), invalidates: () => [[]], apiBase: embeddedApiBase },
    callbacks,
  );
}
