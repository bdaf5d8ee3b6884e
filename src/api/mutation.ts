/**
 * How every mutation hook of src/api is built. Each area (members.ts, settings.ts, …)
 * exports hooks such as `useSetMemberAccess(orgId)`: the hook makes the call and knows
 * what the change touches; after a success it invalidates those query keys here and in
 * this browser's other tabs (`afterMutation`, see sync.ts). Components call the hook with
 * their own callbacks (toasts, closing a dialog) and never `useMutation` themselves.
 *
 * After a success, in this order:
 *   1. `show`: the hook's own cache update (a list row reads the change at once);
 *   2. the caller's `onAccepted`: what must not wait for the refetch;
 *   3. the invalidation, awaited: the mutation stays pending, and its button busy,
 *      until this tab's queries show the change;
 *   4. the caller's `onSuccess`.
 */
import {
  useMutation,
  type MutationFunctionContext,
  type MutationKey,
  type QueryClient,
  type QueryKey,
  type UseMutationOptions,
} from '@tanstack/react-query';
import { afterMutation } from './sync';

/** What a component may add to an area's mutation hook: the usual callbacks, and `onAccepted`. */
export type MutationCallbacks<TData, TVariables, TOnMutateResult = unknown> = Omit<
  UseMutationOptions<TData, Error, TVariables, TOnMutateResult>,
  'mutationFn' | 'mutationKey'
> & {
  /** Right after the API accepted the change, before the queries it touches refetch. */
  onAccepted?: (data: TData, variables: TVariables) => void;
};

export interface MutationSpec<TData, TVariables> {
  mutationKey?: MutationKey;
  mutationFn: (variables: TVariables, context: MutationFunctionContext) => Promise<TData>;
  /**
   * The query keys the change touches (prefix match); `[]` when nothing changed; `[[]]`
   * for every query. Left out by a hook that changes nothing (a check, a download).
   */
  invalidates?: (data: TData, variables: TVariables) => readonly QueryKey[];
  /** The hook's own cache update, before anything else (see the order above). */
  show?: (client: QueryClient, data: TData, variables: TVariables) => Promise<void> | void;
  /** The API the change was made on, when not the signed-in session's (e.g. the embedded emulator's reset). */
  apiBase?: () => string;
}

export function useApiMutation<TData, TVariables = void, TOnMutateResult = unknown>(
  spec: MutationSpec<TData, TVariables>,
  callbacks: MutationCallbacks<TData, TVariables, TOnMutateResult> = {},
) {
  const { onAccepted, onSuccess, ...rest } = callbacks;
  return useMutation<TData, Error, TVariables, TOnMutateResult>({
    ...rest,
    ...(spec.mutationKey ? { mutationKey: spec.mutationKey } : {}),
    mutationFn: spec.mutationFn,
    onSuccess: async (data, variables, onMutateResult, context) => {
      if (spec.show) await spec.show(context.client, data, variables);
      onAccepted?.(data, variables);
      const keys = spec.invalidates?.(data, variables) ?? [];
      if (keys.length > 0) {
        await afterMutation(context.client, keys, spec.apiBase ? { apiBase: spec.apiBase() } : {});
      }
      return onSuccess?.(data, variables, onMutateResult, context);
    },
  });
}
