/**
 * Invalidation after a mutation, in this tab and in the others. The mutation hooks of
 * src/api (built with `useApiMutation`, see mutation.ts) call `afterMutation` with the
 * query keys their change touches (from the key factories, the broadest key that covers
 * the change); components never call it themselves.
 *
 * It invalidates those keys here (prefix match, like `invalidateQueries`: the queries on
 * screen refetch) and broadcasts them on the BroadcastChannel `org-console-sync`, so every
 * other tab of this browser signed in to the same API invalidates the same keys and
 * refetches: an edit made in one tab shows in the others within moments. The hooks await
 * it in `onSuccess`, which keeps the mutation pending, and the button's progress on,
 * until this tab's lists show the change. `[]` stands for every query.
 *
 * `listenForSync(queryClient)` is the receiving end, installed once by AppProviders.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { getSession } from './session';

export const SYNC_CHANNEL = 'org-console-sync';

interface InvalidateMessage {
  kind: 'invalidate';
  /** The API the change was made on: tabs on another API ignore it. */
  apiBase: string;
  keys: QueryKey[];
}

function isInvalidateMessage(data: unknown): data is InvalidateMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<InvalidateMessage>;
  return (
    message.kind === 'invalidate' &&
    typeof message.apiBase === 'string' &&
    Array.isArray(message.keys) &&
    message.keys.every(Array.isArray)
  );
}

function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(SYNC_CHANNEL);
}

async function invalidate(queryClient: QueryClient, keys: readonly QueryKey[]): Promise<void> {
  await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/**
 * Invalidate `keys` in this tab and in every other tab of this browser on the same API
 * (the signed-in session's, or `apiBase` for a change made without one, e.g. a reset).
 */
export async function afterMutation(
  queryClient: QueryClient,
  keys: readonly QueryKey[],
  options: { apiBase?: string } = {},
): Promise<void> {
  const apiBase = options.apiBase ?? getSession()?.apiBase;
  if (apiBase) {
    const channel = openChannel();
    if (channel) {
      const message: InvalidateMessage = { kind: 'invalidate', apiBase, keys: keys.map((key) => [...key]) };
      channel.postMessage(message);
      channel.close();
    }
  }
  await invalidate(queryClient, keys);
}

/** Invalidate what other tabs report as changed. Returns the function that stops listening. */
export function listenForSync(queryClient: QueryClient): () => void {
  const channel = openChannel();
  if (!channel) return () => undefined;
  channel.onmessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (!isInvalidateMessage(data)) return;
    if (getSession()?.apiBase !== data.apiBase) return;
    void invalidate(queryClient, data.keys);
  };
  return () => channel.close();
}
