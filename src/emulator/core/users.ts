/** Users: whoami, describe, default billing account, provisioning. */
import type { UserPublic } from '../../wire/entities';
import type { RouteInput } from '../../wire/inputs';
import { emptyBillingAccount, type OrgRecord, type UserRecord } from './state';
import { getOrg, hasBillableAccess, requireAdmin, requireLicense, requireNotExpired } from './access';
import { billingFigures } from './billing';
import { recordAudit, type Ctx } from './context';
import { ApiFailure, notFound, permissionDenied } from './errors';
import { selectFields } from './fields';
import { hashToken, newToken } from './tokens';

export function userPublicView(user: UserRecord): UserPublic {
  return { id: user.id, class: 'user', handle: user.handle, first: user.first, middle: user.middle, last: user.last };
}

export function whoami(ctx: Ctx) {
  return { id: ctx.caller.id };
}

export function describeUser(ctx: Ctx, userId: string, input: RouteInput<'user.describe'>) {
  const user = ctx.state.users[userId];
  if (!user) throw notFound(`The user ${userId} does not exist`);
  if (user.id !== ctx.caller.id) return selectFields({ ...userPublicView(user) }, input.fields);
  const full = {
    ...userPublicView(user),
    email: user.email,
    billTo: user.billTo,
    created: user.created,
    ...billingFigures(user.billing),
    ...(input.appsInstalled ? { appsInstalled: {} } : {}),
  };
  return selectFields(full, input.fields);
}

export function updateUser(ctx: Ctx, userId: string, input: RouteInput<'user.update'>) {
  const user = ctx.state.users[userId];
  if (!user) throw notFound(`The user ${userId} does not exist`);
  if (user.id !== ctx.caller.id) throw permissionDenied(`Only ${user.id} may update their own account`);
  if (input.billTo !== user.id) {
    const org = ctx.state.orgs[input.billTo];
    if (!org || !hasBillableAccess(org, user.id)) {
      throw permissionDenied(`${user.id} may not bill to ${input.billTo}: billable activities are not allowed there`);
    }
  }
  ctx.tx.editUser(user.id).billTo = input.billTo;
  return { id: user.id };
}

/**
 * `/user/new` is the auth server's route, and it refuses bad input with its own error type,
 * not the API server's `InvalidInput` (the platform's client tests see a plain DXAPIError).
 */
export const USER_INPUT_REFUSAL = 'InvalidUserInput' as const;
const refuseUserInput = (message: string) => new ApiFailure(USER_INPUT_REFUSAL, message);

/** The org a new person is created for: its admin, holding the provisioning license. */
function provisioningOrg(ctx: Ctx, orgId: string | undefined): OrgRecord | undefined {
  if (orgId === undefined) return undefined;
  const org = getOrg(ctx.state, orgId);
  requireAdmin(ctx, org);
  requireLicense(org, 'accountProvisioning', 'Creating users');
  requireNotExpired(ctx, org);
  return org;
}

/**
 * The new person's default billing account: their own, the provisioning org, or (without
 * one) an org the caller administers — `dx new user --set-bill-to --org` then invites them.
 */
function newUserBillTo(ctx: Ctx, id: string, billTo: string | undefined, org: OrgRecord | undefined): string {
  if (billTo === undefined || billTo === id) return id;
  if (org) {
    if (billTo !== org.id) throw refuseUserInput(`"billTo" may only be the provisioning org ${org.id}`);
    return billTo;
  }
  if (!billTo.startsWith('org-')) throw refuseUserInput('"billTo" must be the new user or an org you administer');
  requireAdmin(ctx, getOrg(ctx.state, billTo));
  return billTo;
}

export function newUser(ctx: Ctx, input: RouteInput<'user.new'>) {
  const org = provisioningOrg(ctx, input.provisioningOrg);
  const username = input.username.toLowerCase();
  const id = `user-${username}`;
  const first = input.first?.trim() ?? '';
  const last = input.last?.trim() ?? '';
  if (!first && !last) throw refuseUserInput('Give at least one of "first" and "last"');
  if (ctx.state.users[id]) throw refuseUserInput(`The username ${username} is taken`);
  const email = input.email.toLowerCase();
  if (Object.values(ctx.state.users).some((user) => user.email.toLowerCase() === email)) {
    throw refuseUserInput(`The e-mail address ${email} is already in use`);
  }
  const user: UserRecord = {
    id,
    handle: username,
    first,
    middle: input.middle?.trim() ?? '',
    last,
    email,
    billTo: newUserBillTo(ctx, id, input.billTo, org),
    created: ctx.now,
    persona: org ? `created by ${ctx.caller.id} for ${org.id}` : `created by ${ctx.caller.id}`,
    // Nobody learns this token (nor how long it lasts, `tokenDuration`): the person signs
    // in through the platform's own channels.
    tokenHash: hashToken(newToken()),
    billing: emptyBillingAccount(),
  };
  ctx.tx.put('users', user);
  const auditOrg = org?.id ?? (user.billTo === id ? undefined : user.billTo);
  if (auditOrg) recordAudit(ctx, auditOrg, 'user.new', id, null, userPublicView(user));
  return { id };
}
