/**
 * Route objects. Every page is a lazy route module (its own chunk) exporting
 * `Component` (and later `loader`). Loaders that only warm the query cache live
 * here, outside the lazy modules, so data and code load in parallel.
 */
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { getSession } from '../api/session';
import { orgListQueryOptions } from '../api/orgs';
import { AppLayout } from './layout';
import { RequireSession } from './require-session';
import { RootError, RouteError } from './route-error';
import { LoadingState } from '../components/ui/query-states';

function IndexRedirect() {
  return <Navigate to={getSession() ? '/orgs' : '/sign-in'} replace />;
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <AppLayout />,
      errorElement: <RootError />,
      hydrateFallbackElement: <LoadingState>Loading the console…</LoadingState>,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, element: <IndexRedirect /> },
            { path: 'sign-in', lazy: () => import('./sign-in/route') },
            {
              element: <RequireSession />,
              children: [
                {
                  path: 'orgs',
                  loader: () => {
                    if (getSession()) void queryClient.prefetchQuery(orgListQueryOptions({ level: 'ADMIN' }));
                    return null;
                  },
                  lazy: () => import('../features/orgs/route'),
                },
              ],
            },
            { path: '*', lazy: () => import('./not-found') },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}
