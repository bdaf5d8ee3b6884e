/**
 * Renders the real console at a path, as the browser does: the app's routes (lazy route
 * modules, loaders) in a memory router, the app's providers and query client, signed in
 * to the embedded emulator (served by `startEmulator`) as a demo person or anyone else.
 *
 *   const { user, api } = await renderRoute('/orgs/org-acme/members');
 *   await user.click(await screen.findByRole('button', { name: 'Invite' }));
 *   expect(api.state.orgs['org-acme']!.members['user-dave']).toMatchObject({ level: 'MEMBER' });
 */
import { onTestFinished, vi } from 'vitest';
import { configure, render, screen, waitFor, within, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { clearSession, embeddedApiBase, setSession } from '../api/session';
import { AppProviders } from '../app/providers';
import { createQueryClient } from '../app/query-client';
import { createRoutes } from '../app/router';
import { startEmulator, type TestEmulator } from './emulator-server';
import './jsdom-viewport';

// Budgets, not assertions on speed: a route's first render loads its lazy module, and a
// flow through a dialog is several round trips to the emulator.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 30_000 });

export type UserEvent = ReturnType<typeof userEvent.setup>;

export interface RenderRouteOptions {
  /** Who is signed in: a user ID (default `user-alice`), or null for no one. */
  as?: string | null;
  /** An emulator already started (e.g. changed before rendering); a fresh demo one by default. */
  api?: TestEmulator;
}

export interface RenderedRoute extends RenderResult {
  api: TestEmulator;
  user: UserEvent;
  router: ReturnType<typeof createMemoryRouter>;
  queryClient: QueryClient;
}

/** Signs `userId` in to the embedded emulator, the way the sign-in page does. */
export async function signIn(api: TestEmulator, userId: string): Promise<void> {
  setSession({ mode: 'embedded', apiBase: embeddedApiBase(), userId, token: await api.tokenFor(userId) });
}

export async function renderRoute(path: string, options: RenderRouteOptions = {}): Promise<RenderedRoute> {
  const api = options.api ?? (await startEmulator());
  const as = options.as === undefined ? 'user-alice' : options.as;
  if (as === null) clearSession();
  else await signIn(api, as);

  const queryClient = createQueryClient();
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  onTestFinished(() => {
    // setup.ts unmounts and clears storage after each test; these outlive the DOM.
    view.unmount();
    router.dispose();
    queryClient.clear();
    clearSession();
  });
  return { ...view, api, user, router, queryClient };
}

/** Waits for the page's first-level heading (the route's lazy module and data have loaded). */
export function findPageHeading(name: string | RegExp): Promise<HTMLElement> {
  return screen.findByRole('heading', { level: 1, name });
}

/**
 * The data table named `name` once nothing on the page is loading and it shows a row.
 * Query it again after a change: the table body is replaced while a list first loads.
 */
export function findTable(name: string | RegExp): Promise<HTMLElement> {
  return waitFor(() => {
    const table = screen.getByRole('table', { name });
    if (screen.queryByText(/^Loading\b/)) throw new Error('The page is still loading');
    within(table).getAllByRole('rowheader');
    return table;
  });
}
