/** Org members: query keys, the parsed member row, and the membership mutations and their hooks. */
import { z } from 'zod';
import { ORG_LEVELS, PROJECT_LEVELS } from '../wire/levels';
import type { MemberAccess } from '../wire/entities';
import { runEach, type Settled } from '../lib/run-each';
import { appKeys } from './apps';
import { auditKeys } from './audit';
import { findAllQueryOptions } from './find-all';
import { useApiMutation, type MutationCallbacks } from './mutation';
import { orgKeys } from './orgs';
import { fetchAllPages } from './paging';
import { projectKeys } from './project-keys';
import { callRoute, parseAnswer, type RouteBody } from './route';
import { createUser, displayName, userSchema, type NewUserInput } from './users';

export interface MemberListFilters {
  level?: 'ADMIN' | 'MEMBER';
}

export const memberKeys = {
  all: (orgId: string) => ['members', orgId] as const,
  lists: (orgId: string) => [...memberKeys.all(orgId), 'list'] as const,
  list: (orgId: string, filters: MemberListFilters = {}) => [...memberKeys.lists(orgId), filters] as const,
};

/**
 * A member's `describe`: the user's public view (id, class, handle, first, middle, last), for
 * admins too; the platform gives nobody another person's e-mail or billing account.
 */
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
    describe: { name: describe ? displayName({ ...describe, handle }) : handle, handle },
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

// ---- Hooks: each invalidates what a membership change touches ----

/** After a membership change: the member lists, the org's description (counts, admins) and its audit log. */
export function membershipKeys(orgId: string) {
  return [memberKeys.lists(orgId), orgKeys.detail(orgId), auditKeys.org(orgId)];
}

/** One `/org-x/setMemberAccess` with the given entries. */
export function useSetMemberAccess(orgId: string, callbacks?: MutationCallbacks<void, MemberAccessChanges>) {
  return useApiMutation(
    {
      mutationFn: (changes: MemberAccessChanges) => setMemberAccess(orgId, changes),
      invalidates: () => membershipKeys(orgId),
    },
    callbacks,
  );
}

export interface InviteMembersRequest {
  invitees: readonly string[];
  /** What every invitee gets: the invite's fields but the invitee. */
  access: Omit<InviteBody, 'invitee'>;
  /** How many invitations have been answered so far. */
  onProgress?: (done: number) => void;
}

/**
 * One `/org-x/invite` per invitee (the API has no bulk invite), each invitee's outcome
 * kept; the lists refetch when anyone was invited.
 */
export function useInviteMembers<V extends InviteMembersRequest = InviteMembersRequest>(
  orgId: string,
  callbacks?: MutationCallbacks<Settled<string, void>[], V>,
) {
  return useApiMutation(
    {
      mutationFn: ({ invitees, access, onProgress }: V) =>
        runEach(invitees, (invitee) => inviteMember(orgId, { ...access, invitee }), { onSettled: onProgress }),
      invalidates: (results) => (results.some((result) => result.ok) ? membershipKeys(orgId) : []),
    },
    callbacks,
  );
}

/** A failed step of creating and inviting a user: `cause` is the API's error. */
export type CreateAndInviteFailure = Error & { step: 'create' | 'invite'; cause: unknown };

function failedStep(step: CreateAndInviteFailure['step'], cause: unknown): CreateAndInviteFailure {
  return Object.assign(new Error(step), { step, cause });
}

export type CreateAndInviteRequest = (
  | { /** The account to create (`/user/new`). */ create: NewUserInput }
  | { /** The account an earlier attempt created: a retry after a failed invitation only invites. */ userId: string }
) & {
  access: Omit<InviteBody, 'invitee'>;
  /** The account exists now (the invitation is still to come). */
  onCreated?: (userId: string) => void;
};

/** `/user/new` on behalf of the org, then `/org-x/invite`; fails with the step that failed. Answers the user ID. */
export function useCreateAndInviteUser(orgId: string, callbacks?: MutationCallbacks<string, CreateAndInviteRequest>) {
  return useApiMutation(
    {
      mutationFn: async (request: CreateAndInviteRequest) => {
        let id: string;
        if ('create' in request) {
          try {
            ({ id } = await createUser(request.create));
          } catch (error) {
            throw failedStep('create', error);
          }
          request.onCreated?.(id);
        } else {
          id = request.userId;
        }
        try {
          await inviteMember(orgId, { invitee: id, ...request.access });
        } catch (error) {
          throw failedStep('invite', error);
        }
        return id;
      },
      invalidates: () => membershipKeys(orgId),
    },
    callbacks,
  );
}

export interface RemoveMembersRequest<M extends { id: string }> {
  members: readonly M[];
  /** Who is signed in: leaving goes last, and the org's project names are read before it. */
  selfId: string;
  revocation: Omit<RouteBody<'org.removeMember'>, 'user'>;
  onProgress?: (done: number) => void;
}

export interface RemovalResults<M> {
  /** Each member's outcome, those leaving last. */
  settled: Settled<M, RemoveMemberResult>[];
  /** Names of the projects the removed members lost (best effort). */
  projectNames: Map<string, string>;
}

/** One `/org-x/removeMember` per member; the lists refetch when anyone was removed. */
export function useRemoveMembers<M extends { id: string }>(
  orgId: string,
  callbacks?: MutationCallbacks<RemovalResults<M>, RemoveMembersRequest<M>>,
) {
  return useApiMutation(
    {
      mutationFn: async ({ members, selfId, revocation, onProgress }: RemoveMembersRequest<M>) => {
        // Leaving goes last: an admin who left first could no longer remove the others.
        const others = members.filter((m) => m.id !== selfId);
        const self = members.filter((m) => m.id === selfId);
        const call = (member: M) => removeMember(orgId, { user: member.id, ...revocation });
        // Once you have left, the org's projects are no longer yours to list: learn their names first.
        const namesBeforeLeaving = self.length > 0 ? await orgProjectNames(orgId, 'all') : null;
        const settled = [
          ...(await runEach(others, call, { onSettled: onProgress })),
          ...(await runEach(self, call, { onSettled: (n) => onProgress?.(others.length + n) })),
        ];
        const projectIds = [...new Set(settled.flatMap((s) => (s.ok ? Object.keys(s.value.projects) : [])))];
        return { settled, projectNames: namesBeforeLeaving ?? (await orgProjectNames(orgId, projectIds)) };
      },
      // A removal also revokes permissions on the org's projects and apps (unless kept).
      invalidates: ({ settled }) =>
        settled.some((s) => s.ok)
          ? [...membershipKeys(orgId), projectKeys.orgLists(orgId), appKeys.orgLists(orgId)]
          : [],
    },
    callbacks,
  );
}
