/**
 * Billing accounts: one's own user account and the orgs where one may bill. Their
 * figures come from the describes; charges by month from the `billingSummary`
 * extension; billing details and the default billing account are the mutations here.
 */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { BillingInformation } from '../wire/entities';
import { auditKeys } from './audit';
import { memberKeys } from './members';
import { useApiMutation, type MutationCallbacks } from './mutation';
import { orgKeys } from './orgs';
import { fetchAllPages } from './paging';
import { callRoute, parseAnswer, routePath, type EntityRoute, type RouteBody } from './route';
import { displayName, userKeys } from './users';

export const billingKeys = {
  all: ['billing'] as const,
  /** The orgs where the signed-in person may bill (`/system/findOrgs` with describe). */
  orgAccounts: () => [...billingKeys.all, 'orgs'] as const,
  summaries: () => [...billingKeys.all, 'summary'] as const,
  summary: (accountId: string, months: number) => [...billingKeys.summaries(), accountId, months] as const,
};

/** The five figures every billing account's describe carries for those who may see them. */
const figuresShape = {
  spendingLimit: z.number().nullable(),
  estSpendingLimitLeft: z.number().nullable(),
  computeCharges: z.number(),
  storageCharges: z.number(),
  dataEgressCharges: z.number(),
};
export const billingFiguresSchema = z.looseObject(figuresShape);
export type BillingFigures = z.infer<typeof billingFiguresSchema>;

const billingInformationSchema = z.looseObject({
  email: z.string(),
  name: z.string(),
  companyName: z.string().optional().default(''),
  address1: z.string().optional().default(''),
  address2: z.string().optional().default(''),
  city: z.string().optional().default(''),
  state: z.string().optional().default(''),
  postCode: z.string().optional().default(''),
  country: z.string().optional().default(''),
  phone: z.string().optional().default(''),
});

const orgAccountSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  level: z.enum(['ADMIN', 'MEMBER']).optional(),
  billable: z.boolean().optional(),
  admins: z.array(z.string()).optional(),
  ...figuresShape,
  billingInformation: billingInformationSchema.nullable().optional(),
  billingContactConfirmed: z.boolean().optional(),
});

export interface OrgBillingAccount {
  kind: 'org';
  id: string;
  name: string;
  level: 'ADMIN' | 'MEMBER' | undefined;
  billable: boolean | undefined;
  /** Only where the person may list the org's members. */
  admins: string[] | undefined;
  figures: BillingFigures;
  /** null: billing not set up; undefined: this API does not say. */
  billingInformation: BillingInformation | null | undefined;
  billingContactConfirmed: boolean;
}

export interface UserBillingAccount {
  kind: 'user';
  id: string;
  name: string;
  figures: BillingFigures;
  /** The person's default billing account (their own ID or an org's). */
  billTo: string;
}

export type BillingAccount = OrgBillingAccount | UserBillingAccount;

/**
 * An org's describe as a billing account, or null when it has no billing figures (the
 * person is neither an admin nor allowed billable activities there).
 */
export function orgBillingAccount(describe: unknown): OrgBillingAccount | null {
  const parsed = orgAccountSchema.safeParse(describe);
  return parsed.success ? toOrgBillingAccount(parsed.data) : null;
}

function toOrgBillingAccount(org: z.infer<typeof orgAccountSchema>): OrgBillingAccount {
  return {
    kind: 'org',
    id: org.id,
    name: org.name,
    level: org.level,
    billable: org.billable,
    admins: org.admins,
    figures: {
      spendingLimit: org.spendingLimit,
      estSpendingLimitLeft: org.estSpendingLimitLeft,
      computeCharges: org.computeCharges,
      storageCharges: org.storageCharges,
      dataEgressCharges: org.dataEgressCharges,
    },
    billingInformation: org.billingInformation,
    billingContactConfirmed: org.billingContactConfirmed ?? false,
  };
}

function parseBillableOrg(item: unknown): OrgBillingAccount {
  const { describe } = parseAnswer(
    z.looseObject({ describe: orgAccountSchema }),
    item,
    '/system/findOrgs returned a billable org without its billing figures.',
  );
  return toOrgBillingAccount(describe);
}

/** Every org where the signed-in person may bill (admins always may). */
export function billableOrgsQueryOptions() {
  return queryOptions({
    queryKey: billingKeys.orgAccounts(),
    queryFn: ({ signal }) =>
      fetchAllPages(
        { route: 'system.findOrgs', body: { level: 'MEMBER', allowBillableActivities: true, describe: true } },
        parseBillableOrg,
        { signal },
      ),
  });
}

const userAccountSchema = z.looseObject({
  id: z.string(),
  handle: z.string(),
  first: z.string().optional().default(''),
  last: z.string().optional().default(''),
  billTo: z.string(),
  ...figuresShape,
});

/** `/user-x/describe` for oneself: the user account's figures and the default billing account. */
async function describeUserAccount(userId: string, signal?: AbortSignal): Promise<UserBillingAccount> {
  const raw = await callRoute('user.describe', userId, {}, { signal });
  const user = parseAnswer(
    userAccountSchema,
    raw,
    `/${userId}/describe answered without the account's billing figures.`,
  );
  const name = displayName(user);
  return {
    kind: 'user',
    id: user.id,
    name,
    billTo: user.billTo,
    figures: {
      spendingLimit: user.spendingLimit,
      estSpendingLimitLeft: user.estSpendingLimitLeft,
      computeCharges: user.computeCharges,
      storageCharges: user.storageCharges,
      dataEgressCharges: user.dataEgressCharges,
    },
  };
}

/** Shares the user's detail key: its describe is the same call, and `billTo` changes both. */
export function userAccountQueryOptions(userId: string) {
  return queryOptions({
    queryKey: [...userKeys.detail(userId), 'billing'] as const,
    queryFn: ({ signal }) => describeUserAccount(userId, signal),
  });
}

export const CHARGE_CATEGORIES = ['compute', 'storage', 'egress', 'archival', 'publicIpv4'] as const;
export type ChargeCategory = (typeof CHARGE_CATEGORIES)[number];

/** The charge in each category and their total: a month's charges, and a project's in a usage report. */
export const chargeBreakdownShape = {
  compute: z.number(),
  storage: z.number(),
  egress: z.number(),
  archival: z.number(),
  publicIpv4: z.number(),
  total: z.number(),
};

const monthChargesSchema = z.looseObject({ month: z.string().regex(/^\d{4}-\d{2}$/), ...chargeBreakdownShape });
export type MonthCharges = z.infer<typeof monthChargesSchema>;

const summarySchema = z.looseObject({ id: z.string(), months: z.array(monthChargesSchema) });

/** [extension] `/<account>/billingSummary {months}`: charges by month and category, oldest first. */
export async function billingSummary(accountId: string, months: number, signal?: AbortSignal): Promise<MonthCharges[]> {
  const route = accountId.startsWith('org-') ? 'org.billingSummary' : 'user.billingSummary';
  const raw = await callRoute(route, accountId, { months }, { signal });
  return parseAnswer(summarySchema, raw, `/${accountId}/billingSummary answered without the charges by month.`).months;
}

export function billingSummaryQueryOptions(accountId: string, months: number) {
  return queryOptions({
    queryKey: billingKeys.summary(accountId, months),
    queryFn: ({ signal }) => billingSummary(accountId, months, signal),
  });
}

const idSchema = z.looseObject({ id: z.string() });

async function mutate<R extends EntityRoute>(route: R, subject: string, body: RouteBody<R>): Promise<{ id: string }> {
  const raw = await callRoute<EntityRoute>(route, subject, body);
  const { id } = parseAnswer(idSchema, raw, `${routePath(route, subject)} answered without an ID.`);
  return { id };
}

/** `/org-x/updateBillingInformation`: waits for the billing contact's confirmation afterwards. */
export function updateBillingInformation(orgId: string, billingInformation: BillingInformation) {
  return mutate('org.updateBillingInformation', orgId, { billingInformation });
}

/** `/org-x/confirmBillingContact`: the emulator's stand-in for the link in the billing contact's e-mail. */
export function confirmBillingContact(orgId: string) {
  return mutate('org.confirmBillingContact', orgId, {});
}

/** What a change to an org's billing details touches. */
function orgBillingKeys(orgId: string) {
  return [orgKeys.detail(orgId), orgKeys.lists(), billingKeys.orgAccounts(), auditKeys.org(orgId)];
}

/** `/user-x/update {billTo}`: the person's default billing account. */
export function setDefaultBillingAccount(userId: string, billTo: string) {
  return mutate('user.update', userId, { billTo });
}

/** What a new default billing account touches: the user, and the members lists that show it. */
function defaultAccountKeys(userId: string, accountIds: readonly string[]) {
  return [userKeys.detail(userId), ...accountIds.filter((id) => id.startsWith('org-')).map((id) => memberKeys.all(id))];
}

// ---- Hooks ----

/** `/org-x/updateBillingInformation`. */
export function useUpdateBillingInformation(
  orgId: string,
  callbacks?: MutationCallbacks<{ id: string }, BillingInformation>,
) {
  return useApiMutation(
    {
      mutationFn: (info: BillingInformation) => updateBillingInformation(orgId, info),
      invalidates: () => orgBillingKeys(orgId),
    },
    callbacks,
  );
}

/** `/org-x/confirmBillingContact`. */
export function useConfirmBillingContact(orgId: string, callbacks?: MutationCallbacks<{ id: string }, void>) {
  return useApiMutation(
    { mutationFn: () => confirmBillingContact(orgId), invalidates: () => orgBillingKeys(orgId) },
    callbacks,
  );
}

/** `/user-x/update {billTo}`: `accountId` becomes the default; `previous` was (its members list shows it too). */
export function useSetDefaultBillingAccount(
  userId: string,
  callbacks?: MutationCallbacks<{ id: string }, { accountId: string; previous: string | undefined }>,
) {
  return useApiMutation(
    {
      mutationFn: ({ accountId }: { accountId: string; previous: string | undefined }) =>
        setDefaultBillingAccount(userId, accountId),
      invalidates: (_, { accountId, previous }) => defaultAccountKeys(userId, [accountId, previous ?? '']),
    },
    callbacks,
  );
}
