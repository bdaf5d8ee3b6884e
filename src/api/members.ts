/** Org members: query keys, the parsed member row, and the membership mutations. */
import { z } from 'zod';
import { ORG_LEVELS, PROJECT_LEVELS } from '../wire/levels';
import type { MemberAccess } from '../wire/entities';
import { findAllQueryOptions } from './find-all';
import { fetchAllPages } from './paging';
import { callRoute, parseAnswer, type RouteBody } from './route';
import { userSchema } from './users';

export interface MemberListFilters {
  level?: 'ADMIN' | 'MEMBER';
}

export const memberKeys = {
  all: (orgId: string) => ['members', orgId] as const,
  lists: (orgId: string) => [...memberKeys.all(orgId), 'list'] as const,
  list: (orgId: string, filters: MemberListFilters = {}) => [...memberKeys.lists(orgId), filters] as const,
};

/** A member's `describe`: the user's public view; admins of the org also get `email` and `billTo`. */
const memberDescribeSchema = userSchema;

/** Flags the API may omit on older servers default to false, as the platform does. */
const memberSchema = z.looseObject({
  id: z.string(),
  level: z.enum(ORG_LEVELS),
  allowBillableActivities: z.boolean().optional().default(false),
  projectAccess: z.enum(PROJECT_LEVELS).optional().default('NONE'),
  appAccess: z.boolean().optional().default(false),
  archivalManagement: z.boolean().optional().default(false),
  projectMemberDemotion: z.boolean().optional().default(false),
  dataDeletion: z.boolean().optional().default(false),
  dataSearch: z.boolean().optional().default(false),
  treManagement: z.boolean().optional().default(false),
  cloudIntegrationManagement: z.boolean().optional().default(false),
  describe: memberDescribeSchema.optional(),
});

export interface MemberDescribe {
  name: string;
  handle: string;
  email?: string;
  billTo?: string;
}

/** One row of the Members tab: the membership and who the member is. */
export interface Member extends MemberAccess {
  id: string;
  describe: MemberDescribe;
}

function handleFromId(userId: string): string {
  return userId.replace(/^user-/, '');
}

export function parseMember(item: unknown): Member {
  const { describe, ...access } = parseAnswer(
    memberSchema,
    item,
    'findMembers returned a member without the expected fields.',
  );
  const handle = describe?.handle ?? handleFromId(access.id);
  const name = describe ? [describe.first, describe.last].filter(Boolean).join(' ').trim() : '';
  return {
    id: access.id,
    level: access.level,
    allowBillableActivities: access.allowBillableActivities,
    projectAccess: access.projectAccess,
    appAccess: access.appAccess,
    archivalManagement: access.archivalManagement,
    projectMemberDemotion: access.projectMemberDemotion,
    dataDeletion: access.dataDeletion,
    dataSearch: access.dataSearch,
    treManagement: access.treManagement,
    cloudIntegrationManagement: access.cloudIntegrationManagement,
    describe: {
      name: name || handle,
      handle,
      ...(describe?.email !== undefined ? { email: describe.email } : {}),
      ...(describe?.billTo !== undefined ? { billTo: describe.billTo } : {}),
    },
  };
}

/** Every member, described, loaded page after page with progress (see find-all.ts). */
export function membersQueryOptions(orgId: string, filters: MemberListFilters = {}) {
  return findAllQueryOptions({
    queryKey: memberKeys.list(orgId, filters),
    route: 'org.findMembers',
    subject: orgId,
    body: { ...filters, describe: true },
    parse: parseMember,
  });
}

// ---- Mutations ----

/** `/org-x/invite`: the invitee, their level and (for a MEMBER) their flags. */
export type InviteBody = RouteBody<'org.invite'>;

export async function inviteMember(orgId: string, input: InviteBody): Promise<void> {
  await callRoute('org.invite', orgId, input);
}

/** `/org-x/setMemberAccess`: user ID → `level` always, flags only for MEMBERs. */
export type MemberAccessChanges = RouteBody<'org.setMemberAccess'>;

export async function setMemberAccess(orgId: string, changes: MemberAccessChanges): Promise<void> {
  await callRoute('org.setMemberAccess', orgId, changes);
}

const removeMemberResultSchema = z.looseObject({
  id: z.string(),
  projects: z.record(z.string(), z.string()).optional().default({}),
  apps: z.record(z.string(), z.string()).optional().default({}),
});
export type RemoveMemberResult = z.infer<typeof removeMemberResultSchema>;

export async function removeMember(orgId: string, input: RouteBody<'org.removeMember'>): Promise<RemoveMemberResult> {
  const raw = await callRoute('org.removeMember', orgId, input);
  return parseAnswer(removeMemberResultSchema, raw, 'removeMember answered with an unexpected shape.');
}

const projectNameSchema = z.looseObject({ id: z.string(), describe: z.looseObject({ name: z.string() }) });

/**
 * Names of the given projects billed to the org (or of all of them), for the removal
 * report. Best effort: a project billed elsewhere, or a refusal, leaves it to be shown
 * by its ID.
 */
export async function orgProjectNames(orgId: string, projectIds: string[] | 'all'): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (projectIds.length === 0) return names;
  try {
    const found = await fetchAllPages(
      {
        route: 'org.findProjects',
        subject: orgId,
        body: { ...(projectIds === 'all' ? {} : { id: projectIds }), describe: { fields: { name: true } } },
      },
      (item) => projectNameSchema.safeParse(item),
    );
    for (const result of found) if (result.success) names.set(result.data.id, result.data.describe.name);
  } catch {
    // Names are a nicety here; the report still lists every project by ID.
  }
  return names;
}
