/** Apps billed to an org: query keys, the parsed app, and adding a developer. */
import { z } from 'zod';
import { auditKeys } from './audit';
import { findAllQueryOptions } from './find-all';
import { useApiMutation, type MutationCallbacks } from './mutation';
import { callRoute, parseAnswer } from './route';

export const appKeys = {
  all: ['apps'] as const,
  /** Lists of apps billed to an org (`/org-x/findApps`). */
  orgLists: (orgId: string) => [...appKeys.all, 'org', orgId] as const,
  orgList: (orgId: string) => [...appKeys.orgLists(orgId), 'list'] as const,
};

const appSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  title: z.string().optional(),
  version: z.string().optional().default(''),
  billTo: z.string().optional(),
  developers: z.array(z.string()).optional().default([]),
  authorizedUsers: z.array(z.string()).optional().default([]),
  /** Milliseconds; 0 while unpublished. */
  published: z.number().optional().default(0),
  created: z.number().optional(),
});

const findAppsResultSchema = z.looseObject({ id: z.string(), describe: appSchema });

/** One row of the Apps tab. `title` falls back to the name, as the platform shows it. */
export interface OrgApp {
  id: string;
  name: string;
  title: string;
  version: string;
  developers: string[];
  authorizedUsers: string[];
  published: number;
  created?: number;
}

function parseOrgApp(item: unknown): OrgApp {
  const app = parseAnswer(
    findAppsResultSchema,
    item,
    'findApps returned an app without the expected description.',
  ).describe;
  return {
    id: app.id,
    name: app.name,
    title: app.title || app.name,
    version: app.version,
    developers: app.developers,
    authorizedUsers: app.authorizedUsers,
    published: app.published,
    ...(app.created !== undefined ? { created: app.created } : {}),
  };
}

/** Every app billed to the org, described, loaded page after page with progress. Admins only. */
export function orgAppsQueryOptions(orgId: string) {
  return findAllQueryOptions({
    queryKey: appKeys.orgList(orgId),
    route: 'org.findApps',
    subject: orgId,
    body: { describe: true },
    parse: parseOrgApp,
  });
}

/**
 * `/app-x/addDevelopers`. A developer may add anyone; an admin of the app's billing org
 * may add only themselves.
 */
export async function addDevelopers(appId: string, developers: string[]): Promise<void> {
  await callRoute('app.addDevelopers', appId, { developers });
}

/** Add developers to an app billed to `orgId`: the org's app lists and audit log refetch. */
export function useAddDevelopers(orgId: string, appId: string, callbacks?: MutationCallbacks<void, string[]>) {
  return useApiMutation(
    {
      mutationFn: (developers: string[]) => addDevelopers(appId, developers),
      invalidates: () => [appKeys.orgLists(orgId), auditKeys.org(orgId)],
    },
    callbacks,
  );
}
