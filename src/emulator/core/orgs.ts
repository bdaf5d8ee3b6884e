/** Org routes: new, describe, update, and /system/findOrgs. */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { OrgLicenses, OrgPolicies } from '../../wire/entities';
import type { RouteInput } from '../../wire/inputs';
import { adminMembership } from '../../wire/membership';
import { emptyBillingAccount, type OrgRecord } from './state';
import {
  canListMembers,
  getOrg,
  getProject,
  hasBillableAccess,
  requireAdmin,
  requireLicense,
  requireNotExpired,
} from './access';
import { billingDetails, isBillable } from './billing';
import { recordAudit, type Ctx } from './context';
import { invalidInput, permissionDenied } from './errors';
import { selectFields } from './fields';
import { appsBilledTo, orgAdminIds, projectsBilledTo, sortedKeys } from './indexes';
import { once } from './nonces';
import { canonicalJson, paginate } from './paging';

type PoliciesPatch = NonNullable<RouteInput<'org.update'>['policies']>;

export function defaultPolicies(): OrgPolicies {
  return {
    memberListVisibility: 'ADMIN',
    restrictProjectTransfer: 'ADMIN',
    projectSharing: 'MEMBER',
    allowInstanceUpgradeOnJobRestart: false,
    jobReuse: false,
    detailedJobMetricsCollectDefault: false,
    projectLimits: {
      monthlyComputeLimit: null,
      monthlyEgressBytesLimit: null,
      monthlyStorageLimit: null,
      action: null,
    },
  };
}

/**
 * What `/org/new` starts from: members may transfer projects unless the policies sent say
 * otherwise (the platform's client tests show it; `dx new org` always sends ADMIN).
 */
function newOrgPolicies(): OrgPolicies {
  return { ...defaultPolicies(), restrictProjectTransfer: 'MEMBER' };
}

export function noLicenses(): OrgLicenses {
  return {
    accountProvisioning: false,
    projectSpendingLimits: false,
    usageReports: false,
    jobLogsForwarding: false,
    phiDataProtection: false,
  };
}

function mergedPolicies(org: OrgRecord | null, current: OrgPolicies, patch: PoliciesPatch): OrgPolicies {
  const { projectLimits, ...rest } = patch;
  if (projectLimits !== undefined && (!org || !org.licenses.projectSpendingLimits)) {
    throw permissionDenied(
      `Default project spending limits need the projectSpendingLimits license${org ? `, which ${org.id} does not hold` : ''}`,
    );
  }
  const merged: OrgPolicies = { ...current, projectLimits: { ...current.projectLimits } };
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  for (const [key, value] of Object.entries(projectLimits ?? {})) {
    if (value !== undefined) (merged.projectLimits as unknown as Record<string, unknown>)[key] = value;
  }
  return merged;
}

export function newOrg(ctx: Ctx, input: RouteInput<'org.new'>) {
  return once(ctx, 'org.new', input, () => createOrg(ctx, input));
}

function createOrg(ctx: Ctx, input: RouteInput<'org.new'>) {
  const handle = input.handle.toLowerCase();
  const id = `org-${handle}`;
  if (ctx.state.orgs[id]) throw invalidInput(`The handle ${handle} is taken`);
  const org: OrgRecord = {
    id,
    handle,
    name: input.name.trim(),
    created: ctx.now,
    policies: mergedPolicies(null, newOrgPolicies(), input.policies ?? {}),
    members: { [ctx.caller.id]: adminMembership({ treManagement: false, cloudIntegrationManagement: false }) },
    billing: emptyBillingAccount(),
    licenses: noLicenses(),
    expiresAt: null,
    phiFeaturesEnabled: false,
    jobLogsForwarding: null,
    permittedRegions: ['aws:us-east-1', 'aws:eu-central-1', 'azure:westus'],
    samlIdP: null,
  };
  ctx.tx.put('orgs', org);
  recordAudit(ctx, id, 'org.new', id, null, { name: org.name, handle, policies: org.policies });
  return { id };
}

/** The org as the caller may see it (`/org-x/describe`, `findOrgs` with describe). */
export function orgView(ctx: Ctx, org: OrgRecord): Record<string, unknown> {
  const membership = org.members[ctx.caller.id];
  if (!membership) {
    if (org.policies.memberListVisibility !== 'PUBLIC') {
      throw permissionDenied(`${ctx.caller.id} is not a member of ${org.id}`);
    }
    return { id: org.id, class: 'org', name: org.name, handle: org.handle };
  }
  const view: Record<string, unknown> = {
    id: org.id,
    class: 'org',
    name: org.name,
    handle: org.handle,
    created: org.created,
    ...membership,
    policies: org.policies,
  };
  if (canListMembers(org, ctx.caller.id)) {
    view.admins = orgAdminIds(org.members);
    view.memberCount = Object.keys(org.members).length;
  }
  view.projectCount = projectsBilledTo(ctx.state, org.id).length;
  view.appCount = appsBilledTo(ctx.state, org.id).length;
  view.licenses = org.licenses;
  view.expiresAt = org.expiresAt;
  view.phiFeaturesEnabled = org.phiFeaturesEnabled;
  view.permittedRegions = org.permittedRegions;
  view.samlIdP = org.samlIdP;
  view.billable = isBillable(org.billing);
  if (hasBillableAccess(org, ctx.caller.id)) Object.assign(view, billingDetails(org.billing));
  if (membership.level === 'ADMIN' && org.jobLogsForwarding) view.jobLogsForwarding = org.jobLogsForwarding;
  return view;
}

export function describeOrg(ctx: Ctx, orgId: string, input: RouteInput<'org.describe'>) {
  return selectFields(orgView(ctx, getOrg(ctx.state, orgId)), input.fields);
}

export function updateOrg(ctx: Ctx, orgId: string, input: RouteInput<'org.update'>) {
  const org = getOrg(ctx.state, orgId);
  requireAdmin(ctx, org);
  requireNotExpired(ctx, org);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const policies = input.policies ? mergedPolicies(org, org.policies, input.policies) : org.policies;
  let forwarding = org.jobLogsForwarding;
  if (input.jobLogsForwarding !== undefined) {
    requireLicense(org, 'jobLogsForwarding', 'Job logs forwarding');
    const given = input.jobLogsForwarding;
    const stamp = { updated: ctx.now, updatedBy: ctx.caller.id };
    if ('url' in given) {
      forwarding = { url: given.url, tokenSignature: bytesToHex(sha256(utf8ToBytes(given.token))), ...stamp };
    } else if (org.jobLogsForwarding && 'url' in org.jobLogsForwarding) {
      forwarding = stamp;
    }
  }
  if (input.reportDestination) {
    requireLicense(org, 'usageReports', 'Usage report delivery');
    const project = getProject(ctx.state, input.reportDestination);
    if (project.billTo !== org.id) throw invalidInput(`${project.id} is not billed to ${org.id}`);
  }

  const change = (field: string, current: unknown, next: unknown, apply: (org: OrgRecord) => void) => {
    if (canonicalJson(current) === canonicalJson(next)) return;
    before[field] = current;
    after[field] = next;
    apply(ctx.tx.editOrg(org.id));
  };
  if (input.name !== undefined)
    change('name', org.name, input.name.trim(), (edited) => (edited.name = input.name!.trim()));
  change('policies', org.policies, policies, (edited) => (edited.policies = policies));
  if (input.samlIdP !== undefined) {
    const saml = input.samlIdP?.trim() || null;
    change('samlIdP', org.samlIdP, saml, (edited) => (edited.samlIdP = saml));
  }
  change('jobLogsForwarding', org.jobLogsForwarding, forwarding, (edited) => (edited.jobLogsForwarding = forwarding));
  if (input.reportDestination !== undefined) {
    const destination = input.reportDestination;
    change(
      'reportDestination',
      org.billing.reportDestination,
      destination,
      (edited) => (edited.billing.reportDestination = destination),
    );
  }
  if (Object.keys(after).length > 0) recordAudit(ctx, org.id, 'org.update', org.id, before, after);
  return { id: org.id };
}

export function findOrgs(ctx: Ctx, input: RouteInput<'system.findOrgs'>) {
  const callerId = ctx.caller.id;
  const orgs = sortedKeys(ctx.state.orgs)
    .map((id) => ctx.state.orgs[id]!)
    .filter((org) => {
      const membership = org.members[callerId];
      if (!membership) return false;
      if (input.level === 'ADMIN' && membership.level !== 'ADMIN') return false;
      if (
        input.allowBillableActivities !== undefined &&
        membership.allowBillableActivities !== input.allowBillableActivities
      )
        return false;
      return true;
    });
  const fields = typeof input.describe === 'object' ? input.describe.fields : undefined;
  return paginate(
    'system/findOrgs',
    input,
    orgs,
    (org) => org.id,
    (org) => (input.describe ? { id: org.id, describe: selectFields(orgView(ctx, org), fields) } : { id: org.id }),
  );
}
