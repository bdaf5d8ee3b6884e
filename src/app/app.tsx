import type { ReactElement } from 'react';
import { RouterProvider } from 'react-router';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

/**
 * Builds the query client and the router, and returns the app's root element.
 * Called by main.tsx only once the embedded emulator is up: creating the router
 * runs the first route's loaders, which may already call the API.
 */
export function createApp(): ReactElement {
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient);
  return (
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
