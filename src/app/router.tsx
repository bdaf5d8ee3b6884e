/**
 * Route objects. Every page is a lazy route module (its own chunk) exporting
 * `Component` (and later `loader`). Loaders that only warm the query cache live
 * here, outside the lazy modules, so data and code load in parallel.
 */
import { createBrowserRouter, Navigate, type RouteObject, type ShouldRevalidateFunction } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { getSession } from '../api/session';
import { orgDescribeQueryOptions, orgListQueryOptions } from '../api/orgs';
import type { OrgRouteHandle, OrgTab } from '../features/org-page/org-tabs';
import { AppLayout } from './layout';
import { RequireSession } from './require-session';
import { RootError, RouteError } from './route-error';
import { LoadingState } from '../components/ui/query-states';

/**
 * The org page's tabs, in order: each a lazy route module below `/orgs/:orgId`.
 * Adding a tab is adding an entry here (the org layout renders its link from it).
 */
const ORG_TABS: readonly (OrgTab & { lazy: RouteObject['lazy'] })[] = [
  { path: 'members', label: 'Members', lazy: () => import('../features/members/route') },
  { path: 'projects', label: 'Projects', lazy: () => import('../features/org-projects/route') },
  { path: 'apps', label: 'Apps', lazy: () => import('../features/apps/route') },
  { path: 'settings', label: 'Settings', lazy: () => import('../features/settings/route') },
  { path: 'billing', label: 'Billing', lazy: () => import('../features/billing/org-billing-route') },
  { path: 'activity', label: 'Activity', adminOnly: true, lazy: () => import('../features/activity/route') },
];

const orgRouteHandle: OrgRouteHandle = {
  orgTabs: ORG_TABS.map(({ path, label, adminOnly }) => ({ path, label, adminOnly })),
};

/**
 * The prefetching loaders run again only when the path changes. Tables keep their
 * sort and filter in the search string; re-running a loader on each of those writes
 * refetched the org (a costly describe on a 50,000-member org) once its answer was stale.
 */
export const revalidateOnPathChange: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate;

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
                  shouldRevalidate: revalidateOnPathChange,
                  loader: () => {
                    if (getSession()) void queryClient.prefetchQuery(orgListQueryOptions({ level: 'ADMIN' }));
                    return null;
                  },
                  lazy: () => import('../features/all-orgs/route'),
                },
                { path: 'billing', lazy: () => import('../features/billing/route') },
                {
                  path: 'orgs/:orgId',
                  handle: orgRouteHandle,
                  shouldRevalidate: revalidateOnPathChange,
                  loader: ({ params }) => {
                    if (getSession() && params.orgId)
                      void queryClient.prefetchQuery(orgDescribeQueryOptions(params.orgId));
                    return null;
                  },
                  lazy: () => import('../features/org-page/org-layout'),
                  children: [
                    // The first tab the person can use (a member may not list members, say).
                    { index: true, lazy: () => import('../features/org-page/org-index') },
                    // A tab that fails keeps the org header and its tabs above the error.
                    ...ORG_TABS.map(({ path, lazy }) => ({
                      path,
                      lazy,
                      errorElement: <RouteError withTitle={false} />,
                    })),
                  ],
                },
                { path: 'projects/:projectId', lazy: () => import('../features/project-page/route') },
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
