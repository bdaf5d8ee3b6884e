import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { getSession, sessionIdentity, subscribeSession } from '../api/session';
import { emulatorKeys } from '../api/emulator';
import { listenForSync } from '../api/sync';

/**
 * When the signed-in person (or the API) changes, drop every cached answer that
 * belonged to the previous one, so no screen shows someone else's data.
 */
function useClearCacheOnSessionChange(queryClient: QueryClient) {
  useEffect(() => {
    let identity = sessionIdentity(getSession());
    return subscribeSession(() => {
      const nextIdentity = sessionIdentity(getSession());
      if (nextIdentity === identity) return;
      identity = nextIdentity;
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== emulatorKeys.all[0] });
    });
  }, [queryClient]);
}

// Out of the first download: sonner is a tenth of it, and nothing toasts before the page is used.
const Toaster = lazy(() => import('./toaster'));

/** Other tabs of this browser announce what their mutations changed (see api/sync.ts). */
function useSyncWithOtherTabs(queryClient: QueryClient) {
  useEffect(() => listenForSync(queryClient), [queryClient]);
}

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  useClearCacheOnSessionChange(queryClient);
  useSyncWithOtherTabs(queryClient);
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      <Suspense fallback={null}>
        <Toaster />
      </Suspense>
    </QueryClientProvider>
  );
}
