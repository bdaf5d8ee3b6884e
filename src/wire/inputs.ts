/**
 * Input schemas of every route, strict: unknown fields and wrong types are refused.
 * The emulator validates with them; the console's forms reuse the field rules.
 */
import { z } from 'zod';
import { LICENSES, LIMIT_ACTIONS, MEMBER_LIST_VISIBILITIES } from './entities';
import { ORG_LEVELS, PROJECT_LEVELS, PROJECT_PERMISSIONS } from './levels';

export const USER_ID = /^user-[a-z][a-z0-9_.]{2,63}$/;
export const ORG_ID = /^org-[a-z0-9_]{3,64}$/;
export const PROJECT_ID = /^project-[0-9A-Za-z]{24}$/;
export const APP_ID = /^app-[a-z0-9_.-]+$/;
export const APPLET_ID = /^applet-[0-9A-Za-z]{24}$/;
/** The platform's version pattern for apps (dx-toolkit's GLOBAL_EXEC_VERSION_RE): semantic versions. */
export const APP_VERSION =
  /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[-0-9A-Za-z]+(\.[-0-9A-Za-z]+)*)?(\+[-0-9A-Za-z]+(\.[-0-9A-Za-z]+)*)?$/;
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const userIdSchema = z.string().regex(USER_ID, 'must be a user ID like user-alice');
export const orgIdSchema = z.string().regex(ORG_ID, 'must be an org ID like org-acme');
export const projectIdSchema = z.string().regex(PROJECT_ID, 'must be a project ID: project- and 24 letters or digits');
export const accountIdSchema = z.union([userIdSchema, orgIdSchema], { error: 'must be a user or org ID' });

export const orgHandleSchema = z
  .string()
  .regex(/^[A-Za-z0-9_]{3,64}$/, 'must be 3 to 64 letters, digits or underscores');
export const usernameSchema = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9_.]{2,63}$/,
    'must be 3 to 64 letters, digits, dots or underscores, starting with a letter',
  );
export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(256, 'must be at most 256 characters');
export const emailSchema = z.email('must be a valid e-mail address').max(254);

const orgLevel = z.enum(ORG_LEVELS);
const projectLevel = z.enum(PROJECT_LEVELS);
const projectPermission = z.enum(PROJECT_PERMISSIONS);
const fields = z.record(z.string(), z.boolean());
const describeOption = z.union([z.boolean(), z.strictObject({ fields: fields.optional() })]);
const MAX_NAME_PATTERN = 1000;
const MAX_TOKEN_DURATION = 30 * 24 * 60 * 60 * 1000;
const namePattern = z.string().max(MAX_NAME_PATTERN, `must be at most ${MAX_NAME_PATTERN} characters`);
const nameQuery = z.union([
  z.string(),
  z.strictObject({ glob: namePattern }),
  z.strictObject({
    regexp: namePattern,
    flags: z
      .string()
      .regex(/^[imsu]*$/, 'must be some of i, m, s and u')
      .refine((flags) => new Set(flags).size === flags.length, 'must not repeat a flag')
      .optional(),
  }),
]);
const timeRange = z.strictObject({ after: z.number().optional(), before: z.number().optional() });
const tag = z.string().min(1, 'must not be empty').max(128, 'must be at most 128 characters');
const tagsQuery = z.union([tag, z.strictObject({ $and: z.array(tag).min(1) })]);
const propertyKey = z.string().min(1, 'must not be empty').max(128, 'must be at most 128 characters');
const propertyClause = z.record(propertyKey, z.union([z.string().max(1024), z.literal(true)]));
const propertiesQuery = z.union([z.strictObject({ $and: z.array(propertyClause).min(1) }), propertyClause]);
/** The public, project-wide filters of `findProjects` (the org's and the system's). */
const projectFilters = {
  id: z.array(projectIdSchema).optional(),
  name: nameQuery.optional(),
  tags: tagsQuery.optional(),
  properties: propertiesQuery.optional(),
  created: timeRange.optional(),
  region: z.string().min(1).max(64).optional(),
  containsPHI: z.boolean().optional(),
  public: z.boolean().optional(),
};
const nonce = z.string().min(1).max(128);
const appletIdSchema = z.string().regex(APPLET_ID, 'must be an applet ID: applet- and 24 letters or digits');
const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);
/** An executable's specs are kept as given: only their outer shape is checked. */
const ioSpec = z.array(z.looseObject({ name: z.string().min(1, 'must not be empty') }));

/**
 * `/applet/new` and `/app/new` take the whole dxapp.json as dx-toolkit sends it: fields the
 * emulator does not keep (`access`, `details`, `billTo`, `version` on an applet…) are
 * accepted and dropped, as the platform accepts them; the ones it keeps are checked.
 */
const executableText = {
  title: text(256).optional(),
  summary: text(1024).optional(),
  description: text(100_000).optional(),
};

const paging = {
  limit: z.number().int().min(1).max(1000).optional(),
  starting: z.unknown().optional(),
};
const limitAmount = z.number().min(0).nullable();

export const projectLimitsPatchSchema = z.strictObject({
  monthlyComputeLimit: limitAmount.optional(),
  monthlyEgressBytesLimit: limitAmount.optional(),
  monthlyStorageLimit: limitAmount.optional(),
});

export const policiesPatchSchema = z.strictObject({
  memberListVisibility: z.enum(MEMBER_LIST_VISIBILITIES).optional(),
  restrictProjectTransfer: orgLevel.optional(),
  projectSharing: orgLevel.optional(),
  allowInstanceUpgradeOnJobRestart: z.boolean().optional(),
  jobReuse: z.boolean().optional(),
  detailedJobMetricsCollectDefault: z.boolean().optional(),
  projectLimits: projectLimitsPatchSchema.extend({ action: z.enum(LIMIT_ACTIONS).nullable().optional() }).optional(),
});

const memberFlags = {
  allowBillableActivities: z.boolean().optional(),
  projectAccess: projectLevel.optional(),
  appAccess: z.boolean().optional(),
  archivalManagement: z.boolean().optional(),
  projectMemberDemotion: z.boolean().optional(),
  dataDeletion: z.boolean().optional(),
  dataSearch: z.boolean().optional(),
  treManagement: z.boolean().optional(),
  cloudIntegrationManagement: z.boolean().optional(),
};
export const memberAccessSchema = z.strictObject({ level: orgLevel, ...memberFlags });

export const billingInformationSchema = z.strictObject({
  email: emailSchema,
  name: displayNameSchema,
  companyName: z.string().max(256).default(''),
  address1: z.string().trim().min(1, 'must not be empty').max(256),
  address2: z.string().max(256).default(''),
  city: z.string().trim().min(1, 'must not be empty').max(128),
  state: z.string().max(128).default(''),
  postCode: z.string().max(32).default(''),
  country: z.string().trim().min(2, 'must be a country').max(64),
  phone: z.string().regex(/^\+?[0-9 ()-]{6,24}$/, 'must be a phone number'),
});

export const jobLogsForwardingInputSchema = z.union([
  z.strictObject({
    url: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }),
    token: z.string().min(1, 'must not be empty'),
  }),
  z.strictObject({}),
]);

/** [extension] `/org-x/billingSummary`, `/user-x/billingSummary`: the window, in months. */
const billingSummaryInput = z.strictObject({ months: z.number().int().min(1).max(36).optional() });

export const routeInputs = {
  'system.whoami': z.strictObject({}),
  'system.findOrgs': z.strictObject({
    level: orgLevel,
    allowBillableActivities: z.boolean().optional(),
    describe: describeOption.optional(),
    ...paging,
  }),
  'system.findApps': z.strictObject({
    name: nameQuery.optional(),
    published: z.boolean().optional(),
    describe: describeOption.optional(),
    ...paging,
  }),
  'system.findGlobalWorkflows': z.strictObject({
    name: nameQuery.optional(),
    describe: describeOption.optional(),
    ...paging,
  }),
  'system.findProjects': z.strictObject({
    ...projectFilters,
    level: projectPermission.optional(),
    billTo: z.union([accountIdSchema, z.array(accountIdSchema).min(1)]).optional(),
    describe: describeOption.optional(),
    ...paging,
  }),
  'org.new': z.strictObject({
    handle: orgHandleSchema,
    name: displayNameSchema,
    policies: policiesPatchSchema.optional(),
    nonce: nonce.optional(),
  }),
  'applet.new': z.object({
    project: projectIdSchema,
    name: text(256).min(1, 'must not be empty').optional(),
    folder: z.string().startsWith('/', 'must be a folder path starting with /').optional(),
    dxapi: z.string().min(1, 'must not be empty'),
    runSpec: z.looseObject({ interpreter: z.string().min(1, 'must not be empty'), code: z.string() }),
    inputSpec: ioSpec.optional(),
    outputSpec: ioSpec.optional(),
    ...executableText,
    nonce: nonce.optional(),
  }),
  'app.new': z
    .object({
      name: z.string().regex(/^[a-z0-9._-]{1,128}$/, 'must be 1–128 lower-case letters, digits, ".", "_" or "-"'),
      version: z.string().regex(APP_VERSION, 'must be a semantic version like 1.0.0'),
      applet: appletIdSchema.optional(),
      regionalOptions: z
        .record(z.string().min(1), z.looseObject({ applet: appletIdSchema }))
        .refine((value) => Object.keys(value).length > 0, 'name at least one region')
        .optional(),
      billTo: accountIdSchema.optional(),
      ...executableText,
      nonce: nonce.optional(),
    })
    .refine((value) => (value.applet === undefined) !== (value.regionalOptions === undefined), {
      message: 'give either applet or regionalOptions, not both',
      path: ['regionalOptions'],
    }),
  'org.describe': z.strictObject({ fields: fields.optional() }),
  'org.update': z.strictObject({
    name: displayNameSchema.optional(),
    policies: policiesPatchSchema.optional(),
    samlIdP: z.string().max(1024).nullable().optional(),
    jobLogsForwarding: jobLogsForwardingInputSchema.optional(),
    reportDestination: projectIdSchema.nullable().optional(),
  }),
  'org.findMembers': z.strictObject({
    level: orgLevel.optional(),
    id: z.array(userIdSchema).optional(),
    describe: describeOption.optional(),
    ...paging,
  }),
  'org.invite': z.strictObject({
    invitee: userIdSchema,
    level: orgLevel.optional(),
    ...memberFlags,
    suppressEmailNotification: z.boolean().optional(),
  }),
  'org.setMemberAccess': z
    .record(userIdSchema, memberAccessSchema)
    .refine((value) => Object.keys(value).length > 0, 'name at least one member'),
  'org.removeMember': z.strictObject({
    user: userIdSchema,
    revokeProjectPermissions: z.boolean().optional(),
    revokeAppPermissions: z.boolean().optional(),
  }),
  'org.findProjects': z.strictObject({ ...projectFilters, describe: describeOption.optional(), ...paging }),
  'org.findApps': z.strictObject({
    name: nameQuery.optional(),
    created: timeRange.optional(),
    describe: describeOption.optional(),
    ...paging,
  }),
  'org.bulkUpdateProjectLimit': z.strictObject({
    projects: z.union([z.literal('all'), z.array(projectIdSchema).min(1)]),
    limits: projectLimitsPatchSchema,
  }),
  'org.findAuditEvents': z.strictObject({
    actor: userIdSchema.optional(),
    action: z.string().max(64).optional(),
    after: z.number().optional(),
    before: z.number().optional(),
    ...paging,
  }),
  'org.updateBillingInformation': z.strictObject({ billingInformation: billingInformationSchema }),
  'org.confirmBillingContact': z.strictObject({}),
  'org.requestSpendingLimitChange': z.strictObject({
    amount: z.number().positive('must be more than 0').max(1e12),
    poNumber: z.string().trim().min(1, 'must not be empty').max(64),
    note: z.string().max(1000).optional(),
  }),
  'org.usageReport': z.strictObject({
    kind: z.enum(['perProject', 'rootExecutions']),
    month: z.string().regex(MONTH, 'must be a month like 2026-03'),
  }),
  'org.billingSummary': billingSummaryInput,
  'user.new': z.strictObject({
    username: usernameSchema,
    email: emailSchema,
    first: z.string().max(128).optional(),
    middle: z.string().max(128).optional(),
    last: z.string().max(128).optional(),
    occupation: z.string().max(256).optional(),
    billTo: accountIdSchema.optional(),
    provisioningOrg: orgIdSchema.optional(),
    /** How long the new person's first token lasts, in ms (dx: at most 30 days). */
    tokenDuration: z.number().int().max(MAX_TOKEN_DURATION, 'must be at most 30 days').optional(),
  }),
  'user.describe': z.strictObject({
    fields: fields.optional(),
    appsInstalled: z.boolean().optional(),
    subscriptions: z.boolean().optional(),
  }),
  'user.update': z.strictObject({ billTo: accountIdSchema }),
  'user.billingSummary': billingSummaryInput,
  'project.new': z.strictObject({
    name: displayNameSchema,
    billTo: accountIdSchema.optional(),
    region: z.string().min(1).max(64).optional(),
    containsPHI: z.boolean().optional(),
    tags: z.array(tag).optional(),
    properties: z.record(propertyKey, z.string().max(1024)).optional(),
  }),
  'project.describe': z.strictObject({ fields: fields.optional() }),
  'project.listFolder': z.strictObject({
    folder: z.string().regex(/^\//, 'must be a folder path starting with /').max(4096),
    describe: z.union([z.boolean(), z.record(z.string(), z.unknown())]).optional(),
    only: z.enum(['objects', 'folders', 'all']).optional(),
    includeHidden: z.boolean().optional(),
    hasSubfolderFlags: z.boolean().optional(),
  }),
  'project.destroy': z.strictObject({ terminateJobs: z.boolean().optional() }),
  'project.addTags': z.strictObject({ tags: z.array(tag).min(1, 'name at least one tag') }),
  'project.removeTags': z.strictObject({ tags: z.array(tag).min(1, 'name at least one tag') }),
  'project.setProperties': z.strictObject({
    properties: z
      .record(propertyKey, z.string().max(1024).nullable())
      .refine((value) => Object.keys(value).length > 0, 'name at least one property'),
  }),
  'project.invite': z.strictObject({
    invitee: z.union([userIdSchema, orgIdSchema], { error: 'must be a user or org ID' }),
    level: projectPermission,
    suppressEmailNotification: z.boolean().optional(),
  }),
  'project.decreasePermissions': z
    .record(accountIdSchema, projectPermission.nullable())
    .refine((value) => Object.keys(value).length > 0, 'name at least one user or org'),
  'project.update': z.strictObject({
    name: displayNameSchema.optional(),
    billTo: accountIdSchema.optional(),
    dataProtectionNotice: z.boolean().optional(),
    ...projectLimitsPatchSchema.shape,
  }),
  'app.describe': z.strictObject({ fields: fields.optional() }),
  'app.addDevelopers': z.strictObject({ developers: z.array(accountIdSchema).min(1) }),
  'app.addAuthorizedUsers': z.strictObject({
    authorizedUsers: z.array(z.union([accountIdSchema, z.literal('PUBLIC')])).min(1),
  }),
  'app.listAuthorizedUsers': z.strictObject({}),
  'app.listCategories': z.strictObject({}),
  'app.addTags': z.strictObject({ tags: z.array(tag).min(1) }),
} as const;

export type RouteName = keyof typeof routeInputs;
export type RouteInput<R extends RouteName> = z.output<(typeof routeInputs)[R]>;
export type LicenseName = (typeof LICENSES)[number];
