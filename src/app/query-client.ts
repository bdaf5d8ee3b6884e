import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/client';
import { clearSession, getSession } from '../api/session';

/** Retry only what may succeed on a second try: network failures and 5xx answers. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isApiError(error)) return false;
  return error.type === 'NetworkError' || error.status >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError(error) {
        // The API no longer accepts the token (e.g. a remote token expired): sign out,
        // and the session guard sends the person to the sign-in page.
        if (isApiError(error) && error.type === 'InvalidAuthentication' && getSession()) {
          clearSession('refused');
          // sonner stays out of the first download (see providers.tsx).
          void import('sonner').then(({ toast }) => toast.error('The API refused your token. Sign in again.'));
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: shouldRetry,
      },
      mutations: { retry: false },
    },
  });
}
