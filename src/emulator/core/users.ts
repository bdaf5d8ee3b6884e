/** Users: whoami, describe, default billing account, provisioning. */
import type { UserPublic } from '../../wire/entities';
import type { RouteInput } from '../../wire/inputs';
import { emptyBillingAccount, type UserRecord } from './state';
import { getOrg, hasBillableAccess, requireAdmin, requireLicense, requireNotExpired } from './access';
import { billingFigures } from './billing';
import { recordAudit, type Ctx } from './context';
import { invalidInput, notFound, permissionDenied } from './errors';
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

export function newUser(ctx: Ctx, input: RouteInput<'user.new'>) {
  const org = getOrg(ctx.state, input.provisioningOrg);
  requireAdmin(ctx, org);
  requireLicense(org, 'accountProvisioning', 'Creating users');
  requireNotExpired(ctx, org);
  const username = input.username.toLowerCase();
  const id = `user-${username}`;
  const first = input.first?.trim() ?? '';
  const last = input.last?.trim() ?? '';
  if (!first && !last) throw invalidInput('Give at least one of "first" and "last"');
  if (ctx.state.users[id]) throw invalidInput(`The username ${username} is taken`);
  const email = input.email.toLowerCase();
  if (Object.values(ctx.state.users).some((user) => user.email.toLowerCase() === email)) {
    throw invalidInput(`The e-mail address ${email} is already in use`);
  }
  if (input.billTo !== undefined && input.billTo !== org.id) {
    throw invalidInput(`"billTo" may only be the provisioning org ${org.id}`);
  }
  const user: UserRecord = {
    id,
    handle: username,
    first,
    middle: input.middle?.trim() ?? '',
    last,
    email,
    billTo: input.billTo ?? id,
    created: ctx.now,
    persona: `created by ${ctx.caller.id} for ${org.id}`,
    // Nobody learns this token: the person signs in through the platform's own channels.
    tokenHash: hashToken(newToken()),
    billing: emptyBillingAccount(),
  };
  ctx.tx.put('users', user);
  recordAudit(ctx, org.id, 'user.new', id, null, userPublicView(user));
  return { id };
}
